import { LineIndex, type JsonTreeNode } from '@pipewright/model';
import type { ImportError, ImportedPipeline, ImportResult } from '../../import/types.js';
import { isPlainObject, setOwn } from '../../plan/own.js';
import type { TerraformExtras } from '../../import/extras.js';
import { parseHcl, type HclJson, type HclParseError } from './hcl2json.js';
import { outlineHcl, type OutlineNode } from './hcl-outline.js';
import { parseTerraformJson } from './json-syntax.js';
import { outlineTerraformJson } from './json-outline.js';
import { locateInResource } from './locate.js';
import { mapResource } from './map-resource.js';
import { schemaProblem } from './schema-check.js';

/*
 * Terraform -> pipelines: every `resource "aws_codepipeline"` of a `.tf` (parsed by the real
 * HCL parser) or `.tf.json` file. Never throws: a file that does not parse, or holds no
 * pipeline, gives an error with its line and column.
 */

type Parsed = { ok: true; value: HclJson; jsonTree?: JsonTreeNode } | { ok: false; error: ImportError };

function parse(text: string): Parsed {
  if (text.trimStart().startsWith('{')) {
    const result = parseTerraformJson(text);
    return result.ok ? { ok: true, value: result.value, jsonTree: result.root } : result;
  }
  try {
    return parseHcl(text);
  } catch (error) {
    return { ok: false, error: { message: (error as Error).message, line: 1, column: 1 } };
  }
}

/** The `resource "aws_codepipeline" "<label>"` blocks of the outline, by label, in file order. */
function resourceOutlines(text: string): Map<string, OutlineNode[]> {
  const byLabel = new Map<string, OutlineNode[]>();
  let outline: OutlineNode[] = [];
  try {
    outline = outlineHcl(text);
  } catch {
    // Positions are a convenience: without them, locate() answers with the file start.
  }
  for (const node of outline) {
    if (node.kind !== 'block' || node.name !== 'resource' || node.labels[0] !== 'aws_codepipeline') continue;
    const label = node.labels[1] ?? '';
    byLabel.set(label, [...(byLabel.get(label) ?? []), node]);
  }
  return byLabel;
}

/** Every `locals` block of the file, merged by name (Terraform refuses a name given twice). */
function localsOf(file: HclJson): Record<string, unknown> {
  const blocks = Array.isArray(file['locals']) ? file['locals'] : isPlainObject(file['locals']) ? [file['locals']] : [];
  const out: Record<string, unknown> = {};
  for (const block of blocks) if (isPlainObject(block)) for (const [k, v] of Object.entries(block)) setOwn(out, k, v);
  return out;
}

export function importTerraform(input: string): ImportResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const parsed = parse(text);
  if (!parsed.ok) return { ok: false, format: 'terraform', error: parsed.error };

  const resources = isPlainObject(parsed.value['resource']) ? parsed.value['resource'] : {};
  const pipelines = isPlainObject(resources['aws_codepipeline']) ? resources['aws_codepipeline'] : {};
  const outlines = parsed.jsonTree ? outlineTerraformJson(parsed.jsonTree) : resourceOutlines(text);
  const lines = new LineIndex(text);
  const locals = localsOf(parsed.value);
  const imported: ImportedPipeline[] = [];
  let failure: HclParseError | undefined;
  // hcl2json sorts labels; the outline knows the order of the file.
  const start = (label: string) => outlines.get(label)?.[0]?.offset ?? Number.MAX_SAFE_INTEGER;
  const labels = Object.keys(pipelines).sort((a, b) => start(a) - start(b));
  for (const label of labels) {
    const bodies = Array.isArray(pipelines[label]) ? (pipelines[label] as unknown[]) : [pipelines[label]];
    bodies.forEach((body, n) => {
      if (failure || !isPlainObject(body)) return;
      const outline = outlines.get(label)?.[n];
      const mapped = mapResource(body, outline, (offset) => lines.position(offset).line);
      const extras: TerraformExtras = {
        kind: 'terraform',
        label,
        kept: mapped.kept,
        ...(Object.keys(locals).length > 0 ? { locals } : {}),
        ...(Object.keys(mapped.dynamicLines).length > 0 ? { dynamicLines: mapped.dynamicLines } : {}),
      };
      const regions = Object.keys(mapped.pipeline.artifactStores ?? {});
      const locate = (pointer: string) =>
        outline ? lines.position(locateInResource(outline, pointer, regions)) : { line: 1, column: 1 };
      const problem = schemaProblem(mapped.pipeline, mapped.kept);
      if (problem) {
        const at = locate(problem.pointer);
        failure = { message: `resource "aws_codepipeline" "${label}": ${problem.message}`, ...at };
        return;
      }
      imported.push({
        id: bodies.length > 1 ? `${label}#${n + 1}` : label,
        pipeline: mapped.pipeline,
        ...(mapped.region && { region: mapped.region }),
        fidelity: mapped.fidelity,
        extras,
        locate,
      });
    });
  }
  if (failure) return { ok: false, format: 'terraform', error: failure };
  if (imported.length === 0) {
    return {
      ok: false,
      format: 'terraform',
      error: { message: 'No resource "aws_codepipeline" in this Terraform file', line: 1, column: 1 },
    };
  }
  return { ok: true, format: 'terraform', pipelines: imported };
}
