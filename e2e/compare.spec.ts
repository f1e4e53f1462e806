// Compare mode (issue 13): import a pipeline, compare it with an edited version, see the marks on the
// canvas (by text, not only colour), click a change and see its old and new values, copy the
// markdown summary, revert one change, and leave compare mode with the document as it was.
// axe-core finds nothing in the Compare dialog and on the compare screen (issue 18, item 15).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { axeViolations } from './axe.js';
import { expect, test } from './fixtures.js';
import { actionNode, docsScreenshot, importFile, inspector } from './panels-helpers.js';

const imported = fileURLToPath(new URL('../packages/cli/test/fixtures/diff/get-pipeline.json', import.meta.url));
const edited = readFileSync(fileURLToPath(new URL('./data/compare-edited.json', import.meta.url)), 'utf8');

test.use({ viewport: { width: 1600, height: 960 }, permissions: ['clipboard-read', 'clipboard-write'] });

test('compare the document with an edited version', async ({ page }) => {
  await page.goto('/');
  const review = await importFile(page, imported);
  await expect(review).toHaveAccessibleName('Import review');
  await review.getByRole('button', { name: 'Done' }).click();
  await expect(actionNode(page, 'Deploy')).toBeVisible();

  // Compare with pasted text (the edited version is the old side; the document is the new one).
  await page.getByRole('button', { name: 'Compare…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with another version' });
  await expect(dialog.getByRole('button', { name: /As imported/ })).toBeVisible();
  expect(await axeViolations(page), 'Compare dialog with a version to offer').toEqual([]);
  await dialog.getByLabel('Version text').fill(edited);
  await dialog.getByRole('button', { name: 'Compare with the pasted text' }).click();
  await expect(dialog).toBeHidden();

  // The risk summary on top.
  const bar = page.getByTestId('compare-bar');
  await expect(bar).toContainText('Comparing with the pasted text');
  await expect(bar.locator('[data-risk-id="pipeline-role-changed"]')).toBeVisible();
  await expect(bar.locator('[data-risk-id="execution-history-reset"]')).toBeVisible();

  // Marks on the canvas, each with its text.
  const markOf = (name: string) => actionNode(page, name).getByTestId('compare-mark');
  await expect(markOf('Build')).toHaveAttribute('data-kind', 'renamed');
  await expect(markOf('Build')).toHaveText('renamed from Compile');
  await expect(markOf('Approve')).toHaveText('added');
  await expect(markOf('Deploy')).toHaveAttribute('data-kind', 'changed');
  await expect(markOf('Source')).toHaveCount(0);
  const ghost = page.getByTestId('ghost-action');
  await expect(ghost).toHaveCount(1);
  await expect(ghost).toHaveAttribute('data-action-name', 'Lint');
  await expect(ghost).toContainText('removed');
  expect(await axeViolations(page), 'compare mode: bar, marks, ghost').toEqual([]);

  // The changes list beside the problems list; a click selects the element and shows old and new.
  const rows = page.getByRole('list', { name: 'Changes list' }).getByTestId('change-row');
  await expect(rows).toHaveCount(5);
  await rows.filter({ hasText: 'ServiceName' }).click();
  const field = inspector(page).locator('[data-testid="compare-field"][data-field="/configuration/ServiceName"]');
  await expect(field.getByTestId('old-value')).toHaveText('api');
  await expect(field.getByTestId('new-value')).toHaveText('web');
  await expect(actionNode(page, 'Deploy')).toHaveClass(/is-selected/);
  await docsScreenshot(page, 'compare-mode.png');
  expect(await axeViolations(page), 'compare mode: changes list and old and new values').toEqual([]);

  // A ghost is clickable too: its stage is selected and the inspector shows what was removed.
  await ghost.click();
  const removed = inspector(page).locator('[data-testid="compare-field"][data-field=""]');
  await expect(removed.getByTestId('old-value')).toContainText('shop-lint');
  await expect(removed.getByTestId('new-value')).toHaveText('(absent)');

  // Copy the markdown: risks first, then changes by stage.
  await bar.getByRole('button', { name: 'Copy markdown' }).click();
  await expect(bar.getByRole('status')).toHaveText('Copied');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toMatch(/^### Pipeline changes: the pasted text → shop-release/);
  expect(markdown.indexOf('#### Risks')).toBeLessThan(markdown.indexOf('#### Changes'));
  expect(markdown).toContain('`pipeline-role-changed`');
  expect(markdown).toContain("**Stage 'Prod'**");

  // Nothing changed the document so far; reverting one change is an edit the diff follows.
  await expect(actionNode(page, 'Build')).toBeVisible();
  await rows.filter({ hasText: 'ServiceName' }).click();
  await field.getByRole('button', { name: 'Revert this change' }).click();
  await expect(rows).toHaveCount(4);
  await expect(markOf('Deploy')).toHaveCount(0);

  // Leaving compare mode returns to editing: no marks, no ghosts, the document as it now is.
  await bar.getByRole('button', { name: 'Leave compare' }).click();
  await expect(page.getByTestId('compare-bar')).toHaveCount(0);
  await expect(page.getByTestId('compare-mark')).toHaveCount(0);
  await expect(page.getByTestId('ghost-action')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: /Changes/ })).toHaveCount(0);
  await expect(actionNode(page, 'Build')).toBeVisible();
  await expect(actionNode(page, 'Approve')).toBeVisible();
});

test('compare with the document as imported after an edit on the canvas', async ({ page }) => {
  await page.goto('/');
  const review = await importFile(page, imported);
  await review.getByRole('button', { name: 'Done' }).click();
  // Rename an action through its inspector form.
  await actionNode(page, 'Deploy').click();
  const name = inspector(page).getByLabel('Action name', { exact: true });
  await name.fill('DeployWeb');
  await name.blur();
  await expect(actionNode(page, 'DeployWeb')).toBeVisible();

  await page.getByRole('button', { name: 'Compare…' }).click();
  await page
    .getByRole('dialog', { name: 'Compare with another version' })
    .getByRole('button', { name: /As imported/ })
    .click();
  await expect(page.getByTestId('compare-count')).toHaveText('1 change');
  await expect(actionNode(page, 'DeployWeb').getByTestId('compare-mark')).toHaveText('renamed from Deploy');
});

test('compare with a file in another format: the same pipeline as Terraform is no change', async ({ page }) => {
  const terraform = fileURLToPath(new URL('../packages/cli/test/fixtures/diff/pipeline.tf', import.meta.url));
  await page.goto('/');
  const review = await importFile(page, imported);
  await review.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Compare…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with another version' });
  await dialog.getByLabel('Version file').setInputFiles(terraform);
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('compare-bar')).toContainText('pipeline.tf');
  await expect(page.getByTestId('compare-count')).toHaveText('no change');
  await expect(page.getByTestId('compare-mark')).toHaveCount(0);
  await expect(page.getByTestId('ghost-action')).toHaveCount(0);
});
