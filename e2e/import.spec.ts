// Import journeys: failures say what and where and leave the pipeline alone; a file with several
// pipelines lets the user pick; drop and paste import too; a 20 MB file is refused at once.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { actionNode, corpusFile, fixtureFile, importFile } from './panels-helpers.js';

const stage = (name: string, actions: object[]) => ({ Name: name, Actions: actions });
const cfnPipeline = (name: string) => ({
  Type: 'AWS::CodePipeline::Pipeline',
  Properties: {
    Name: name,
    RoleArn: 'arn:aws:iam::123456789012:role/pipeline',
    ArtifactStore: { Type: 'S3', Location: 'artifact-bucket' },
    Stages: [
      stage('Source', [
        {
          Name: `${name}-source`,
          ActionTypeId: { Category: 'Source', Owner: 'AWS', Provider: 'S3', Version: '1' },
          Configuration: { S3Bucket: 'source-bucket', S3ObjectKey: 'app.zip' },
          OutputArtifacts: [{ Name: 'src' }],
        },
      ]),
      stage('Build', [
        {
          Name: `${name}-build`,
          ActionTypeId: { Category: 'Build', Owner: 'AWS', Provider: 'CodeBuild', Version: '1' },
          Configuration: { ProjectName: 'build' },
          InputArtifacts: [{ Name: 'src' }],
        },
      ]),
    ],
  },
});
const twoPipelines = JSON.stringify(
  {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: { Frontend: cfnPipeline('frontend'), Backend: cfnPipeline('backend') },
  },
  null,
  2,
);

async function startWithCorpusPipeline(page: Page): Promise<void> {
  await page.goto('/');
  const review = await importFile(page, fixtureFile('json/01-needs-work.json'));
  await review.getByRole('button', { name: 'Done' }).click();
  await expect(actionNode(page, 'Checkout')).toBeVisible();
}

test('a broken file says what is wrong and where, and leaves the pipeline untouched', async ({ page }) => {
  await startWithCorpusPipeline(page);
  // A get-pipeline dump pasted without its opening brace.
  const dialog = await importFile(page, fixtureFile('json/05-missing-brace.json'));
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Could not import 05-missing-brace.json: line 1, column 11');
  await expect(alert).toContainText('Your current pipeline is unchanged.');
  await expect(alert.locator('pre')).toContainText('^');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(actionNode(page, 'Checkout')).toBeVisible();
  await expect(page.getByTestId('stage-lane')).toHaveCount(2);
});

test('an import is one undoable step', async ({ page }) => {
  await startWithCorpusPipeline(page);
  const dialog = await importFile(page, fixtureFile('json/03-missing-deploy-role.json'));
  await expect(dialog).toHaveAccessibleName('Import review');
  await expect(page.locator('.pw-doc-name')).toHaveText('photo-resizer');
  await dialog.getByRole('button', { name: 'Undo import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.pw-doc-name')).toHaveText('storefront-release');
  await expect(
    page.getByRole('list', { name: 'Problems list' }).locator('code:text-is("role-arn-format")'),
  ).toHaveCount(1);
});

test('a template with several pipelines lets the user pick one', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a pipeline' });
  await dialog
    .getByLabel('Pipeline file')
    .setInputFiles({ name: 'two.template.json', mimeType: 'application/json', buffer: Buffer.from(twoPipelines) });
  await expect(dialog).toContainText('two.template.json holds 2 pipelines: which one?');
  await dialog.getByRole('button', { name: 'Backend' }).click();
  const review = page.getByRole('dialog', { name: 'Import review' });
  await expect(review).toContainText('(CloudFormation)');
  await review.getByRole('button', { name: 'Done' }).click();
  await expect(actionNode(page, 'backend-build')).toBeVisible();
});

test('pasting a pipeline onto the page imports it', async ({ page }) => {
  await page.goto('/');
  await page.locator('body').click({ position: { x: 600, y: 300 } });
  const text = readFileSync(fixtureFile('json/03-missing-deploy-role.json'), 'utf8');
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  }, text);
  const review = page.getByRole('dialog', { name: 'Import review' });
  await expect(review).toContainText('from pasted text');
  await review.getByRole('button', { name: 'Done' }).click();
  await expect(actionNode(page, 'Upload')).toBeVisible();
});

