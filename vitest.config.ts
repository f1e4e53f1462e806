import { defineConfig } from 'vitest/config';
import { CORPUS_TAG, REFERENCE_TAG, hasCorpus, hasReference } from './test-support/corpus.mjs';
import { MOTO_TAG, hasMotoServer } from './test-support/moto.mjs';

export default defineConfig({
  test: {
    include: [
      'packages/*/{src,test}/**/*.test.ts',
      'apps/web/src/**/*.test.ts',
      'bench/**/*.test.ts',
      'test-support/*.test.mjs',
      'scripts/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests that read the shared corpus or reference data carry a tag; without the data they are
    // skipped (never failed) and the reporter below prints how many (test-support/README.md).
    tags: [
      { name: CORPUS_TAG, description: 'reads the shared corpus (PIPEWRIGHT_CORPUS)', skip: !hasCorpus },
      {
        name: REFERENCE_TAG,
        description: 'reads the shared reference data (PIPEWRIGHT_REFERENCE)',
        skip: !hasReference,
      },
      // The live-command tests start moto_server (test-support/moto.mjs).
      { name: MOTO_TAG, description: 'starts moto_server, a local CodePipeline and IAM API', skip: !hasMotoServer },
    ],
    reporters: ['default', './test-support/vitest-reporter.mjs'],
  },
});
