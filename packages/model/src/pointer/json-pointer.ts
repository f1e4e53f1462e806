import { escapePointerSegment, unescapePointerSegment } from '../text/pointer-segment.js';

/*
 * RFC 6901 JSON pointers. Pointers in Pipewright are relative to the pipeline
 * declaration (`/stages/1/actions/0/name`); `''` is the whole document.
 */

/**
 * Splits a pointer into unescaped segments (`~1` -> `/`, `~0` -> `~`). A leading
 * `#` (URI fragment form) is accepted; a pointer without its leading `/` is read
 * as if it had one, so a hand-typed `stages/0` still resolves.
 */
export function parsePointer(pointer: string): string[] {
  let p = pointer.startsWith('#') ? decodeURIComponent(pointer.slice(1)) : pointer;
  if (p === '') return [];
  if (!p.startsWith('/')) p = `/${p}`;
  return p.slice(1).split('/').map(unescapePointerSegment);
}

export function formatPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${escapePointerSegment(s)}`).join('');
}

/** A canonical array index (`0`, `12`, never `01` or `-1`), or undefined. */
export function arrayIndex(segment: string): number | undefined {
  return /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : undefined;
}

/**
 * The value at a pointer, or undefined when any step is missing. Only own
 * properties are followed, so `/__proto__` or `/constructor` never reach
 * Object.prototype.
 */
export function getAtPointer(value: unknown, pointer: string | readonly (string | number)[]): unknown {
  const segments = typeof pointer === 'string' ? parsePointer(pointer) : pointer.map(String);
  let current: unknown = value;
  for (const segment of segments) {
    if (Array.isArray(current)) {
      const index = arrayIndex(segment);
      if (index === undefined || index >= current.length) return undefined;
      current = current[index];
    } else if (typeof current === 'object' && current !== null) {
      if (!Object.hasOwn(current, segment)) return undefined;
      current = (current as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return current;
}
