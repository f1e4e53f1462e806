// Profiling helper (not a benchmark): keystrokes in the inspector's Action name field on the
// 2,500-action share link (bench/browser.ts's keystroke case), with in-page timings, a CDP CPU
// profile (<out>.cpuprofile, open it in DevTools) and a performance trace (<out>.trace.json).
// On a shared machine read the CPU figure (the trace's thread time of the key tasks), not wall.
//   npx tsx bench/lib/profile-keystroke.ts [distDir] [outPrefix] [stages]   (RUNS=15 by default)
// Medians printed: work = keydown to the underlined name in the DOM; frameStart = to the start of
// the next frame; bench = to the second animation frame after the change (an old measure: browser.ts
// now reads the Event Timing duration, see key-trace.ts).
import { writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { generatePipeline } from '@pipewright/model';
import { launchChromium, repoRoot, shareFragment } from './web-app.js';
import type { TraceEvent } from './key-trace.js';

const dist = process.argv[2] ?? join(repoRoot, 'apps', 'web', 'dist');
const out = process.argv[3] ?? '/tmp/h16key-prof';
const stages = Number(process.argv[4] ?? 50);
const RUNS = Number(process.env.RUNS ?? 15);

function serve(dir: string): Promise<{ url: string; stop: () => void }> {
  const server = spawn(
    process.execPath,
    [join(repoRoot, 'scripts', 'lib', 'static-server.mjs'), '--dir', dir, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve) => {
    let output = '';
    server.stdout.on('data', (c: Buffer) => {
      output += c.toString();
      const url = /at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, stop: () => server.kill() });
    });
  });
}

const ARM = (selector: string) => `(() => {
  const selector = ${JSON.stringify(selector)};
  window.__t = new Promise((resolve) => {
    let keyAt, mutAt, endAt, raf1;
    const onKey = (e) => { if (keyAt === undefined && e.key === '!') keyAt = e.timeStamp; };
    window.addEventListener('keydown', onKey, { capture: true });
    const obs = new MutationObserver(() => {
      if (keyAt === undefined || !document.querySelector(selector)) return;
      obs.disconnect();
      mutAt = performance.now();
      setTimeout(() => { endAt = performance.now(); });
      window.removeEventListener('keydown', onKey, { capture: true });
      requestAnimationFrame((t) => { raf1 = t; requestAnimationFrame(() => resolve({
        work: mutAt - keyAt, task: (endAt ?? NaN) - keyAt, frameStart: raf1 - keyAt, bench: performance.now() - keyAt })); });
    });
    obs.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
})()`;

async function main() {
  const log = (m: string) => console.log(new Date().toISOString().slice(11, 19), m);
  const server = await serve(dist);
  log('served ' + server.url);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + shareFragment(generatePipeline({ stages, actionsPerStage: 50 })));
  await page.waitForSelector('body[data-drawn]', { state: 'attached', timeout: 60_000 });
  log('drawn');
  await page.waitForTimeout(1500);
  const nodes = page.locator('[data-testid="action-node"]');
  const count = await nodes.count();
  const cdp = await context.newCDPSession(page);

  const one = async (i: number) => {
    const node = nodes.nth((i * 7) % count);
    await node.click();
    const field = page.getByLabel('Action name', { exact: true });
    const name = await field.inputValue();
    await field.click();
    await page.keyboard.press('End');
    await page.waitForTimeout(100);
    await page.evaluate(ARM(`[data-action-name="${name}!"] .pw-action-name[class*="pw-squiggle-"]`));
    await page.keyboard.type('!');
    const t = (await Promise.race([
      page.evaluate('window.__t'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no underline for ' + name)), 15_000)),
    ])) as Record<string, number>;
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
    return t;
  };
  log(count + ' nodes');
  await one(RUNS);
  log('warm');
  await one(RUNS + 1);
  const rows: Record<string, number>[] = [];
  for (let i = 0; i < RUNS; i++) rows.push(await one(i));
  const med = (k: string) => {
    const v = rows.map((r) => r[k]!).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)]!;
  };
  console.log(
    'medians (ms): work',
    med('work').toFixed(1),
    'task',
    med('task').toFixed(1),
    'frameStart',
    med('frameStart').toFixed(1),
    'bench',
    med('bench').toFixed(1),
  );
  console.log('work samples', rows.map((r) => r.work!.toFixed(1)).join(' '));

  // CPU profile of keystrokes only (typing '!' then Backspace: both edit and validate).
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const field = page.getByLabel('Action name', { exact: true });
  await field.click();
  await page.keyboard.press('End');
  await cdp.send('Profiler.start');
  for (let i = 0; i < 20; i++) {
    await page.keyboard.type('!');
    await page.waitForTimeout(60);
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(60);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
  writeFileSync(`${out}.cpuprofile`, JSON.stringify(profile));

  // Trace of a few keystrokes.
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: unknown[] }) => events.push(...e.value));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink,cc,gpu,viz,input',
    transferMode: 'ReportEvents',
  });
  for (let i = 0; i < 10; i++) {
    await page.keyboard.type('!');
    await page.waitForTimeout(60);
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(60);
  }
  await cdp.send('Tracing.end');
  await done;
  writeFileSync(`${out}.trace.json`, JSON.stringify({ traceEvents: events }));
  console.log(keyTaskCpu(events as TraceEvent[]));
  await browser.close();
  server.stop();
}

await main();

/** Thread CPU time (tdur) of the renderer main thread's tasks that handled a key press. */
function keyTaskCpu(events: TraceEvent[]): string {
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain').map(thread));
  const counts = new Map<string, number>();
  for (const e of events) if (mains.has(thread(e))) counts.set(thread(e), (counts.get(thread(e)) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const on = events.filter((e) => thread(e) === main && e.ph === 'X');
  const keys = on.filter(
    (e) => e.name === 'EventDispatch' && (e.dur ?? 0) > 2000 && /^key(down|press)$/.test(e.args?.data?.type ?? ''),
  );
  const cpu = on
    .filter((t) => t.name === 'RunTask' && keys.some((k) => k.ts >= t.ts && k.ts <= t.ts + (t.dur ?? 0)))
    .map((t) => (t.tdur ?? 0) / 1000)
    .sort((a, b) => a - b);
  const frames = on
    .filter((e) => e.name === 'ProxyMain::BeginMainFrame')
    .map((e) => (e.tdur ?? 0) / 1000)
    .sort((a, b) => a - b);
  const mid = (v: number[]) => (v[v.length >> 1] ?? NaN).toFixed(1);
  return `key tasks: ${cpu.length}, main-thread CPU median ${mid(cpu)} ms; frames: ${frames.length}, CPU median ${mid(frames)} ms`;
}
