import { deepEqual } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { planExport } from '../src/plan/index.js';
import { importApiJson } from '../src/json/import.js';
import { importCloudFormation } from '../src/cloudformation/import.js';
import { emitCloudFormation, emitCloudFormationJson } from '../src/cloudformation/index.js';
import { emitJson } from '../src/json/emit.js';
import { decodeText } from '@pipewright/model';
import { detectFormat } from '../src/import/detect.js';
import type { ImportedPipeline, ImportResult } from '../src/import/types.js';
import { pipelineSources } from './support/corpus.js';

/*
 * Import then export to the same format is lossless for every pipeline of the real corpus
 * and of the team's fixtures (JSON and CloudFormation; Terraform has its own test). The
 * corpus half is tagged `corpus`: skipped, and counted, without it. For CloudFormation the pipeline
 * resource must mean the same, opaque values included; secrets written as literals are the
 * one expected change (they become NoEcho parameters).
 */

function importAny(bytes: Uint8Array, fileName: string): ImportResult {
  const text = decodeText(bytes).text;
  const format = detectFormat(text, fileName);
  return format === 'cloudformation' || format === 'cloudformation-json'
    ? importCloudFormation(text)
    : importApiJson(bytes);
}

function resourceOf(p: ImportedPipeline): unknown {
  const extras = p.extras;
  if (extras?.kind !== 'cloudformation') throw new Error('no CloudFormation extras');
  return (extras.template['Resources'] as Record<string, unknown>)[extras.logicalId];
}

/** The source resource with each lifted secret replaced by the Ref the export writes instead. */
function expectedResource(p: ImportedPipeline, liftedSecrets: { path: string; paramName: string }[]): unknown {
  const resource = structuredClone(resourceOf(p)) as { Properties: Record<string, unknown> };
  for (const secret of liftedSecrets) {
    // API pointer /stages/i/actions/j/configuration/Key -> CFN Stages/i/Actions/j/Configuration/Key
    const [, , stage, , action, , key] = secret.path.split('/');
    const stages = resource.Properties['Stages'] as { Actions: { Configuration: Record<string, unknown> }[] }[];
    const config = stages[Number(stage)]?.Actions[Number(action)]?.Configuration;
    if (config && key) config[key] = { Ref: secret.paramName };
  }
  return resource;
}

for (const source of pipelineSources) {
  describe(`import -> export -> import of the ${source.name}`, { tags: source.tags }, () => {
    const issues = source.issues();
    const counts: Record<string, { files: number; pipelines: number; lossless: number }> = {};
    const notImported: string[] = [];

    for (const kind of ['json', 'cfn'] as const) {
      const files = source.files(kind);
      counts[kind] = { files: files.length, pipelines: 0, lossless: 0 };
      for (const { file, bytes } of files) {
        const result = importAny(bytes, file);
        if (!result.ok) {
          notImported.push(
            `${file}: ${result.error.message} (line ${result.error.line}, column ${result.error.column})`,
          );
          it(`${file} is refused with a position only when the manifest says it is broken or CloudFormation would refuse it`, () => {
            // A repeated key (cfn/007.yaml has one in an IAM policy) is refused by CloudFormation too (cfn-lint E0000).
            expect(
              issues.has(file) || result.error.code === 'duplicate-key',
              `${file} failed: ${result.error.message}`,
            ).toBe(true);
            expect(result.error.line).toBeGreaterThanOrEqual(1);
            expect(result.error.column).toBeGreaterThanOrEqual(1);
          });
          continue;
        }
        for (const imported of result.pipelines) {
          const count = counts[kind];
          if (count) count.pipelines++;
          const targets =
            result.format === 'cloudformation'
              ? (['cloudformation', 'cloudformation-json'] as const)
              : (['json'] as const);
          for (const target of targets) {
            it(`${file} ${imported.id} -> ${target} -> back is lossless`, () => {
              const plan = planExport(imported.pipeline, { target, extras: imported.extras });
              const emitted =
                target === 'json'
                  ? emitJson(plan)
                  : target === 'cloudformation'
                    ? emitCloudFormation(plan)
                    : emitCloudFormationJson(plan);
              const again = importAny(new TextEncoder().encode(emitted.text), emitted.fileName);
              expect(again.ok, again.ok ? '' : again.error.message).toBe(true);
              if (!again.ok) return;
              const back = again.pipelines.find((p) => p.id === imported.id);
              expect(back).toBeDefined();
              if (!back) return;
              if (target === 'json') {
                expect(deepEqual(back.pipeline, imported.pipeline)).toBe(true);
              } else {
                expect(deepEqual(resourceOf(back), expectedResource(imported, plan.secrets))).toBe(true);
                expect(back.fidelity.opaque.length).toBe(imported.fidelity.opaque.length + plan.secrets.length);
              }
              if (count && target !== 'cloudformation-json') count.lossless++;
            });
          }
        }
      }
    }

    it('reports the counts per format and the files it cannot import', () => {
      const lines = Object.entries(counts).map(
        ([kind, c]) =>
          `${kind}: ${c.files} files, ${c.pipelines} pipelines imported, ${c.lossless} lossless round trips`,
      );
      console.log(
        [`${source.name} round trip`, ...lines, 'not imported:', ...notImported.map((n) => `  ${n}`)].join('\n'),
      );
      expect(counts['json']?.pipelines).toBeGreaterThan(0);
      expect(counts['cfn']?.pipelines).toBeGreaterThan(0);
    });
  });
}
