// The export dialog: a tab per target with its text, warnings and the monitoring option.
import { expect, test } from './fixtures.js';
import { fixtureFile, docsScreenshot, importFile } from './panels-helpers.js';

const TARGETS: { tab: string; shows: string | RegExp }[] = [
  { tab: 'Terraform', shows: 'resource "aws_codepipeline"' },
  { tab: 'Terraform JSON', shows: '"aws_codepipeline"' },
  { tab: 'CDK', shows: /codepipeline/i },
  { tab: 'CloudFormation', shows: 'AWS::CodePipeline::Pipeline' },
  { tab: 'CloudFormation JSON', shows: '"AWS::CodePipeline::Pipeline"' },
  { tab: 'JSON', shows: '"storefront-release"' },
];

test('the export dialog shows each target’s text, its warnings, and monitoring on demand', async ({ page }) => {
  await page.goto('/');
  const review = await importFile(page, fixtureFile('json/01-needs-work.json'));
  await review.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  for (const { tab, shows } of TARGETS) {
    await dialog.getByRole('tab', { name: tab, exact: true }).click();
    await expect(dialog.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(dialog.getByLabel(`${tab} preview`)).toContainText(shows);
  }

  // The GitHub token is a literal secret: the IaC targets lift it out and say so.
  await dialog.getByRole('tab', { name: 'Terraform', exact: true }).click();
  await expect(dialog.getByRole('region', { name: 'Export warnings' })).toBeVisible();

  // Monitoring adds an EventBridge rule.
  await dialog.getByRole('tab', { name: 'CloudFormation', exact: true }).click();
  const preview = dialog.getByLabel('CloudFormation preview');
  await expect(preview).not.toContainText('AWS::Events::Rule');
  await dialog.getByRole('checkbox', { name: /Add monitoring/ }).check();
  await expect(preview).toContainText('AWS::Events::Rule');
  await docsScreenshot(page, 'export-dialog.png');

  // Arrow keys move between tabs; Escape closes.
  await dialog.getByRole('tab', { name: 'CloudFormation', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('tab', { name: 'CloudFormation JSON' })).toBeFocused();
  await expect(dialog.getByLabel('CloudFormation JSON preview')).toContainText('"AWS::Events::Rule"');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('download saves the previewed text under the target’s file name', async ({ page }) => {
  await page.goto('/');
  const review = await importFile(page, fixtureFile('json/01-needs-work.json'));
  await review.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('tab', { name: 'CloudFormation', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /^Download / }).click(),
  ]);
  const text = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(text).toString('utf8')).toContain('AWS::CodePipeline::Pipeline');
  expect(download.suggestedFilename()).toMatch(/\.(ya?ml|template)$/);
});
