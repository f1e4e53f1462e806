import { describe, expect, it } from 'vitest';
import {
  PERSISTED_SCHEMA_VERSION,
  decodePersistedDocument,
  encodePersistedDocument,
  type PersistedDocument,
} from '../../src/persisted/index.js';
import type { Pipeline } from '../../src/schema/pipeline.js';

const pipeline = JSON.parse(
  '{"name":"shop","roleArn":"arn:aws:iam::123456789012:role/p","stages":[{"name":"Build","actions":[{"name":"Compile","actionTypeId":{"category":"Build","owner":"AWS","provider":"CodeBuild","version":"1"},"configuration":{"ProjectName":"p","__proto__":"kept","constructor":"too"}}]}]}',
) as Pipeline;

describe('persisted-document codec', () => {
  it('round-trips every key as read, __proto__ included', () => {
    const document: PersistedDocument = { shape: 'bare', pipeline, envelope: {} };
    const text = encodePersistedDocument(document, { savedAt: '2026-12-03T08:00:00.000Z' });
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: PERSISTED_SCHEMA_VERSION });
    const read = decodePersistedDocument(text);
    expect(read).toMatchObject({ ok: true, migrated: [], savedAt: '2026-12-03T08:00:00.000Z' });
    if (!read.ok) return;
    const configuration = read.document.pipeline.stages[0]?.actions[0]?.configuration as Record<string, unknown>;
    expect(Object.keys(configuration)).toEqual(['ProjectName', '__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(configuration, '__proto__')?.value).toBe('kept');
    expect(Object.getPrototypeOf(configuration)).toBe(Object.prototype);
  });

  it('stores a wrapped file as the file is (pipeline first), and reads its shape back from it', () => {
    const metadata = { pipelineArn: 'arn:x' };
    const getPipeline: PersistedDocument = { shape: 'get-pipeline', pipeline, envelope: { metadata } };
    const text = encodePersistedDocument(getPipeline);
    expect(Object.keys((JSON.parse(text) as { document: object }).document)).toEqual(['pipeline', 'metadata']);
    expect(decodePersistedDocument(text)).toMatchObject({ ok: true, document: getPipeline });

    const createPipeline: PersistedDocument = { shape: 'create-pipeline', pipeline, envelope: { tags: [] } };
    expect(decodePersistedDocument(encodePersistedDocument(createPipeline))).toMatchObject({
      ok: true,
      document: createPipeline,
    });
  });

  it.each([
    ['damaged text', '{"schemaVersion": 3,', /not valid JSON/],
    ['not an object', '"text"', /not a JSON object/],
    ['a newer version', '{"schemaVersion": 99, "document": {}}', /schemaVersion 99, newer than/],
    ['an invalid version', '{"schemaVersion": "two"}', /invalid schemaVersion \("two"\)/],
    ['a share link of an unknown format', '{"v": 7, "pipeline": {}}', /schemaVersion 7, newer than/],
    ['no document', '{"schemaVersion": 3}', /document is not a JSON object/],
    [
      'a declaration that does not match the model',
      '{"schemaVersion": 3, "document": {"name": "x", "roleArn": "r", "stages": 5}}',
      /does not match the model: stages: expected an array/,
    ],
  ])('says what is wrong with %s', (_, text, reason) => {
    const read = decodePersistedDocument(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });
});
