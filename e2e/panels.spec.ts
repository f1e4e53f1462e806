// The inspector, the problems panel and the import review on a pipeline that has problems (the team's
// fixture json/01-needs-work.json: placeholder role and bucket, a GitHub v1 source with a literal token).
import { expect, test } from './fixtures.js';
import { actionNode, fixtureFile, docsScreenshot, importFile, inspector, problemRows } from './panels-helpers.js';

test('an imported corpus pipeline is drawn, reviewed and its problems lead to their fields', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 960 });
  await page.goto('/');
  const review = await importFile(page, fixtureFile('json/01-needs-work.json'));
  await expect(review).toHaveAccessibleName('Import review');
  await expect(review.getByTestId('review-stages')).toHaveText('2');
  await expect(review.getByTestId('review-actions')).toHaveText('2');
  await expect(review.getByTestId('review-errors')).toHaveText('2');
  await expect(review).toContainText('role-arn-format');
  await expect(review).toContainText('(line 4');
  await docsScreenshot(page, 'import-review.png');
  await review.getByRole('button', { name: 'Done' }).click();
  await expect(review).toBeHidden();

  // Stages, actions and the artifact edge are drawn.
  await expect(page.getByTestId('stage-lane')).toHaveCount(2);
  await expect(actionNode(page, 'Checkout')).toBeVisible();
  await expect(actionNode(page, 'Compile')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // The problems panel lists the validator's rule ids.
  const rows = problemRows(page);
  for (const ruleId of ['artifact-store-valid', 'role-arn-format', 'plaintext-secret', 'source-polling']) {
    await expect(rows.filter({ has: page.locator(`code:text-is("${ruleId}")`) })).toHaveCount(1);
  }
  await docsScreenshot(page, 'problems-panel.png');

  // Filtering by severity hides the warnings.
  await page.getByRole('button', { name: /^Warnings: / }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: /^Warnings: / }).click();

  // A problem inside an action selects its node and focuses its field in the inspector.
  await rows.filter({ hasText: 'plaintext-secret' }).getByRole('button').first().click();
  await expect(actionNode(page, 'Checkout')).toHaveClass(/is-selected/);
  await expect(inspector(page).getByLabel('OAuthToken', { exact: true })).toBeFocused();

  // A pipeline-level problem focuses the pipeline's field, with the diagnostic beneath it.
  await rows.filter({ hasText: 'role-arn-format' }).getByRole('button').first().click();
  const role = inspector(page).getByLabel('Service role ARN', { exact: true });
  await expect(role).toBeFocused();
  await expect(role).toHaveAttribute('aria-invalid', 'true');
  await expect(inspector(page).locator('[data-pointer="/roleArn"] .pw-diagnostic')).toContainText('role-arn-format');
  await docsScreenshot(page, 'inspector-field-diagnostic.png');

  // Quick fix: the source-polling rule offers one; applying it removes the warning.
  await rows
    .filter({ hasText: 'source-polling' })
    .getByRole('button', { name: /^Fix: / })
    .click();
  await expect(rows.filter({ hasText: 'source-polling' })).toHaveCount(0);
});

test('editing an action in the inspector re-validates at once', async ({ page }) => {
  await page.goto('/');
  const review = await importFile(page, fixtureFile('json/03-missing-deploy-role.json'));
  await review.getByRole('button', { name: 'Done' }).click();
  const rows = problemRows(page);
  await expect(rows.filter({ hasText: 'action-config-required' })).toHaveCount(1);
  // The third stage may be off the canvas's view: select the action from its problem.
  await rows.filter({ hasText: 'action-config-required' }).getByRole('button').first().click();
  const field = inspector(page).getByLabel('RoleArn', { exact: true });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('arn:aws:iam::168116352293:role/cfn-deployer');
  await field.press('Enter');
  await expect(rows.filter({ hasText: 'action-config-required' })).toHaveCount(0);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  // Undo brings the problem back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows.filter({ hasText: 'action-config-required' })).toHaveCount(1);
});

test.describe('panel error boundaries', () => {
  // One pattern: a two-element array would read as Playwright's [value, options] fixture tuple.
  test.use({ allowedConsoleErrors: [/deliberate crash of the inspector panel|The above error occurred/] });
  test('an error inside the inspector stays in the inspector; the document is intact and undoable', async ({
    page,
  }) => {
    await page.goto('/');
    const review = await importFile(page, fixtureFile('json/01-needs-work.json'));
    await review.getByRole('button', { name: 'Done' }).click();
    await page.goto('/?crash=inspector');
    const alert = inspector(page).getByRole('alert');
    await expect(alert).toContainText('The inspector failed: deliberate crash of the inspector panel');
    await expect(alert).toContainText('Your pipeline is intact');
    await expect(actionNode(page, 'Compile')).toBeVisible();
    // The rest of the editor works, and so does undo.
    const rows = problemRows(page);
    await rows
      .filter({ hasText: 'source-polling' })
      .getByRole('button', { name: /^Fix: / })
      .click();
    await expect(rows.filter({ hasText: 'source-polling' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(rows.filter({ hasText: 'source-polling' })).toHaveCount(1);
  });
});

test('new from a template replaces the pipeline in one undoable step', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New from template' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from template' });
  // Blank plus the design's seven patterns.
  await expect(dialog.getByRole('listitem')).toHaveCount(8);
  const before = await page.locator('.pw-doc-name').textContent();
  await dialog.getByRole('button', { name: /Standard CI\/CD/i }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('action-node').first()).toBeVisible();
  await expect(page.locator('.pw-doc-name')).not.toHaveText(before ?? '');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.pw-doc-name')).toHaveText(before ?? '');
});
