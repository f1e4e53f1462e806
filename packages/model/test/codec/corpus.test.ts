import { describe, expect, it } from 'vitest';
import { Pipeline, deepEqual, formatPipelineJson, parsePipelineJson, printPipelineJson } from '../../src/index.js';
import { corpusSet, fixtureSet, type PipelineFileSet } from '../helpers/corpus.js';

/** The shared corpus (tagged `corpus`, skipped without it) and the team's own fixtures. */
const sets: [PipelineFileSet, { pipelines: number; broken: number }][] = [
  [corpusSet(), { pipelines: 10, broken: 2 }],
  [fixtureSet(), { pipelines: 3, broken: 1 }],
];

for (const [set, atLeast] of sets) {
  const readCorpusFile = set.read;
  const entries = set.entries.filter((e) => e.kind === 'json');
  const pipelines = entries.filter((e) => e.issues.length === 0);
  const broken = entries.filter((e) => e.issues.length > 0);

  describe(`JSON files of the ${set.name}`, { tags: set.tags }, () => {
    it(`finds the ${set.name}`, () => {
      expect(pipelines.length).toBeGreaterThan(atLeast.pipelines);
      expect(broken.length).toBeGreaterThan(atLeast.broken);
    });

    it('reads every pipeline file and round-trips it', () => {
      let identical = 0;
      for (const entry of pipelines) {
        const result = parsePipelineJson(readCorpusFile(entry.file));
        expect(result.ok, `${entry.file}: ${result.ok ? '' : result.error.message}`).toBe(true);
        if (!result.ok) continue;
        const { document } = result;
        expect(Pipeline.safeParse(document.pipeline).success).toBe(true);

        // Unchanged: byte-identical text.
        const printed = printPipelineJson(document, structuredClone(document.pipeline));
        if (printed === document.text) identical++;

        // Fresh print: deep-equal after a second read.
        const again = parsePipelineJson(formatPipelineJson(document.pipeline));
        expect(again.ok && deepEqual(again.document.pipeline, document.pipeline), entry.file).toBe(true);

        // An edit: only the touched line changes, and the result reads back as the edited pipeline.
        const edited = { ...document.pipeline, name: `${String(document.pipeline.name)}-edited` };
        const editedText = printPipelineJson(document, edited);
        const reread = parsePipelineJson(editedText);
        expect(reread.ok && deepEqual(reread.document.pipeline, edited), entry.file).toBe(true);
        expect(changedLines(document.text, editedText), entry.file).toBe(1);
      }
      console.log(`JSON ${set.name}: ${identical}/${pipelines.length} pipeline files round-trip byte-identical`);
      expect(identical).toBe(pipelines.length);
    });

    it('reports every broken or non-pipeline file as an error with a position', () => {
      let reported = 0;
      for (const entry of broken) {
        const result = parsePipelineJson(readCorpusFile(entry.file));
        expect(result.ok, entry.file).toBe(false);
        if (result.ok) continue;
        expect(result.error.line).toBeGreaterThanOrEqual(1);
        expect(result.error.column).toBeGreaterThanOrEqual(1);
        if (entry.issues.includes('not CodePipeline'))
          expect(result.error.message).toMatch(/not a CodePipeline pipeline/);
        reported++;
      }
      console.log(
        `JSON ${set.name}: ${reported}/${broken.length} broken or non-pipeline files reported with line and column`,
      );
    });
  });
}

function changedLines(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  if (left.length !== right.length) return Math.abs(left.length - right.length) + 1000;
  return left.filter((line, i) => line !== right[i]).length;
}