test('a file dropped on the window is imported', async ({ page }) => {
  await page.goto('/');
  const text = readFileSync(fixtureFile('json/01-needs-work.json'), 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    return data;
  }, text);
  await page.dispatchEvent('.pw-app', 'drop', { dataTransfer });
  const review = page.getByRole('dialog', { name: 'Import review' });
  await expect(review).toContainText('dropped.json');
  await review.getByRole('button', { name: 'Done' }).click();
  await expect(actionNode(page, 'Compile')).toBeVisible();
});

test('a 20 MB file is refused with a clear message and the page stays responsive', async ({ page }) => {
  await startWithCorpusPipeline(page);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a pipeline' });
  const huge = Buffer.alloc(20 * 1024 * 1024, ' ');
  await dialog
    .getByLabel('Pipeline file')
    .setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: huge });
  await expect(dialog.getByRole('alert')).toContainText('huge.json is 20.0 MB; Pipewright imports files up to 5.0 MB');
  // The page still answers at once: a click closes the dialog and the pipeline is intact.
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(actionNode(page, 'Checkout')).toBeVisible();
});

test('the import dialog traps focus and closes on Escape', async ({ page }) => {
  await page.goto('/');
  const opener = page.getByRole('button', { name: 'Import', exact: true });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Import a pipeline' });
  await expect(dialog.getByRole('button', { name: 'Open a file…' })).toBeFocused();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test.describe('Terraform in the import worker', () => {
  // The HCL parser is WASM, started in the import worker on the first Terraform file
  // (panels/import/terraform-parser.ts); the production CSP allows it with 'wasm-unsafe-eval'.
  test('a Terraform file with two pipelines is parsed in the worker and one is picked', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a pipeline' });
    await dialog.getByLabel('Pipeline file').setInputFiles(fixtureFile('tf/01-expressions.tf'));
    await expect(dialog).toContainText('01-expressions.tf holds 2 pipelines: which one?');
    await dialog.getByRole('listitem').first().getByRole('button').click();
    const review = page.getByRole('dialog', { name: 'Import review' });
    await expect(review).toContainText('(Terraform)');
    await review.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByTestId('stage-lane').first()).toBeVisible();
  });
});

test('real pipelines of the shared corpus import in the browser', { tag: '@corpus' }, async ({ page }) => {
  await page.goto('/');
  // API JSON with problems: reviewed, then drawn.
  const review = await importFile(page, corpusFile('json/015.json'));
  await expect(review.getByTestId('review-stages')).toHaveText('2');
  await expect(review).toContainText('role-arn-format');
  await review.getByRole('button', { name: 'Done' }).click();
  await expect(actionNode(page, 'SourceAction')).toBeVisible();
  // A get-pipeline dump missing its opening brace: what and where, nothing changed.
  const broken = await importFile(page, corpusFile('json/027.json'));
  await expect(broken.getByRole('alert')).toContainText('Could not import 027.json: line 1, column 13');
  await page.keyboard.press('Escape');
  await expect(actionNode(page, 'SourceAction')).toBeVisible();
  // CloudFormation YAML, parsed in the import worker.
  const cfn = await importFile(page, corpusFile('cfn/001.yaml'));
  await expect(cfn).toContainText('(CloudFormation)');
  await cfn.getByRole('button', { name: 'Done' }).click();
  // Terraform with two pipelines: the user picks one.
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a pipeline' });
  await dialog.getByLabel('Pipeline file').setInputFiles(corpusFile('tf/057.tf'));
  await expect(dialog).toContainText('057.tf holds 2 pipelines: which one?');
  await dialog.getByRole('listitem').first().getByRole('button').click();
  const tf = page.getByRole('dialog', { name: 'Import review' });
  await expect(tf).toContainText('(Terraform)');
  await tf.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('stage-lane').first()).toBeVisible();
});
