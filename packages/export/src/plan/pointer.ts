import { escapePointerSegment, unescapePointerSegment } from '@pipewright/model';

/** JSON pointer segments <-> string (RFC 6901), escaped by the model's one escaper. */
export function pointerOf(segments: readonly (string | number)[]): string {
  let pointer = '';
  for (const segment of segments) pointer += '/' + escapePointerSegment(segment);
  return pointer;
}

export function segmentsOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(unescapePointerSegment);
}
