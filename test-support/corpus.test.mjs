// @ts-check
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusSkippedLine, locateCorpus, locateReference, repoRoot } from './corpus.mjs';

describe('the corpus locator', () => {
  const root = mkdtempSync(join(tmpdir(), 'pipewright-locator-'));
  mkdirSync(join(root, 'corpus'));
  mkdirSync(join(root, 'reference'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('uses PIPEWRIGHT_CORPUS alone when it is set, and the reference beside it', () => {
    const env = { PIPEWRIGHT_CORPUS: join(root, 'corpus') };
    expect(locateCorpus(env)).toBe(join(root, 'corpus'));
    expect(locateReference(env)).toBe(join(root, 'reference'));
  });

  it('finds nothing for a PIPEWRIGHT_CORPUS that does not exist (a fresh clone)', () => {
    const env = { PIPEWRIGHT_CORPUS: join(root, 'nonexistent') };
    expect(locateCorpus(env)).toBeUndefined();
    expect(locateReference(env)).toBeUndefined();
  });

  it('prefers PIPEWRIGHT_REFERENCE for the reference', () => {
    const env = { PIPEWRIGHT_CORPUS: join(root, 'nonexistent'), PIPEWRIGHT_REFERENCE: join(root, 'corpus') };
    expect(locateReference(env)).toBe(join(root, 'corpus'));
  });

  it('falls back to ../shared beside the repository', () => {
    const found = locateCorpus({});
    expect(found === undefined || found === join(repoRoot, '..', 'shared', 'corpus')).toBe(true);
  });

  it('says how many were skipped and how to run them', () => {
    expect(corpusSkippedLine(3)).toMatch(
      /^corpus not found: 3 corpus tests skipped; set PIPEWRIGHT_CORPUS=.+ to run them$/,
    );
  });
});
