import { describe, expect, it } from 'vitest';
import { keyInTrace, type TraceEvent } from './key-trace.js';

// A keydown at 1000 ms on the page's clock, stamped at 5,000,000 µs on the trace's.
const timing = (type: string, timeStamp: number, duration: number): TraceEvent => ({
  ph: 'b',
  name: 'EventTiming',
  pid: 1,
  tid: 2,
  ts: 5_000_000 + (timeStamp - 1000) * 1000,
  args: { data: { type, timeStamp, duration, processingStart: timeStamp + 2 } },
});
const task = (ts: number, dur: number, tdur: number, tid = 2): TraceEvent => ({
  ph: 'X',
  name: 'RunTask',
  pid: 1,
  tid,
  ts,
  dur,
  tdur,
});

describe('keyInTrace', () => {
  const events = [
    timing('keyup', 1000.02, 9),
    timing('keydown', 1000.03, 23.5),
    timing('keydown', 1100, 7),
    task(5_001_000, 12_000, 11_000, 3), // another thread
    task(5_001_500, 12_000, 10_000), // the key's task
    task(5_001_600, 500, 400), // nested in it
  ];
  it('reads the keydown nearest the page timeStamp (coarsened) and the CPU of the task that ran it', () => {
    expect(keyInTrace(events, 1000)).toEqual({ presented: 23.5, taskCpu: 10 });
    expect(keyInTrace(events, 1100.1)?.presented).toBe(7);
  });
  it('finds nothing for a keydown the trace does not hold', () => {
    expect(keyInTrace(events, 1050)).toBeUndefined();
  });
});
