import { describe, expect, it } from 'vitest';
import {
  PERSISTED_SCHEMA_VERSION,
  decodePersistedDocument,
  persistedMigrations,
  versionOf,
} from '../../src/persisted/index.js';
import { declarationValue, oldPayloads } from './fixtures.js';

describe('persisted-document migrations', () => {
  it('are ordered, contiguous, uniquely named and end at the current version', () => {
    expect(persistedMigrations.map((m) => m.from)).toEqual([...Array(PERSISTED_SCHEMA_VERSION).keys()]);
    expect(new Set(persistedMigrations.map((m) => m.name)).size).toBe(persistedMigrations.length);
  });

  // The meta-test: a migration without a fixture of the version before it fails here.
  it.each(persistedMigrations.map((m) => [m.name, m] as const))('%s is exercised by an old payload', (_, step) => {
    const fixtures = oldPayloads.filter((p) => p.version === step.from);
    expect(fixtures.length, `no fixture of schemaVersion ${step.from}`).toBeGreaterThan(0);
    for (const fixture of fixtures) {
      expect(versionOf(JSON.parse(fixture.text) as Record<string, unknown>)).toBe(step.from);
      const read = decodePersistedDocument(fixture.text);
      expect(read, fixture.origin).toMatchObject({ ok: true });
      if (read.ok) expect(read.migrated[0]).toBe(step.name);
    }
  });

  it.each(oldPayloads.map((p) => [p.origin, p] as const))('opens %s', (_, payload) => {
    const read = decodePersistedDocument(payload.text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.document.pipeline).toEqual(declarationValue);
    expect(read.migrated).toEqual(persistedMigrations.slice(payload.version).map((m) => m.name));
  });

  it('keeps what schemaVersion 2 knew: the shape, the envelope and the save time', () => {
    const read = decodePersistedDocument(oldPayloads.find((p) => p.version === 2)!.text);
    expect(read).toMatchObject({
      ok: true,
      savedAt: '2026-11-30T10:00:00.000Z',
      document: {
        shape: 'get-pipeline',
        envelope: { metadata: { pipelineArn: 'arn:aws:codepipeline:eu-west-1:123456789012:shop' } },
      },
    });
  });

  it('reads an unversioned old record as bare, without a save time of its own', () => {
    const read = decodePersistedDocument(oldPayloads[0]!.text);
    expect(read).toMatchObject({ ok: true, document: { shape: 'bare', envelope: {} } });
  });
});
