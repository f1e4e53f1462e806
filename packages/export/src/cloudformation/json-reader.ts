import { JsonOffsets, LineIndex, parseJsonTree, repeatedJsonKeys } from '@pipewright/model';
import { segmentsOf } from '../plan/pointer.js';
import type { TemplateReadResult } from './source.js';

/**
 * A CloudFormation template written as JSON (its text starts with `{`), read with the native
 * `JSON.parse` (150x faster than the YAML library's document model) and located on demand.
 * It is read as JSON, strictly, as CloudFormation reads it ("JSON not well-formed"): a syntax
 * error, a trailing comma included, is reported by the model's JSON reader with the same words
 * and position as in API JSON, though YAML would accept the text. Returns undefined for any
 * other text (the YAML reader's).
 */
export function readCfnJson(text: string): TemplateReadResult | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  const lines = new LineIndex(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const syntax = parseJsonTree(text);
    // jsonc-parser finds every fault JSON.parse refuses; should it not, YAML has its say.
    if (syntax.ok) return undefined;
    return { ok: false, error: { message: syntax.message, ...lines.position(syntax.offset) } };
  }
  const offsets = new JsonOffsets(text);
  return {
    ok: true,
    source: {
      data,
      offsets: {
        // Like the YAML reader: a property's position is its name's, an element's its own.
        get(pointer) {
          const { offset, complete } = offsets.walk(offsets.root(), segmentsOf(pointer));
          return complete ? (offsets.keyOffset(offset) ?? offset) : undefined;
        },
      },
      duplicates: repeatedJsonKeys(text, data),
      lines,
    },
  };
}
