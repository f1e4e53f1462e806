// Work is never lost, nothing leaves the browser, big input is refused with its reason.
// The journeys the panels specs already cover (a broken file changes nothing, undoable import,
// a stubbed full storage, Monaco loading) are extended here with what they leave open: undo and
// reload after a failed import or a broken JSON edit, a storage really filled in the page, CSP
// violations counted while Monaco and the workers run, and 20 MB and 4.5 MB imports. How long the
// main thread is busy during those imports is a figure of bench/import-long-tasks.ts: tests never
// assert on wall-clock time.
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../scripts/lib/csp.mjs';
import { expect, test } from './fixtures.js';
import { actionNode, fixtureFile, importFile, inspector, openJsonView } from './panels-helpers.js';

const docName = (page: Page) => page.locator('.pw-doc-name');

async function startWithCorpusPipeline(page: Page): Promise<void> {
  await page.goto('/');
  const review = await importFile(page, fixtureFile('json/01-needs-work.json'));
  await review.getByRole('button', { name: 'Done' }).click();
  await expect(actionNode(page, 'Checkout')).toBeVisible();
  await expect(docName(page)).toHaveText('storefront-release');
}

/** Renames the pipeline in the inspector (which shows the pipeline while nothing is selected). */
async function renamePipeline(page: Page, name: string): Promise<void> {
  const field = inspector(page).getByLabel('Name', { exact: true });
  await field.fill(name);
  await field.press('Enter');
  await expect(docName(page)).toHaveText(name);
}

/** Bytes no importer can read: a NUL-riddled binary (UTF-16 without a byte order mark read as UTF-8). */
const junk = Buffer.from('\u0000r\u0000e\u0000s\u0000o\u0000u\u0000r\u0000c\u0000e\u0000 {{{{'.repeat(64), 'latin1');

test('a failed import leaves the last edit in place, undoable, redoable and saved across a reload', async ({
  page,
}) => {
  await startWithCorpusPipeline(page);
  await renamePipeline(page, 'edited-before-a-failed-import');

  for (const file of [
    { name: 'junk.tf', mimeType: 'application/octet-stream', buffer: junk },
    { name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(`{"pipeline": ${'['.repeat(10_000)}`) },
  ]) {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a pipeline' });
    await dialog.getByLabel('Pipeline file').setInputFiles(file);
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText(`Could not import ${file.name}: line `);
    await expect(alert).toContainText('Your current pipeline is unchanged.');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(docName(page)).toHaveText('edited-before-a-failed-import');
  }

  // The history is intact: the rename undoes and redoes as before.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(docName(page)).toHaveText('storefront-release');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(docName(page)).toHaveText('edited-before-a-failed-import');

  await page.reload();
  await expect(docName(page)).toHaveText('edited-before-a-failed-import');
  await expect(actionNode(page, 'Compile')).toBeVisible();
});

test('a broken JSON edit never reaches the document: a reload brings back the last good pipeline, and the draft', async ({
  page,
}) => {
  await startWithCorpusPipeline(page);
  await renamePipeline(page, 'last-good');
  const editor = await openJsonView(page);
  await editor.click({ position: { x: 200, y: 10 } });
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText(',,, "broken": ');
  await expect(page.locator('.pw-json-error')).toContainText(/Line \d+, column \d+/);
  await expect(docName(page)).toHaveText('last-good');

  await page.reload();
  await expect(docName(page)).toHaveText('last-good');
  await expect(actionNode(page, 'Compile')).toBeVisible();
  // The unparseable text is kept as a draft (issue 18), shown as not applied until discarded.
  await expect(page.locator('.pw-json-error')).toContainText('Draft not applied');
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.locator('.pw-json-error')).toBeHidden();
  const reopened = page.locator('.pw-json .monaco-editor');
  await expect(reopened.locator('.view-lines')).toContainText('"last-good"');
});

// An error thrown inside one panel (its error boundary, the document intact and undoable) is the
// journey 'panel error boundaries' in panels.spec.ts (`?crash=inspector`).

test('a browser storage really filled in the page is reported; once freed, the next edit is saved', async ({
  page,
}) => {
  await startWithCorpusPipeline(page);
  // Fill the origin's localStorage to the last byte, as another tab or app could.
  const filler = await page.evaluate(() => {
    let keys = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          localStorage.setItem(`filler-${keys}`, 'x'.repeat(size));
          keys++;
        } catch {
          break;
        }
      }
    }
    return keys;
  });
  expect(filler).toBeGreaterThan(0);

  await renamePipeline(page, 'edited-while-storage-is-full');
  await expect(page.getByTestId('canvas-notice')).toContainText('Autosave failed: browser storage is full');
  await expect(actionNode(page, 'Compile')).toBeVisible(); // the work itself is still open

  await page.evaluate((count) => {
    for (let i = 0; i < count; i++) localStorage.removeItem(`filler-${i}`);
  }, filler);
  await renamePipeline(page, 'saved-after-freeing');
  await page.reload();
  await expect(docName(page)).toHaveText('saved-after-freeing');
});

