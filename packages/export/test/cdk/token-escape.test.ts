import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeTokenMarkers, hasTokenMarker, tokenSafePieces } from '../../src/cdk/token-escape.js';
import { tokenMarkerString } from './synth-compare.js';

/* The escape itself; `cdk-deploy.test.ts` has aws-cdk-lib synthesize what it writes. */

const anyText = fc.oneof(tokenMarkerString, fc.string({ unit: 'binary', maxLength: 12 }));

describe('token marker escape', () => {
  it('cuts text into pieces without markers that join back to it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const pieces = tokenSafePieces(text);
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces) expect(hasTokenMarker(piece), JSON.stringify(piece)).toBe(false);
        if (!hasTokenMarker(text)) expect(pieces).toEqual([text]);
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('writes marked literals as Fn::Join, keeps Fn::Sub templates, drops marked configuration keys', () => {
    const { properties, escaped } = escapeTokenMarkers({
      Name: '${Token[TOKEN.1]}',
      Stages: [{ Actions: [{ Configuration: { 'Token[k]': 'v', Key: { 'Fn::Sub': '${Token[X]}' } } }] }],
    });
    expect(properties).toEqual({
      Name: { 'Fn::Join': ['', ['${Token', '[TOKEN.1]}']] },
      Stages: [{ Actions: [{ Configuration: { Key: { 'Fn::Sub': '${Token[X]}' } } }] }],
    });
    expect(escaped).toEqual([
      { path: '/Name', kind: 'value' },
      { path: '/Stages/0/Actions/0/Configuration/Token[k]', kind: 'key' },
    ]);
  });
});
