/**
 * Validator speed: median time of validate() on generated pipelines of 10, 100,
 * 500 (AWS's maximum, rules.md R21), 1,000 and 2,500 actions, in ms and in µs per action (linear cost = flat µs/action),
 * measured on the validator as it ships (bundled and minified, see lib/shipped.ts).
 * Run: npx tsx bench/validate.ts (or npm run bench -- validate).
 * Targets: 2,500 actions in under 5 ms (issue 3) and in 2 ms or less (issue 6).
 */
import { cpus, loadavg } from 'node:os';
import { generatePipeline } from '@pipewright/model';
import type { validate as Validate } from '@pipewright/validator';
import { atMost, below, figure, report } from './lib/report.js';
import { importShipped } from './lib/shipped.js';
import { median } from './lib/stats.js';

const { validate } = await importShipped<{ validate: typeof Validate }>('packages/validator/src/index.ts');

const SIZES = [
  { actions: 10, stages: 2, actionsPerStage: 5 },
  { actions: 100, stages: 10, actionsPerStage: 10 },
  { actions: 500, stages: 10, actionsPerStage: 50 }, // AWS's quota (rules.md R21)
  { actions: 1000, stages: 20, actionsPerStage: 50 },
  { actions: 2500, stages: 50, actionsPerStage: 50 },
];

/** Synchronous timing: validate() is synchronous, and awaiting between runs would add noise. */
function timeRuns(runs: number, warmup: number, run: () => void): number[] {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times;
}

const figures = [];
for (const size of SIZES) {
  const pipeline = generatePipeline({ stages: size.stages, actionsPerStage: size.actionsPerStage, seed: 1 });
  const runs = size.actions >= 1000 ? 201 : 301;
  const times = timeRuns(runs, 30, () => validate(pipeline));
  const ms = median(times);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const note = `median of ${runs} runs after 30 warm-up runs (min ${Math.min(...times).toFixed(2)} ms, mean with garbage collection ${mean.toFixed(2)} ms); ${validate(pipeline).length} diagnostics`;
  if (size.actions === 2500) {
    figures.push(figure(`${size.actions} actions (issue 3)`, ms, 'ms', below(5), note));
    figures.push(figure(`${size.actions} actions (issue 6)`, ms, 'ms', atMost(2)));
  } else figures.push(figure(`${size.actions} actions`, ms, 'ms', undefined, note));
  figures.push(figure(`${size.actions} actions, per action`, (ms * 1000) / size.actions, 'µs'));
}

report({
  name: 'validate',
  title: `validate() on generated pipelines (Node ${process.version})`,
  figures,
  notes: [
    'The 2,500-action pipeline is over the 500-action quota on purpose, so it reports action-count.',
    `Load average when measured: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores; a shared machine inflates these figures.`,
  ],
});
