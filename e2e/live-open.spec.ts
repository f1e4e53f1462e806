// `pipewright open NAME` hands a pulled pipeline to the designer in the URL fragment: the import
// review shows it, and Export offers the exact `pipewright push` command, copied to the clipboard.
import { deflateRawSync } from 'node:zlib';
import { expect, test } from './fixtures.js';
import { actionNode } from './panels-helpers.js';

/** What GetPipeline answered, as `pipewright pull` writes it. */
const pulled = {
  pipeline: {
    name: 'release',
    roleArn: 'arn:aws:iam::123456789012:role/release-pipeline',
    artifactStore: { type: 'S3', location: 'release-artifacts' },
    stages: [
      {
        name: 'Source',
        actions: [
          {
            name: 'Checkout',
            actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
            configuration: { S3Bucket: 'release-source', S3ObjectKey: 'app.zip', PollForSourceChanges: 'false' },
            outputArtifacts: [{ name: 'src' }],
          },
        ],
      },
      {
        name: 'Build',
        actions: [
          {
            name: 'Compile',
            actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
            configuration: { ProjectName: 'release-build' },
            inputArtifacts: [{ name: 'src' }],
          },
        ],
      },
    ],
    version: 4,
  },
  metadata: { pipelineArn: 'arn:aws:codepipeline:eu-west-1:123456789012:release' },
};

/** The fragment packages/cli/src/live/designer-link.ts writes. */
function pulledFragment(text: string, file: string, aws: string): string {
  const data = deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url');
  return `#${new URLSearchParams({ pulled: data, file, aws }).toString()}`;
}

test('a pipeline opened by pipewright open shows the import review, and Export copies the push command', async ({
  page,
  context,
  requests,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/${pulledFragment(JSON.stringify(pulled, null, 2), 'release.json', '--region eu-west-1')}`);

  const review = page.getByRole('dialog', { name: 'Import review' });
  await expect(review).toContainText('release.json');
  // The fragment is gone, so a reload does not import it again; it never reached the server.
  expect(new URL(page.url()).hash).toBe('');
  expect(requests.some((request) => request.url.includes('pulled='))).toBe(false);
  await review.getByRole('button', { name: 'Done' }).click();
  await expect(actionNode(page, 'Compile')).toBeVisible();

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('tab', { name: 'JSON', exact: true }).click();
  const push = dialog.getByRole('group', { name: 'Push with the CLI' });
  await expect(push.locator('code')).toHaveText('pipewright push release.json --region eu-west-1');
  await push.getByRole('button', { name: 'Copy push command' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'pipewright push release.json --region eu-west-1',
  );

  // Every format push reads has the command (CDK is TypeScript, which push cannot read).
  await dialog.getByRole('tab', { name: 'Terraform', exact: true }).click();
  await expect(push.locator('code')).toHaveText('pipewright push release.tf --region eu-west-1');
  await dialog.getByRole('tab', { name: 'CDK', exact: true }).click();
  await expect(dialog.getByRole('group', { name: 'Push with the CLI' })).toHaveCount(0);
});
