// @ts-check
// A vitest reporter that counts the tests skipped because the corpus or the reference data is
// absent (tags `corpus` and `reference`, skipped by vitest.config.ts) and prints one line each,
// so a run without them says so instead of looking complete. `npm test` folds the count into its
// summary (see recordSkips in skip-log.mjs).
import {
  CORPUS_TAG,
  REFERENCE_TAG,
  corpusSkippedLine,
  hasCorpus,
  hasReference,
  referenceSkippedLine,
} from './corpus.mjs';
import { MOTO_TAG, hasMotoServer, motoSkippedLine } from './moto.mjs';
import { recordSkips } from './skip-log.mjs';

/** @typedef {import('vitest/node').Reporter} Reporter */
/** @typedef {import('vitest/node').TestModule} TestModule */

/** @implements {Reporter} */
export default class CorpusSkipReporter {
  /** @param {ReadonlyArray<TestModule>} testModules */
  onTestRunEnd(testModules) {
    let corpus = 0;
    let reference = 0;
    let moto = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests('skipped')) {
        if (!hasCorpus && test.tags.includes(CORPUS_TAG)) corpus++;
        else if (!hasReference && test.tags.includes(REFERENCE_TAG)) reference++;
        else if (!hasMotoServer && test.tags.includes(MOTO_TAG)) moto++;
      }
    }
    if (corpus) console.log(`\n${corpusSkippedLine(corpus)}`);
    if (reference) console.log(`${referenceSkippedLine(reference)}`);
    if (moto) console.log(`${motoSkippedLine(moto)}`);
    recordSkips('unit tests', { corpus, reference, moto });
  }
}
