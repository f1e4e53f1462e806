import { setOwn } from '../plan/own.js';

/*
 * aws-cdk-lib reads some literal text as its own token markers when it synthesizes: a string
 * holding `Token[` (`${Token[TOKEN.42]}`, `#{Token[...]}`) or `e+289` (the encoding of a number
 * token) is looked up in its token map, which throws `UnrecognizedTokenKey` or, worse,
 * substitutes another token's value. Its resolver returns a string untouched only when the
 * string contains neither, so a literal that does is cut into pieces that don't, and the
 * emitter writes them as `Fn::Join` with an empty delimiter: CloudFormation joins them back
 * into exactly the literal at deploy time.
 */

/** The two fragments aws-cdk-lib's resolver looks for, and where each is cut. */
const MARKERS: [fragment: string, cutAt: number][] = [
  ['Token[', 5],
  ['e+289', 2],
];

/** Does aws-cdk-lib's resolver look for tokens in `text`? */
export function hasTokenMarker(text: string): boolean {
  return MARKERS.some(([fragment]) => text.includes(fragment));
}

/**
 * `text` cut so that no piece holds a marker fragment; joined, the pieces are `text`.
 * A text without markers is one piece.
 */
export function tokenSafePieces(text: string): string[] {
  const cuts = new Set<number>();
  for (const [fragment, cutAt] of MARKERS) {
    for (let at = text.indexOf(fragment); at !== -1; at = text.indexOf(fragment, at + 1)) cuts.add(at + cutAt);
  }
  if (cuts.size === 0) return [text];
  const pieces: string[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** A literal found and rewritten, or a configuration key that cannot be (keys take no intrinsic). */
export interface EscapedMarker {
  /** CFN property path, e.g. `/Stages/0/Actions/0/Configuration/Key`. */
  path: string;
  kind: 'value' | 'key';
}

function isSubTemplate(parentKey: string | undefined, index: number | undefined): boolean {
  return parentKey === 'Fn::Sub' && (index === undefined || index === 0);
}

/**
 * A copy of CloudFormation `properties` where every literal string that holds a marker is
 * `{ "Fn::Join": ["", pieces] }`. `Fn::Sub` templates are left as they are (a `${...}` in one
 * is CloudFormation's own syntax); configuration keys that hold a marker are dropped and
 * reported, since an object key cannot be an intrinsic.
 */
export function escapeTokenMarkers(properties: Record<string, unknown>): {
  properties: Record<string, unknown>;
  escaped: EscapedMarker[];
} {
  const escaped: EscapedMarker[] = [];
  const visit = (value: unknown, path: string, parentKey?: string, index?: number): unknown => {
    if (typeof value === 'string') {
      if (!hasTokenMarker(value) || isSubTemplate(parentKey, index)) return value;
      escaped.push({ path, kind: 'value' });
      return { 'Fn::Join': ['', tokenSafePieces(value)] };
    }
    if (Array.isArray(value)) return value.map((item, i) => visit(item, `${path}/${i}`, parentKey, i));
    if (typeof value !== 'object' || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const here = `${path}/${key}`;
      if (hasTokenMarker(key) && path.endsWith('/Configuration')) {
        escaped.push({ path: here, kind: 'key' });
        continue;
      }
      setOwn(out, key, visit(Reflect.get(value, key), here, key));
    }
    return out;
  };
  return { properties: visit(properties, '') as Record<string, unknown>, escaped };
}
