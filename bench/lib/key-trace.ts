// Reads a keystroke's latency and CPU from a Chromium trace (CDP Tracing, categories KEY_TRACE_CATEGORIES).
//
// Latency is the Event Timing API's: a key event's `duration` runs from its timeStamp (when the
// browser received the key) to the presentation of the next frame painted after its handlers ran
// (the INP metric's per-event latency). The trace's EventTiming events carry it unrounded (the
// web API rounds it to 8 ms and reports nothing under 16 ms). The key's handlers, the text
// insertion, the edit, validation and React's render all run in the key's task, so that frame is
// the one that shows the underline when the underline was in the DOM before the frame started;
// the page probe checks it (see armKeyProbe in page-probes.ts).
import type { CDPSession } from 'playwright-core';

/** What the trace needs: Event Timing, the renderer's tasks with thread time. */
export const KEY_TRACE_CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline';

export interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    data?: { type?: string; timeStamp?: number; duration?: number; processingStart?: number };
  };
}

export interface KeyInTrace {
  /** Event Timing duration of the keydown: key received -> next frame presented, ms. */
  presented: number;
  /** Renderer main-thread CPU (thread time) of the task that handled the key, ms. */
  taskCpu: number;
}

/**
 * The keydown of `timeStamp` (the event's timeStamp on the page's clock, ms) in `events`, or
 * undefined when the trace has no EventTiming entry for it.
 */
export function keyInTrace(events: readonly TraceEvent[], timeStamp: number): KeyInTrace | undefined {
  // The page's clock is coarsened (0.1 ms and jitter): the nearest keydown within half a millisecond.
  let timing: TraceEvent | undefined;
  let distance = 0.5;
  for (const e of events) {
    if (e.name !== 'EventTiming' || e.ph !== 'b' || e.args?.data?.type !== 'keydown') continue;
    const d = Math.abs((e.args.data.timeStamp ?? NaN) - timeStamp);
    if (d < distance) [timing, distance] = [e, d];
  }
  const data = timing?.args?.data;
  if (!timing || data?.duration === undefined || data.processingStart === undefined) return undefined;
  // The begin event is stamped at the key's timeStamp: that gives the trace clock's offset.
  const processingAt = timing.ts + (data.processingStart - timeStamp) * 1000;
  // The outermost task of the renderer's main thread running at that moment.
  let task: TraceEvent | undefined;
  for (const e of events)
    if (
      e.name === 'RunTask' &&
      e.ph === 'X' &&
      e.tdur !== undefined &&
      e.pid === timing.pid &&
      e.tid === timing.tid &&
      e.ts <= processingAt &&
      processingAt <= e.ts + (e.dur ?? 0) &&
      (e.dur ?? 0) > (task?.dur ?? -1)
    )
      task = e;
  return { presented: data.duration, taskCpu: task ? task.tdur! / 1000 : NaN };
}

/** Runs `work` inside a trace (KEY_TRACE_CATEGORIES unless told) and returns its result with the trace's events. */
export async function traced<T>(
  cdp: CDPSession,
  work: () => Promise<T>,
  categories = KEY_TRACE_CATEGORIES,
): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: unknown[] }) => events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  let result: T;
  try {
    result = await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return { result, events };
}
