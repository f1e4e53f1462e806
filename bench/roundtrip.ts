// Import + export round trip of the maximum pipeline (50 stages x 50 actions = 2,500 actions, the
// stress case) and of AWS's largest allowed one (10 x 50 = 500 actions, rules.md R21), per
// target that can be read back: the exported text is imported, then exported again to the same
// target. Target: <= 50 ms per round trip (median), and (issue 16) each target's round trip at
// most 3x the JSON one of the same run, reported as a ratio beside it.
import { exportPipeline, importPipelines, type ExportTarget } from '@pipewright/export';
import { generatePipeline, type Pipeline } from '@pipewright/model';
import { atMost, figure, report, type Figure } from './lib/report.js';
import { describeSamples, median, sample } from './lib/stats.js';

const RUNS = 15;
/** Targets importPipelines can read back (the CDK output is TypeScript, so it is export-only). */
const TARGETS: ExportTarget[] = ['json', 'cloudformation', 'cloudformation-json', 'terraform', 'terraform-json'];

const actionCount = (pipeline: Pipeline) => pipeline.stages.reduce((sum, stage) => sum + stage.actions.length, 0);

function importOne(text: string, target: ExportTarget): Pipeline {
  const imported = importPipelines(text);
  if (!imported.ok) {
    throw new Error(
      `${target}: import failed at ${imported.error.line}:${imported.error.column}: ${imported.error.message}`,
    );
  }
  const [first] = imported.pipelines;
  if (!first) throw new Error(`${target}: the import found no pipeline`);
  return first.pipeline;
}

async function measure(pipeline: Pipeline, target: ExportTarget, label: string): Promise<Figure> {
  const text = exportPipeline(pipeline, target).text;
  const reimported = importOne(text, target);
  if (actionCount(reimported) !== actionCount(pipeline)) {
    throw new Error(`${target}: ${actionCount(reimported)} actions came back instead of ${actionCount(pipeline)}`);
  }
  const imports = await sample(RUNS, () => importOne(text, target));
  const exports = await sample(RUNS, () => exportPipeline(reimported, target));
  const roundTrips = await sample(RUNS, () => exportPipeline(importOne(text, target), target));
  const note =
    `${describeSamples(roundTrips)}; import alone ${median(imports).toFixed(1)} ms, ` +
    `export alone ${median(exports).toFixed(1)} ms; ${(text.length / 1024).toFixed(0)} KiB of text`;
  return figure(`round trip ${target}${label}`, median(roundTrips), 'ms', atMost(50), note);
}

const pipeline = generatePipeline({ stages: 50, actionsPerStage: 50 });
// The 2,500-action figures keep their names (earlier runs compare against them); the 500-action ones say so.
const SIZES: [Pipeline, string][] = [
  [pipeline, ''],
  [generatePipeline({ stages: 10, actionsPerStage: 50 }), ', 500 actions'],
];
const figures: Figure[] = [];
const notes: string[] = [];
for (const [size, label] of SIZES) {
  let json: Figure | undefined;
  for (const target of TARGETS) {
    try {
      const measured = await measure(size, target, label);
      figures.push(measured);
      if (target === 'json') json = measured;
      else if (json) {
        const ratio = measured.value / json.value;
        figures.push(figure(`${target} / json${label}`, ratio, 'x', atMost(3), 'round trip medians of this run'));
      }
    } catch (error) {
      notes.push(`not measured${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
report({
  name: 'roundtrip',
  title: `Import + export round trip, ${actionCount(pipeline).toLocaleString('en-US')} actions (and 500)`,
  figures,
  notes,
});
if (figures.length === 0) process.exitCode = 1;