test.describe('the Content-Security-Policy', () => {
  // The deliberate inline script below is refused, and Chromium says so on the console.
  test.use({ allowedConsoleErrors: [/Executing inline script violates the following Content Security Policy/] });

  test('holds script-src and connect-src to self, and Monaco, its worker and the import worker all run under it', async ({
    page,
    requests,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(
          `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        ),
      );
    });
    const response = await page.goto('/');
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    // Scripts from this origin only: no inline script, no eval, no other host ('wasm-unsafe-eval'
    // would only let WebAssembly compile, which the HCL parser needs in a browser).
    const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];
    expect(scriptSources).toContain("'self'");
    for (const source of scriptSources) expect(["'self'", "'wasm-unsafe-eval'"]).toContain(source);
    expect(policy).toMatch(/connect-src 'self'(;|$)/);
    expect(policy).toMatch(/worker-src [^;]*'self'/);

    const review = await importFile(page, fixtureFile('cfn/02-intrinsics.json')); // parsed in the import worker
    await review.getByRole('button', { name: 'Done' }).click();
    await openJsonView(page); // Monaco, lazily loaded
    await expect.poll(() => requests.some((r) => /json\.worker/.test(r.url))).toBe(true); // and its worker

    const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    // Nothing is refused, zod included (main.tsx turns off its eval probe: zod-jitless.ts).
    expect(await violations()).toEqual([]);

    // The policy is enforced, not just sent: an injected inline script does not run.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    // Refused once per copy of the policy (response header and meta tag).
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
    for (const violation of await violations()) expect(violation).toMatch(/^script-src-elem inline/);
  });
});

/**
 * Builds a file of `bytes` bytes in the page (sending 20 MB through Playwright would take longer
 * than the journey) and hands it to the Import dialog's file input as a user's pick would.
 */
async function chooseFileInPage(page: Page, name: string, head: string, filler: string, bytes: number): Promise<void> {
  await page.evaluate(
    ({ name, head, filler, bytes }) => {
      const encoder = new TextEncoder();
      const parts: BlobPart[] = [encoder.encode(head)];
      const chunk = encoder.encode(filler.repeat(Math.ceil((1024 * 1024) / filler.length)));
      let size = parts[0] instanceof Uint8Array ? parts[0].length : 0;
      while (size < bytes) {
        const piece = chunk.subarray(0, Math.min(chunk.length, bytes - size));
        parts.push(piece);
        size += piece.length;
      }
      (window as unknown as { pendingFile: File }).pendingFile = new File(parts, name);
    },
    { name, head, filler, bytes },
  );
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('[role="dialog"] input[type="file"]');
    if (!input) throw new Error('no file input in the dialog');
    const transfer = new DataTransfer();
    transfer.items.add((window as unknown as { pendingFile: File }).pendingFile);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

test('importing a 20 MB file says why it is refused, and the pipeline stays open and usable', async ({ page }) => {
  await startWithCorpusPipeline(page);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a pipeline' });
  await chooseFileInPage(page, 'huge.yaml', 'Resources:\n', '  X: y\n', 20 * 1024 * 1024);
  await expect(dialog.getByRole('alert')).toContainText('huge.yaml is 20.0 MB; Pipewright imports files up to 5.0 MB');
  await page.keyboard.press('Escape');
  await expect(actionNode(page, 'Checkout')).toBeVisible();
  await renamePipeline(page, 'edited-after-a-refused-import');
});

test('importing a 4.5 MB template (just under the limit) is read in the worker and refused with its reason', async ({
  page,
}) => {
  await startWithCorpusPipeline(page);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a pipeline' });
  const head = "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n";
  await chooseFileInPage(page, 'big.template.yaml', head, '# padding\n', 4.5 * 1024 * 1024);
  await expect(dialog.getByRole('alert')).toContainText('Could not import big.template.yaml', { timeout: 30_000 });
  await expect(dialog.getByRole('alert')).toContainText('Your current pipeline is unchanged.');
  await page.keyboard.press('Escape');
  await expect(docName(page)).toHaveText('storefront-release');
});

test('every journey runs with the shared guards (no console error, no request off the page origin)', () => {
  // The guards live in fixtures.ts's `test`; a spec importing Playwright's own `test` would skip them.
  const dir = new URL('.', import.meta.url);
  const specs = readdirSync(dir).filter((name) => name.endsWith('.spec.ts'));
  expect(specs.length).toBeGreaterThan(1);
  for (const spec of specs) {
    const source = readFileSync(new URL(spec, dir), 'utf8');
    expect(source, spec).toMatch(/import \{[^}]*\btest\b[^}]*\} from '\.\/fixtures\.js'/);
    expect(source, spec).not.toMatch(/import \{[^}]*\btest\b[^}]*\} from '@playwright\/test'/);
  }
});
