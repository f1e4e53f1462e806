// A Playwright reporter that counts the journeys skipped because the corpus is absent (tag
// `@corpus`, skipped by fixtures.ts) and prints one line, like test-support/vitest-reporter.mjs;
// `npm test` adds the count to its summary (test-support/skip-log.mjs).
import type { FullConfig, Reporter, Suite } from '@playwright/test/reporter';
import { corpusSkippedLine, hasCorpus } from '../test-support/corpus.mjs';
import { recordSkips } from '../test-support/skip-log.mjs';

export default class CorpusSkipReporter implements Reporter {
  private suite: Suite | undefined;

  onBegin(_config: FullConfig, suite: Suite): void {
    this.suite = suite;
  }

  onEnd(): void {
    if (hasCorpus || !this.suite) return;
    const skipped = this.suite
      .allTests()
      .filter((test) => test.tags.includes('@corpus') && test.outcome() === 'skipped').length;
    if (skipped) console.log(`\n${corpusSkippedLine(skipped)}`);
    recordSkips('browser tests', { corpus: skipped, reference: 0 });
  }

  printsToStdio(): boolean {
    return false;
  }
}
