// The Export dialog's CDK tab offers L2 constructs (issue 15): codepipeline.Pipeline with
// Artifact objects instead of the CfnPipeline stack, and back.
import { expect, test } from './fixtures.js';

test('the CDK tab writes codepipeline.Pipeline when L2 is chosen', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New from template' }).click();
  await page
    .getByRole('dialog', { name: 'New from template' })
    .getByRole('button', { name: /Standard CI\/CD/i })
    .click();
  await expect(page.getByTestId('action-node').first()).toBeVisible();

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('tab', { name: 'CDK', exact: true }).click();
  const preview = dialog.getByLabel('CDK preview');
  await expect(preview).toContainText('new codepipeline.CfnPipeline(this');

  const constructs = dialog.getByLabel('Constructs');
  await constructs.selectOption('l2');
  await expect(preview).toContainText('new codepipeline.Pipeline(this');
  await expect(preview).toContainText("new codepipeline.Artifact('source_output')");
  await expect(preview).not.toContainText('CfnPipeline(this');
  await expect(dialog.getByRole('button', { name: /Download .*-stack\.ts/ })).toBeVisible();

  await constructs.selectOption('l1');
  await expect(preview).toContainText('new codepipeline.CfnPipeline(this');
  // Only the CDK tab has the choice.
  await dialog.getByRole('tab', { name: 'Terraform', exact: true }).click();
  await expect(dialog.getByLabel('Constructs')).toHaveCount(0);
});
