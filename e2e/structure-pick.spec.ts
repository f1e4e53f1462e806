// Picking the branch of an Fn::If condition (issue 15): the canvas draws the picked branch,
// the Export dialog's JSON holds it with a warning naming the element, the condition and the
// branch, CloudFormation keeps the whole Fn::If, undo takes the pick back, and the inspector
// of a conditional action has the same switch.
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.js';
import { actionNode, importFile } from './panels-helpers.js';

const fixture = fileURLToPath(new URL('../packages/export/test/structural/conditional.yaml', import.meta.url));

test('picking IsProd false draws the Smoke stage, and the JSON export writes it; undo restores SignOff', async ({
  page,
}) => {
  await page.goto('/');
  const review = await importFile(page, fixture);
  await review.getByRole('button', { name: 'Done' }).click();
  // Lanes off screen are not rendered, and Fit View stops at a readable zoom: zoom out to show all four.
  await page.getByRole('button', { name: /zoom out/i }).click({ clickCount: 3 });

  const lane = (name: string) => page.locator(`[data-testid="stage-lane"][data-stage-name="${name}"]`);
  await expect(lane('SignOff')).toBeVisible();
  const picker = lane('SignOff').getByRole('group', { name: 'Branch of IsProd for the API JSON' });
  await expect(picker.getByRole('button', { name: 'IsProd true' })).toHaveAttribute('aria-pressed', 'true');
  await picker.getByRole('button', { name: 'IsProd false' }).click();

  // The canvas draws the else branch: the Smoke stage with its action, and the dev bucket.
  await expect(lane('Smoke')).toBeVisible();
  await expect(lane('SignOff')).toHaveCount(0);
  await expect(actionNode(page, 'SmokeTest')).toBeVisible();
  await expect(lane('Smoke').getByTestId('structure-branches')).toContainText('then: SignOff');
  // Every Fn::If on IsProd follows: Audit is absent when IsProd is false, so it reads as left out.
  const audit = actionNode(page, 'Audit');
  await expect(audit.getByRole('button', { name: 'IsProd false' })).toHaveAttribute('aria-pressed', 'true');
  await expect(audit.getByTestId('structure-branches')).toContainText('left out of the API JSON');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('tab', { name: 'JSON', exact: true }).click();
  const json = dialog.getByLabel('JSON preview');
  await expect(json).toContainText('"Smoke"');
  await expect(json).not.toContainText('"SignOff"');
  await expect(json).not.toContainText('"Audit"');
  await expect(json).toContainText('web-dev-111122223333');
  const warnings = dialog.getByRole('region', { name: 'Export warnings' });
  await expect(warnings).toContainText('stage "Smoke"');
  await expect(warnings).toContainText('picked else branch (IsProd false)');
  // CloudFormation still gets the whole Fn::If, both branches.
  await dialog.getByRole('tab', { name: 'CloudFormation', exact: true }).click();
  const template = dialog.getByLabel('CloudFormation preview');
  await expect(template).toContainText('SignOff');
  await expect(template).toContainText('Smoke');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The pick is an edit: undo takes it back.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+z');
  await expect(lane('SignOff')).toBeVisible();
  await expect(lane('Smoke')).toHaveCount(0);
  await expect(lane('SignOff').getByRole('button', { name: 'IsProd true' })).toHaveAttribute('aria-pressed', 'true');

  // The inspector of a conditional action offers the same switch.
  const checkout = actionNode(page, 'Checkout');
  await checkout.getByTestId('action-name').click();
  const inspector = page.getByTestId('inspector-branches');
  await expect(inspector.getByRole('button', { name: 'UseS3 true' })).toHaveAttribute('aria-pressed', 'true');
  await inspector.getByRole('button', { name: 'UseS3 false' }).click();
  await expect(checkout.getByRole('button', { name: 'UseS3 false' })).toHaveAttribute('aria-pressed', 'true');
  await expect(checkout.getByTestId('structure-branches')).toContainText('actionTypeId then: S3 (Source)');
});
