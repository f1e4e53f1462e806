import { JsonOffsets, LineIndex } from '@pipewright/model';
import { countParsedKeys } from '../import/duplicate-keys.js';
import { segmentsOf } from '../plan/pointer.js';
import type { TemplateSource } from './source.js';

/**
 * A CloudFormation template written as JSON, read with the native `JSON.parse` (150x faster
 * than the YAML library's document model) and located on demand. Returns undefined when the
 * text is not plain JSON or repeats a key in one object: the YAML reader then reads it,
 * reporting syntax errors with their position and duplicate keys as unrepresented, as before.
 */
export function readCfnJson(text: string): TemplateSource | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const offsets = new JsonOffsets(text);
  if (offsets.countKeys() !== countParsedKeys(data)) return undefined;
  return {
    data,
    offsets: {
      // Like the YAML reader: a property's position is its name's, an element's its own.
      get(pointer) {
        const { offset, complete } = offsets.walk(offsets.root(), segmentsOf(pointer));
        return complete ? (offsets.keyOffset(offset) ?? offset) : undefined;
      },
    },
    duplicates: [],
    lines: new LineIndex(text),
  };
}
