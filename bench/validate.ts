/**
 * Validator speed: median time of validate() on generated pipelines of 10, 100,
 * 1,000 and 2,500 actions. Run: npx tsx bench/validate.ts
 * Budget (issue): 2,500 actions in under 5 ms, aim for 2 ms; cost linear in actions.
 */
import { generatePipeline } from '@pipewright/model';
import { validate } from '@pipewright/validator';

const SIZES = [
  { actions: 10, stages: 2, actionsPerStage: 5 },
  { actions: 100, stages: 10, actionsPerStage: 10 },
  { actions: 1000, stages: 20, actionsPerStage: 50 },
  { actions: 2500, stages: 50, actionsPerStage: 50 },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const rows: { actions: number; medianMs: number; usPerAction: number; diagnostics: number }[] = [];
for (const size of SIZES) {
  const pipeline = generatePipeline({ stages: size.stages, actionsPerStage: size.actionsPerStage, seed: 7 });
  let diagnostics = 0;
  for (let i = 0; i < 30; i++) diagnostics = validate(pipeline).length; // warm up the JIT
  const runs = size.actions >= 1000 ? 101 : 301;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    validate(pipeline);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  rows.push({
    actions: size.actions,
    medianMs: Number(ms.toFixed(3)),
    usPerAction: Number(((ms * 1000) / size.actions).toFixed(2)),
    diagnostics,
  });
}

console.log('validate() median over repeated runs (Node ' + process.version + ')');
console.table(rows);
