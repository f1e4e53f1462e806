// Shared Playwright fixtures. Import `test` and `expect` from here instead of '@playwright/test':
// every journey then ends with two automatic checks, so no spec has to remember them:
//   1. no console errors and no uncaught exceptions (pages and their workers), and
//   2. no request left the page's origin (the app must work offline, with nothing sent anywhere).
// Both checks wait until every open page is idle, so an error thrown by work the last step
// scheduled (an idle callback, a lazily created editor contribution) is not missed.
// A journey that provokes a console error on purpose lists it: test.use({ allowedConsoleErrors: [/.../] }).
// A journey that reads the shared corpus is tagged `@corpus` (test('...', { tag: '@corpus' }, ...)):
// without the corpus it is skipped, and corpus-skip-reporter.ts counts it.
import { test as base, expect, type BrowserContext, type Page, type Request } from '@playwright/test';
import { CORPUS_HINT, hasCorpus } from '../test-support/corpus.mjs';

export { expect };

export type RecordedRequest = {
  url: string;
  method: string;
  resourceType: string;
};

export type PipewrightFixtures = {
  /** Console errors matching one of these are tolerated by the end-of-journey check. */
  allowedConsoleErrors: RegExp[];
  /** Every console error and uncaught exception seen so far in this test's context. */
  consoleErrors: string[];
  /** Every request seen so far in this test's context, including those from workers. */
  requests: RecordedRequest[];
};

type InternalFixtures = { pageGuards: void; corpusGate: void };

/** Schemes that never reach the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'javascript:']);

/** The requests (URLs) that went somewhere other than `origin`. */
export function offOriginRequests(requests: readonly RecordedRequest[], origin: string): string[] {
  return requests
    .filter((request) => {
      const url = new URL(request.url);
      return !LOCAL_SCHEMES.has(url.protocol) && url.origin !== origin;
    })
    .map((request) => `${request.method} ${request.url}`);
}

/** Console errors not covered by an allowance. */
export function unexpectedConsoleErrors(errors: readonly string[], allowed: readonly RegExp[]): string[] {
  return errors.filter((error) => !allowed.some((pattern) => pattern.test(error)));
}

function recordRequests(context: BrowserContext, requests: RecordedRequest[]): void {
  // Context-level: every page, popup and (in Chromium) dedicated and service worker of the test.
  const record = (request: Request) =>
    requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType() });
  context.on('request', record);
  // WebSockets do not show up as requests.
  context.on('page', (page) =>
    page.on('websocket', (socket) =>
      requests.push({ url: socket.url(), method: 'WEBSOCKET', resourceType: 'websocket' }),
    ),
  );
}

function recordConsoleErrors(context: BrowserContext, errors: string[]): void {
  // Context-level events cover every page and, in Chromium, its dedicated workers.
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location();
    const source = where.url ? ` (${where.url}:${where.lineNumber}:${where.columnNumber})` : '';
    errors.push(`${message.worker() ? '[worker] ' : ''}${message.text()}${source}`);
  });
  context.on('weberror', (webError) => errors.push(`Uncaught ${webError.error().stack ?? webError.error().message}`));
}

/** Resolves once the page has been idle (or after a second at most); a closed page is already settled. */
async function settle(page: Page): Promise<void> {
  if (page.isClosed()) return;
  await page
    .evaluate(
      () =>
        new Promise<void>((resolve) => {
          const idle = () => requestIdleCallback(() => setTimeout(resolve, 50), { timeout: 1000 });
          requestAnimationFrame(idle);
        }),
    )
    .catch(() => undefined); // navigating or closing: nothing left to wait for
}

export const test = base.extend<PipewrightFixtures & InternalFixtures>({
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: async ({ context }, use) => {
    const errors: string[] = [];
    recordConsoleErrors(context, errors);
    await use(errors);
  },
  requests: async ({ context }, use) => {
    const requests: RecordedRequest[] = [];
    recordRequests(context, requests);
    await use(requests);
  },
  corpusGate: [
    // Playwright reads a fixture's dependencies from this pattern: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      testInfo.skip(!hasCorpus && testInfo.tags.includes('@corpus'), `corpus not found: ${CORPUS_HINT}`);
      await use();
    },
    { auto: true },
  ],
  pageGuards: [
    async ({ context, consoleErrors, requests, allowedConsoleErrors, baseURL }, use) => {
      await use();
      // Errors thrown when the page is next idle (Monaco instantiates some editor contributions
      // then) would otherwise land after the check: let every open page reach idle first.
      await Promise.all(context.pages().map(settle));
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      expect(offOriginRequests(requests, origin), `requests that left ${origin}`).toEqual([]);
      expect(unexpectedConsoleErrors(consoleErrors, allowedConsoleErrors), 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
