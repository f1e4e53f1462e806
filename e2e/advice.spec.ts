// Advice that is right (issue 18, items 7 and 9-12): no "run in parallel" against a template's
// stated order, one "replace this placeholder" per value (its field focused on click), a fix keeps
// the keyboard in the list, accounts decided by an expression are said so, enumerated
// configuration values are offered, and an empty field is one "required" error.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { actionNode, inspector } from './panels-helpers.js';

const problemList = (page: Page) => page.getByRole('list', { name: 'Problems list' });

async function fromTemplate(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'New from template' }).click();
  await page.getByRole('dialog', { name: 'New from template' }).getByRole('button', { name }).click();
  await expect(page.getByTestId('action-node').first()).toBeVisible();
}

test('templates get no parallel advice against their stated order, and one placeholder problem per value', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  for (const name of [/Feature branch/i, /Secure pipeline/i]) {
    await fromTemplate(page, name);
    await expect(problemList(page).locator('li[data-rule-id="placeholder"]').first()).toBeVisible();
    await expect(problemList(page).locator('li[data-rule-id="parallelizable-actions"]')).toHaveCount(0);
  }

  await fromTemplate(page, /Standard CI\/CD/i);
  // The placeholder values say "replace this placeholder", nothing else.
  await expect(problemList(page).locator('li[data-rule-id="role-arn-format"]')).toHaveCount(0);
  await expect(problemList(page).locator('li[data-rule-id="artifact-store-valid"]')).toHaveCount(0);
  // The KMS key placeholder is flagged, and clicking it focuses the key field.
  const kms = problemList(page).locator('li[data-rule-id="placeholder"]').filter({ hasText: '<your-kms-key-arn>' });
  await expect(kms).toHaveCount(1);
  await kms.locator('.pw-problem-main').click();
  await expect(inspector(page).getByLabel('KMS key (ARN, id or alias)')).toBeFocused();
});

test('a fix lowers the problem count and keeps the keyboard in the problems list', async ({ page }) => {
  await page.goto('/');
  await fromTemplate(page, /Standard CI\/CD/i);
  // Make a fixable problem: a run order out of range.
  await actionNode(page, 'BuildApplication').click();
  const runOrder = inspector(page).getByLabel('Run order');
  await runOrder.fill('1000');
  await runOrder.press('Enter');
  const count = page.locator('.pw-dock-count');
  const before = Number(await count.textContent());
  const fix = problemList(page).locator('li[data-rule-id="run-order-range"] .pw-quick-fix');
  await fix.focus();
  await page.keyboard.press('Enter');
  await expect(problemList(page).locator('li[data-rule-id="run-order-range"]')).toHaveCount(0);
  await expect.poll(async () => Number(await count.textContent())).toBeLessThan(before);
  await expect(problemList(page).locator('.pw-problem-main:focus')).toHaveCount(1);
});

const CROSS_ACCOUNT_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  DevAccountId: { Type: String }
  ProdAccountId: { Type: String }
Resources:
  Pipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      Name: cross-account-by-parameters
      RoleArn: !GetAtt PipelineRole.Arn
      ArtifactStore: { Type: S3, Location: my-artifacts }
      Stages:
        - Name: Source
          Actions:
            - Name: Checkout
              ActionTypeId: { Category: Source, Owner: AWS, Provider: S3, Version: '1' }
              Configuration: { S3Bucket: my-src, S3ObjectKey: src.zip, PollForSourceChanges: 'false' }
              OutputArtifacts: [{ Name: src }]
        - Name: Deploy
          Actions:
            - Name: DeployDev
              ActionTypeId: { Category: Deploy, Owner: AWS, Provider: CloudFormation, Version: '1' }
              RoleArn: !Sub arn:aws:iam::\${DevAccountId}:role/PipelineDeploy
              Configuration:
                ActionMode: CREATE_UPDATE
                StackName: app
                TemplatePath: src::template.yaml
                RoleArn: !Sub arn:aws:iam::\${DevAccountId}:role/CloudFormation
              InputArtifacts: [{ Name: src }]
            - Name: DeployProd
              RunOrder: 2
              ActionTypeId: { Category: Deploy, Owner: AWS, Provider: CloudFormation, Version: '1' }
              RoleArn: !Sub arn:aws:iam::\${ProdAccountId}:role/PipelineDeploy
              Configuration:
                ActionMode: CREATE_UPDATE
                StackName: app
                TemplatePath: src::template.yaml
                RoleArn: !Sub arn:aws:iam::\${ProdAccountId}:role/CloudFormation
              InputArtifacts: [{ Name: src }]
`;

test('accounts decided by an expression are said so in "Where it runs" and on the cards', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Import a pipeline' })
    .getByLabel('Pipeline file')
    .setInputFiles({ name: 'cross-account.yaml', mimeType: 'text/yaml', buffer: Buffer.from(CROSS_ACCOUNT_TEMPLATE) });
  const review = page.getByRole('dialog');
  await expect(review.getByTestId('review-where')).toContainText('Account decided by an expression');
  await expect(review).toContainText('${DevAccountId} (decided by an expression)');
  await expect(review.getByTestId('review-where')).not.toContainText('one account');
  await review.getByRole('button', { name: 'Done' }).click();
  await expect(actionNode(page, 'DeployDev').locator('.pw-action-location')).toHaveText('account: ${DevAccountId}');
  await expect(actionNode(page, 'DeployProd').locator('.pw-action-location')).toHaveText('account: ${ProdAccountId}');
});

test('enumerated values are offered, and an empty field is one "required" error', async ({ page }) => {
  await page.goto('/');
  await fromTemplate(page, /Multi-account/i);
  await actionNode(page, 'DeployDevAccount').click();
  const mode = inspector(page).getByLabel('ActionMode', { exact: true });
  const options = await mode.evaluate((input) =>
    [...((input as HTMLInputElement).list?.options ?? [])].map((o) => o.value),
  );
  expect(options).toEqual([
    'CHANGE_SET_EXECUTE',
    'CHANGE_SET_REPLACE',
    'CREATE_UPDATE',
    'DELETE_ONLY',
    'REPLACE_ON_FAILURE',
  ]);
  const capabilities = inspector(page).getByLabel('Capabilities', { exact: true });
  expect(await capabilities.evaluate((input) => (input as HTMLInputElement).list?.options.length ?? 0)).toBeGreaterThan(
    2,
  );

  // Emptying the CloudFormation RoleArn (the field removes the key): one error at that field, not two.
  const roleField = inspector(page).getByLabel('RoleArn', { exact: true });
  await roleField.fill('');
  await roleField.press('Tab');
  const field = inspector(page).locator('[data-pointer$="/configuration/RoleArn"]');
  await expect(field.locator('.pw-diagnostic')).toHaveCount(1);

  // An emptied ActionMode: one error (required), not also "not one of".
  await mode.fill('');
  await mode.press('Tab');
  const modeField = inspector(page).locator('[data-pointer$="/configuration/ActionMode"]');
  await expect(modeField.locator('.pw-diagnostic')).toHaveCount(1);
});
