// Helpers shared by the panels, import, JSON and persistence journeys.
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { corpusPath } from '../test-support/corpus.mjs';
import { fixturePath } from '../test-support/fixtures.mjs';
import { expect } from './fixtures.js';

/**
 * A file of the shared corpus's real/ folder, read in place (test-support/corpus.mjs finds it).
 * Only for tests tagged `@corpus`, which are skipped without it.
 */
export const corpusFile = (relative: string): string => corpusPath('real', relative);

/** One of the team's own pipeline fixtures (test-support/fixtures/pipelines), always there. */
export const fixtureFile = (relative: string): string => fixturePath(relative);

/** Where the screenshots of the main screens go. */
/**
 * Saves a screenshot for the docs (docs/<name>) only when PIPEWRIGHT_SCREENSHOTS=1, so a normal
 * test run never rewrites tracked files: `PIPEWRIGHT_SCREENSHOTS=1 npm run test:e2e`.
 */
export async function docsScreenshot(page: Page, name: string): Promise<void> {
  if (!process.env.PIPEWRIGHT_SCREENSHOTS) return;
  await page.screenshot({ path: fileURLToPath(new URL(`../docs/${name}`, import.meta.url)) });
}

export const inspector = (page: Page): Locator => page.getByRole('complementary', { name: 'Inspector panel' });
export const actionNode = (page: Page, name: string): Locator =>
  page.locator(`[data-testid="action-node"][data-action-name="${name}"]`);
export const problemRows = (page: Page): Locator =>
  page.getByRole('list', { name: 'Problems list' }).locator('li.pw-problem');

/** Imports a file through the Import dialog's file input and closes the review. */
export async function importFile(page: Page, path: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a pipeline' });
  await dialog.getByLabel('Pipeline file').setInputFiles(path);
  return page.getByRole('dialog');
}

/** Opens the dock's JSON tab and waits for Monaco to show the text. */
export async function openJsonView(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'JSON' }).click();
  const editor = page.locator('.pw-json .monaco-editor');
  await expect(editor).toBeVisible();
  await expect(editor.locator('.view-lines')).toContainText('"pipeline"');
  return editor;
}

/** The problems list's largest rule group (its header reads "<severity> <rule id> (<count>)"). */
export async function largestProblemGroup(page: Page): Promise<{ ruleId: string; size: number; header: Locator }> {
  const groups = page.getByRole('list', { name: 'Problems list' }).getByTestId('problem-group');
  await expect(groups.first()).toBeVisible();
  const counted = (await groups.allTextContents()).map((text) => {
    const [, ruleId, count] = /^[▾▸](?:Error|Warning|Info)(\S+) \((\d+)\)$/.exec(text) ?? [];
    return { ruleId: ruleId ?? '', size: Number(count ?? 0) };
  });
  const { ruleId, size } = counted.reduce((a, b) => (b.size > a.size ? b : a));
  return { ruleId, size, header: groups.filter({ hasText: `${ruleId} (${size})` }) };
}
