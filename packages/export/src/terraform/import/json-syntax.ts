import { LineIndex, nodeValue, parseJsonTree, repeatedKeysInTree, type JsonTreeNode } from '@pipewright/model';
import { duplicateKeyError } from '../../import/duplicate-keys.js';
import { isPlainObject, setOwn } from '../../plan/own.js';
import { isExpressionTemplate } from '../template.js';
import { ARTIFACT_STORE, PIPELINE, type BodySpec } from '../schema.js';
import type { ImportError } from '../../import/types.js';
import type { HclJson } from './hcl2json.js';

/*
 * `.tf.json` files. Terraform's JSON syntax is close to hcl2json's rendering of native HCL
 * (strings are templates, blocks are objects or arrays of objects), so it is brought to that
 * form and mapped by the same code. Differences handled here: meta-arguments that are bare
 * references in JSON (`"provider": "aws.west"`). `//` comment properties of block bodies are
 * skipped where blocks are read (map-resource, raw-to-ir); in an argument's object value
 * (`configuration`) `//` is an ordinary key.
 */

/**
 * Reads a `.tf.json` file through the model's JSON reader, the one API JSON goes through: the
 * same nesting limit, the same syntax errors at the same positions, and a key repeated in one
 * object refused with both places (a JSON reader would keep the last one without a word).
 * Returns the parse tree too, for the outline of positions.
 */
export function parseTerraformJson(
  text: string,
): { ok: true; value: HclJson; root: JsonTreeNode; lines: LineIndex } | { ok: false; error: ImportError } {
  const lines = new LineIndex(text);
  const syntax = parseJsonTree(text);
  if (!syntax.ok) return { ok: false, error: { message: syntax.message, ...lines.position(syntax.offset) } };
  const repeated = repeatedKeysInTree(syntax.root);
  if (repeated.length > 0) {
    const why = 'reading on would keep only the last one without a word';
    return { ok: false, error: duplicateKeyError(repeated, lines, why) };
  }
  const value = nodeValue(syntax.root);
  if (!isPlainObject(value)) {
    return { ok: false, error: { message: 'A .tf.json file must hold a JSON object', line: 1, column: 1 } };
  }
  return { ok: true, value: normalizeFile(value), root: syntax.root, lines };
}

const bare = (v: unknown): unknown =>
  typeof v === 'string' && !isExpressionTemplate(v) ? '${' + v + '}' : Array.isArray(v) ? v.map(bare) : v;

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

/**
 * A block body in hcl2json form: the JSON syntax may give a single nested block as an object
 * where hcl2json always gives a list. The argument table says which properties are blocks,
 * inside `dynamic` blocks' `content` too.
 */
function normalizeBody(body: Record<string, unknown>, spec: BodySpec | undefined): Record<string, unknown> {
  const out = { ...body };
  const blocks = [
    ...(spec?.blocks ?? []),
    ...(spec === PIPELINE ? [{ tf: 'artifact_store', body: ARTIFACT_STORE }] : []),
  ];
  for (const child of blocks) {
    if (!Object.hasOwn(out, child.tf) || typeof out[child.tf] === 'string') continue;
    setOwn(
      out,
      child.tf,
      asList(out[child.tf]).map((b) => (isPlainObject(b) ? normalizeBody(b, child.body) : b)),
    );
  }
  if (isPlainObject(out['dynamic'])) {
    const dynamic: Record<string, unknown> = {};
    for (const label of Object.keys(out['dynamic'])) {
      const childSpec = blocks.find((b) => b.tf === label)?.body;
      const bodies = asList(out['dynamic'][label]).map((d) => {
        if (!isPlainObject(d)) return d;
        const normalized = { ...d };
        if (typeof normalized['iterator'] === 'string') setOwn(normalized, 'iterator', bare(normalized['iterator']));
        if (Object.hasOwn(normalized, 'content')) {
          setOwn(
            normalized,
            'content',
            asList(normalized['content']).map((c) => (isPlainObject(c) ? normalizeBody(c, childSpec) : c)),
          );
        }
        return normalized;
      });
      setOwn(dynamic, label, bodies);
    }
    setOwn(out, 'dynamic', dynamic);
  }
  return out;
}

/** A resource body in hcl2json form: blocks as lists, bare-reference meta-arguments as `${...}` templates. */
function normalizeResource(body: Record<string, unknown>): Record<string, unknown> {
  const out = normalizeBody(body, PIPELINE);
  if (Object.hasOwn(out, 'provider')) setOwn(out, 'provider', bare(out['provider']));
  if (Object.hasOwn(out, 'depends_on')) setOwn(out, 'depends_on', bare(out['depends_on']));
  if (Object.hasOwn(out, 'lifecycle')) {
    const lifecycle = asList(out['lifecycle']).map((l) => {
      if (!isPlainObject(l)) return l;
      const normalized = { ...l };
      for (const key of ['ignore_changes', 'replace_triggered_by']) {
        if (Object.hasOwn(normalized, key)) setOwn(normalized, key, bare(normalized[key]));
      }
      return normalized;
    });
    setOwn(out, 'lifecycle', lifecycle);
  }
  return out;
}

/** `resource` may be an object or an array of objects at every level; hcl2json's form is type -> label -> [body]. */
function normalizeFile(file: Record<string, unknown>): HclJson {
  const resources: Record<string, Record<string, unknown[]>> = {};
  const declarations = Array.isArray(file['resource']) ? file['resource'] : [file['resource']];
  for (const declaration of declarations) {
    if (!isPlainObject(declaration)) continue;
    for (const type of Object.keys(declaration)) {
      const byLabel = Array.isArray(declaration[type]) ? declaration[type] : [declaration[type]];
      for (const labels of byLabel as unknown[]) {
        if (!isPlainObject(labels)) continue;
        for (const label of Object.keys(labels)) {
          const bodies = Array.isArray(labels[label]) ? labels[label] : [labels[label]];
          const target = (resources[type] ??= {});
          const list = Object.hasOwn(target, label) ? (target[label] as unknown[]) : [];
          setOwn(target, label, list);
          for (const body of bodies as unknown[]) if (isPlainObject(body)) list.push(normalizeResource(body));
        }
      }
    }
  }
  return { resource: resources };
}
