/**
 * Diff speed: median time of diffPipelines() on two 2,500-action pipelines (the 50x50
 * generated pipeline against an edited copy of itself) and on two 500-action ones (10x50, AWS's
 * maximum, rules.md R21), measured on the model as it ships
 * (bundled and minified, see lib/shipped.ts). Run: npx tsx bench/diff.ts (or npm run bench -- diff).
 * Target: under 50 ms in process (issue 13).
 */
import { cpus, loadavg } from 'node:os';
import type * as Model from '@pipewright/model';
import { below, figure, report } from './lib/report.js';
import { importShipped } from './lib/shipped.js';
import { median } from './lib/stats.js';

const { diffPipelines, generatePipeline } = await importShipped<typeof Model>('packages/model/src/index.ts');

/**
 * A review-sized edit of every kind on the same pipeline: 25 actions renamed, 25 moved to the next
 * stage, 25 removed, 25 added, 50 configuration values and 50 run orders changed, one stage renamed
 * (on 10 stages: 8 of each, 16 values and run orders).
 */
function edited(pipeline: Model.Pipeline): Model.Pipeline {
  const copy = structuredClone(pipeline);
  const last = copy.stages.length - 1;
  for (let s = 1; s < Math.min(26, last); s++) {
    const stage = copy.stages[s] as Model.Stage;
    const next = copy.stages[s + 1] as Model.Stage;
    (stage.actions[0] as Model.Action).name = `Renamed${s}`;
    next.actions.push(stage.actions.splice(1, 1)[0] as Model.Action);
    stage.actions.splice(2, 1);
    stage.actions.push({ ...structuredClone(stage.actions[3] as Model.Action), name: `Added${s}` });
    for (const a of [4, 5]) {
      const action = stage.actions[a] as Model.Action;
      action.configuration = { ...action.configuration, Extra: `value-${s}` };
      action.runOrder = 3;
    }
  }
  (copy.stages[Math.min(30, last)] as Model.Stage).name = 'RenamedStage';
  return copy;
}

/**
 * Wall time and CPU time of each run. On a shared machine (load above the core count) wall time
 * includes waiting for a core; the process's CPU time is the work itself.
 */
function timeRuns(runs: number, warmup: number, run: () => void): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < warmup; i++) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

const figures = [];
for (const [size, stages] of [
  ['2,500 actions', 50],
  ['500 actions', 10],
] as const) {
  const old = generatePipeline({ stages, actionsPerStage: 50, seed: 1 });
  const actionCount = old.stages.reduce((n, s) => n + s.actions.length, 0);
  for (const [label, other, target] of [
    [`${size}, edited copy`, edited(old), true],
    [`${size}, unchanged copy`, structuredClone(old), false],
  ] as const) {
    const { wall: times, cpu } = timeRuns(51, 10, () => diffPipelines(old, other));
    const diff = diffPipelines(old, other);
    const kinds = new Map<string, number>();
    for (const c of diff.changes) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    const note =
      `median of 51 runs after 10 warm-up runs (min ${Math.min(...times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms); ` +
      `${actionCount} actions each side; ${diff.changes.length} changes (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}), ${diff.risks.length} risks`;
    figures.push(figure(label, median(times), 'ms', target ? below(50) : undefined, note));
    figures.push(
      figure(
        `${label}, CPU time`,
        median(cpu),
        'ms',
        undefined,
        `median process CPU time (user + system) of the same runs; min ${Math.min(...cpu).toFixed(2)} ms`,
      ),
    );
  }
}

report({
  name: 'diff',
  title: `diffPipelines() on two 2,500-action (and two 500-action) pipelines (Node ${process.version})`,
  figures,
  notes: [
    `Load average when measured: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores; a shared machine inflates these figures.`,
  ],
});
