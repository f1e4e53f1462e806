import { describe, expect, it } from 'vitest';
import type { PersistedDocument } from '@pipewright/model';
import { decodeShareFragment, encodeShareFragment, fromBase64Url, toBase64Url } from './share-link.js';
import { samplePipeline } from './fixtures.test-helpers.js';

const bare = (pipeline: PersistedDocument['pipeline']): PersistedDocument => ({
  shape: 'bare',
  pipeline,
  envelope: {},
});

/** A link as the share dialog made it before the persisted-document codec (payload `{v: 1, pipeline}`). */
const V1_LINK =
  '#pipeline=VY49b8IwEIb_y81R25B-eks7VR06uFIHxGDMEUzAZ53tIED575wZIpAH6_3w4_cMA6i6guAC7pxHUGfwZi83xA0FqIBphy17MQx7ZQ5RObNXqp41zy-vb-8fT_VMlc7jhKggJtNhBDWfYJoy2xIZmxz5u-xrg7annKb07xjwe1WmWJOwIz7eEujgkcVo_7WowDS41dXQjegBOQpCZA1jBZb82nWZTeEWom4-s-0xSWEpdd38Lrdo0w-WP_qHkwvlmawJObWc3Fom3a2NbGFcXM94AQ';

describe('share link', () => {
  it('round-trips a document through the fragment', async () => {
    const fragment = encodeShareFragment(bare(samplePipeline));
    expect(fragment).toMatch(/^#pipeline=[A-Za-z0-9_-]+$/);
    expect(await decodeShareFragment(fragment)).toEqual({ ok: true, document: bare(samplePipeline), migrated: [] });
  });

  it('carries a wrapped file’s shape and envelope, like autosave', async () => {
    const document: PersistedDocument = { shape: 'create-pipeline', pipeline: samplePipeline, envelope: { tags: [] } };
    expect(await decodeShareFragment(encodeShareFragment(document))).toMatchObject({ ok: true, document });
  });

  it('opens a link made before the codec (v:1) through the migrations', async () => {
    const result = await decodeShareFragment(V1_LINK);
    expect(result).toMatchObject({
      ok: true,
      migrated: ['add-document-shape-and-envelope', 'store-the-document-as-read'],
      document: { shape: 'bare', pipeline: { name: 'shop', stages: [{ name: 'Source' }] } },
    });
  });

  it('compresses: a repetitive pipeline makes a link much shorter than its JSON', () => {
    const stages = Array.from({ length: 20 }, (_, i) => ({ ...samplePipeline.stages[0]!, name: `Stage${i}` }));
    const big = { ...samplePipeline, stages };
    expect(encodeShareFragment(bare(big)).length).toBeLessThan(JSON.stringify(big).length / 4);
  });

  it('ignores fragments that are not share links', async () => {
    expect(await decodeShareFragment('')).toBeNull();
    expect(await decodeShareFragment('#section-2')).toBeNull();
  });

  it('says a truncated link is damaged', async () => {
    const fragment = encodeShareFragment(bare(samplePipeline));
    const result = await decodeShareFragment(fragment.slice(0, fragment.length - 12));
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.reason).toMatch(/damaged/);
  });

  it('refuses a link whose pipeline does not match the model, naming where', async () => {
    const result = await decodeShareFragment(encodeShareFragment(bare({ ...samplePipeline, stages: 5 } as never)));
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.reason).toMatch(/stages: expected an array/);
  });

  it('base64url round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
  });
});
