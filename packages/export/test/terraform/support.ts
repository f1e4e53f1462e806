import { isOpaque, type Pipeline } from '@pipewright/model';
import { planExport } from '../../src/plan/index.js';
import { variableNames } from '../../src/terraform/variables.js';
import { segmentsOf } from '../../src/plan/pointer.js';
import { cloneData, isPlainObject } from '../../src/plan/own.js';
import { emitTerraform, emitTerraformJson, importTerraform } from '../../src/terraform/index.js';
import type { ExportPlan, ExportResult, ImportExtras } from '../../src/types.js';

export type TerraformTarget = 'terraform' | 'terraform-json';

export interface TerraformExport extends ExportResult {
  plan: ExportPlan;
}

export function exportTo(
  target: TerraformTarget,
  pipeline: Pipeline,
  options: { resourceName?: string; extras?: ImportExtras; monitoring?: boolean } = {},
): TerraformExport {
  const plan = planExport(pipeline, { ...options, target });
  const result = target === 'terraform' ? emitTerraform(plan) : emitTerraformJson(plan);
  return { ...result, warnings: [...plan.warnings, ...result.warnings], plan };
}

/** Deletes (or, with `value`, replaces) the value at `pointer` when present. */
function change(root: unknown, pointer: string, value?: unknown): void {
  const segments = segmentsOf(pointer);
  const last = segments.pop();
  let node: unknown = root;
  for (const s of segments) node = isPlainObject(node) || Array.isArray(node) ? (node as never)[s] : undefined;
  if (last === undefined || !isPlainObject(node)) return;
  if (value === undefined) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
}

/** Block lists the model allows empty: Terraform writes no blocks, which AWS reads the same way. */
const BLOCK_LISTS = new Set(['push', 'pullRequest', 'conditions', 'rules', 'triggers', 'variables']);

function isComputeAction(value: Record<string, unknown>): boolean {
  const typeId = value['actionTypeId'];
  return isPlainObject(typeId) && typeId['category'] === 'Compute';
}

function withoutEmptyBlockLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyBlockLists);
  if (!isPlainObject(value) || isOpaque(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (BLOCK_LISTS.has(key) && Array.isArray(v) && v.length === 0) continue;
    // A Compute action's outputs are `output_artifacts_for_compute_action` blocks: none for an empty list.
    if (key === 'outputArtifacts' && Array.isArray(v) && v.length === 0 && isComputeAction(value)) continue;
    Object.defineProperty(out, key, {
      value: withoutEmptyBlockLists(v),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * What a Terraform round trip must give back: the plan's pipeline (foreign opaque values as
 * placeholders), each lifted secret and template placeholder as a reference to its variable
 * (the emit tests check those variables are declared), without the fields the
 * export warned it could not write (`terraform-unsupported-field`) and without empty block lists.
 */
export function expectedAfterRoundTrip(result: TerraformExport): Pipeline {
  const expected = cloneData(result.plan.pipeline);
  for (const [path, variable] of variableNames(result.plan)) {
    change(expected, path, { $opaque: 'terraform', expr: `\${var.${variable}}` });
  }
  for (const w of result.warnings) if (w.code === 'terraform-unsupported-field' && w.path) change(expected, w.path);
  return withoutEmptyBlockLists(expected) as Pipeline;
}

/**
 * Exports every pipeline to `target` and reads all of them back with one parse: the exports are
 * concatenated into one file (each under its own resource label), which is how the HCL parser
 * is kept to one call per batch. Returns the re-imported pipelines in input order.
 */
export function roundTripBatch(
  target: TerraformTarget,
  pipelines: Pipeline[],
): { results: TerraformExport[]; back: Pipeline[] } {
  const results = pipelines.map((p, i) => exportTo(target, p, { resourceName: `pipeline_${i}` }));
  const text =
    target === 'terraform'
      ? results.map((r) => r.text).join('\n')
      : JSON.stringify({ resource: results.map((r) => (JSON.parse(r.text) as { resource: unknown }).resource) });
  const imported = importTerraform(text);
  if (!imported.ok)
    throw new Error(`re-import failed: ${imported.error.message} at ${imported.error.line}:${imported.error.column}`);
  const byId = new Map(imported.pipelines.map((p) => [p.id, p.pipeline]));
  return { results, back: pipelines.map((_, i) => byId.get(`pipeline_${i}`) as Pipeline) };
}
