// Proves the harness: the production build loads under its CSP, and the shared guards in
// fixtures.ts (console errors, off-origin requests, worker traffic) really catch what they claim.
import { CONTENT_SECURITY_POLICY, WORKER_CONTENT_SECURITY_POLICY } from '../scripts/lib/csp.mjs';
import { expect, offOriginRequests, test } from './fixtures.js';

test('the app shell loads from the production build', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Pipewright/);
  await expect(page.locator('#root > *').first()).toBeVisible();
});

test('the page is served with its Content-Security-Policy header and meta tag', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
});

test.describe('WebAssembly', () => {
  test.use({ allowedConsoleErrors: [/WebAssembly/] });
  test('worker scripts may compile it (the Terraform parser), the page may not', async ({ page, request }) => {
    const workerScript = await request.get('/', { headers: { 'Sec-Fetch-Dest': 'worker' } });
    expect(workerScript.headers()['content-security-policy']).toBe(WORKER_CONTENT_SECURITY_POLICY);
    expect(WORKER_CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
    await page.goto('/');
    const inPage = await page.evaluate(() =>
      WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
        () => 'compiled',
        () => 'refused',
      ),
    );
    expect(inPage).toBe('refused');
  });
});

test('requests issued by workers are recorded', async ({ page, requests }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    // A blob worker has no base URL of its own: give it an absolute one.
    const source = `fetch('${location.origin}/index.html?from=worker').then(() => postMessage('done'));`;
    const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    await new Promise((resolve) => worker.addEventListener('message', resolve, { once: true }));
    worker.terminate();
  });
  expect(requests.filter((request) => request.url.endsWith('/index.html?from=worker'))).toHaveLength(1);
});

test('off-origin requests are told apart from same-origin and local ones', () => {
  const request = (url: string) => ({ url, method: 'GET', resourceType: 'fetch' });
  const seen = [
    request('http://127.0.0.1:4173/assets/index.js'),
    request('data:image/png;base64,AAAA'),
    request('blob:http://127.0.0.1:4173/1234'),
    request('https://cdn.jsdelivr.net/npm/monaco-editor/min/vs/loader.js'),
    request('http://127.0.0.1:9999/elsewhere'),
  ];
  expect(offOriginRequests(seen, 'http://127.0.0.1:4173')).toEqual([
    'GET https://cdn.jsdelivr.net/npm/monaco-editor/min/vs/loader.js',
    'GET http://127.0.0.1:9999/elsewhere',
  ]);
});

test.describe('the end-of-journey guards', () => {
  test('record console errors and uncaught exceptions from pages and workers', async ({ page, consoleErrors }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      console.error('deliberate page error');
      setTimeout(() => {
        throw new Error('deliberate uncaught exception');
      }, 0);
      const source = "console.error('deliberate worker error'); postMessage('done');";
      const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
      await new Promise((resolve) => worker.addEventListener('message', resolve, { once: true }));
      worker.terminate();
    });
    await expect.poll(() => consoleErrors.length).toBe(3);
    expect(consoleErrors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('deliberate page error'),
        expect.stringContaining('deliberate uncaught exception'),
        expect.stringMatching(/^\[worker\] deliberate worker error/),
      ]),
    );
    consoleErrors.length = 0; // seen and checked: keep the end-of-journey guard quiet
  });

  test.describe(() => {
    test.use({ bypassCSP: true });
    test('record requests to other origins', async ({ page, context, requests, baseURL }) => {
      // Answered locally: nothing leaves the machine, but the page did try.
      await context.route('https://example.com/**', (route) => route.fulfill({ status: 204 }));
      await page.goto('/');
      await page.evaluate(() => fetch('https://example.com/beacon', { mode: 'no-cors' }));
      expect(offOriginRequests(requests, new URL(baseURL!).origin)).toEqual(['GET https://example.com/beacon']);
      requests.length = 0; // seen and checked: keep the end-of-journey guard quiet
    });
  });

  test('fail a journey by themselves, without the spec asking', async ({ page }) => {
    test.fail(); // passes only if the automatic check at the end of the journey fails it
    await page.goto('/');
    await page.evaluate(() => console.error('deliberate error'));
  });

  test.describe(() => {
    test.use({ allowedConsoleErrors: [/^expected by this journey/] });
    test('tolerate the console errors a journey allows', async ({ page }) => {
      await page.goto('/');
      await page.evaluate(() => console.error('expected by this journey'));
    });
  });
});
