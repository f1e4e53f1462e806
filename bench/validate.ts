/**
 * Validator speed: median time of validate() on generated pipelines of 10, 100,
 * 1,000 and 2,500 actions, in ms and in µs per action (linear cost = flat µs/action).
 * Run: npx tsx bench/validate.ts (or npm run bench -- validate).
 * Target (issue): 2,500 actions in 2 ms or less.
 */
import { cpus, loadavg } from 'node:os';
import { generatePipeline } from '@pipewright/model';
import { validate } from '@pipewright/validator';
import { atMost, figure, report } from './lib/report.js';
import { median } from './lib/stats.js';

const SIZES = [
  { actions: 10, stages: 2, actionsPerStage: 5 },
  { actions: 100, stages: 10, actionsPerStage: 10 },
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
  const runs = size.actions >= 1000 ? 101 : 301;
  const times = timeRuns(runs, 30, () => validate(pipeline));
  const ms = median(times);
  const note = `median of ${runs} runs after 30 warm-up runs (min ${Math.min(...times).toFixed(2)} ms); ${validate(pipeline).length} diagnostics`;
  figures.push(figure(`${size.actions} actions`, ms, 'ms', size.actions === 2500 ? atMost(2) : undefined, note));
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
