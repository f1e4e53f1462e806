// Structure the source decides (issue 15 bullets 1-2): a CloudFormation template with Fn::If
// around an action type, a configuration, an action and a stage, and a Terraform file with a
// dynamic stage template, a dynamic action and for_each on the resource. The canvas shows a
// badge and the other branch (or the template's rule), and the import review says so too.
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.js';
import { actionNode, importFile } from './panels-helpers.js';

const fixture = (name: string) => fileURLToPath(new URL(`../packages/export/test/structural/${name}`, import.meta.url));

test('Fn::If: the canvas draws each conditional with its condition and its other branch', async ({ page }) => {
  await page.goto('/');
  const review = await importFile(page, fixture('conditional.yaml'));
  await expect(review.getByTestId('review-structure')).toContainText('/stages/2');
  await review.getByRole('button', { name: 'Done' }).click();

  const checkout = actionNode(page, 'Checkout');
  await expect(checkout.getByTestId('structure-badge')).toContainText('If UseS3');
  await expect(checkout.getByTestId('structure-branches')).toContainText('actionTypeId else: CodeCommit (Source)');
  await expect(actionNode(page, 'Audit').getByTestId('structure-branches')).toContainText('else: absent');
  // Lanes off screen are not rendered, and Fit View stops at a readable zoom: zoom out to show all four.
  await page.getByRole('button', { name: /zoom out/i }).click({ clickCount: 3 });
  const signOff = page.locator('[data-testid="stage-lane"][data-stage-name="SignOff"]');
  await expect(signOff.getByTestId('structure-badge')).toContainText('If IsProd');
  await expect(signOff.getByTestId('structure-branches')).toContainText('else: Smoke');
  // The valid template gets no false error from a branch it does not show.
  await expect(page.getByTestId('problem-marker').and(page.locator('[data-severity="error"]'))).toHaveCount(0);
});

test('Terraform dynamic blocks: a stage template with its for_each, and the repeating resource', async ({ page }) => {
  await page.goto('/');
  const review = await importFile(page, fixture('dynamic.tf'));
  await expect(review.getByTestId('review-structure')).toContainText('decides how many stages there are');
  await review.getByRole('button', { name: 'Done' }).click();

  const template = page.locator('[data-testid="stage-lane"]').filter({ hasText: 'dynamic "stage"' });
  await expect(template.getByTestId('structure-branches')).toContainText(
    'for_each = ${var.environments} decides how many stages there are',
  );
  await expect(actionNode(page, 'Upload')).toBeVisible();
  await expect(actionNode(page, 'Audit').getByTestId('structure-badge')).toContainText('If var.run_audit');
  await expect(page.getByTestId('repeat-banner')).toContainText('for_each = ${var.branches}');
});
