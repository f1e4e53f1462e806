import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, fromBase64Url, toBase64Url } from './share-link.js';
import { samplePipeline } from './fixtures.test-helpers.js';

describe('share link', () => {
  it('round-trips a pipeline through the fragment', () => {
    const fragment = encodeShareFragment(samplePipeline);
    expect(fragment).toMatch(/^#pipeline=[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(fragment)).toEqual({ ok: true, pipeline: samplePipeline });
  });

  it('compresses: a repetitive pipeline makes a link much shorter than its JSON', () => {
    const stages = Array.from({ length: 20 }, (_, i) => ({ ...samplePipeline.stages[0]!, name: `Stage${i}` }));
    const big = { ...samplePipeline, stages };
    expect(encodeShareFragment(big).length).toBeLessThan(JSON.stringify(big).length / 4);
  });

  it('ignores fragments that are not share links', () => {
    expect(decodeShareFragment('')).toBeNull();
    expect(decodeShareFragment('#section-2')).toBeNull();
  });

  it('says a truncated link is damaged', () => {
    const fragment = encodeShareFragment(samplePipeline);
    const result = decodeShareFragment(fragment.slice(0, fragment.length - 12));
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.reason).toMatch(/damaged/);
  });

  it('refuses a link whose pipeline does not match the model', () => {
    const bad = encodeShareFragment({ ...samplePipeline, stages: 5 } as never);
    const result = decodeShareFragment(bad);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.reason).toMatch(/\/stages/);
  });

  it('base64url round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
  });
});
