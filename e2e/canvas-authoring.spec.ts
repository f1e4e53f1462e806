// Authoring a pipeline from blank on the canvas, with real mouse gestures: palette drops
// (HTML5 drag and drop), handle-to-handle connections and node drags (React Flow pointer events).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

const node = (page: Page, name: string): Locator =>
  page.locator(`[data-testid="action-node"][data-action-name="${name}"]`);
const paletteItem = (page: Page, provider: string, category: string): Locator =>
  page.getByRole('button', { name: `Add ${provider} ${category} action`, exact: true });
const errorCount = (page: Page): Locator => page.getByTestId('problem-summary');
/** The Terraform the authored pipeline must export to (`UPDATE_GOLDEN=1` rewrites it). */
const AUTHORED_GOLDEN = fileURLToPath(new URL('./golden/authored-from-blank.tf', import.meta.url));

async function connect(page: Page, from: string, to: string): Promise<void> {
  await node(page, from)
    .locator('.react-flow__handle.source')
    .dragTo(node(page, to).locator('.react-flow__handle.target'));
}

/** Types a value into an inspector field and commits it (Enter), as a user would. */
async function fill(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByRole('complementary', { name: 'Inspector panel' }).getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

test('author a source, build and deploy pipeline from blank by drag and drop', async ({ page }) => {
  await page.goto('/');
  const addStage = page.getByTestId('add-stage-lane');
  await expect(addStage).toContainText('Drag an action here');

  // Three drops past the last stage make three stages.
  await paletteItem(page, 'S3', 'Source').dragTo(addStage);
  await expect(node(page, 'S3')).toBeVisible();
  await paletteItem(page, 'CodeBuild', 'Build').dragTo(addStage);
  await paletteItem(page, 'CodeDeploy', 'Deploy').dragTo(addStage);
  await expect(page.getByTestId('stage-lane')).toHaveCount(3);
  await expect(page.getByTestId('stage-lane').nth(0)).toHaveAttribute('data-stage-name', 'Source');
  await expect(page.getByTestId('stage-lane').nth(1)).toHaveAttribute('data-stage-name', 'Build');
  await expect(page.getByTestId('stage-lane').nth(2)).toHaveAttribute('data-stage-name', 'Deploy');

  // New actions carry their provider's required keys, empty and flagged.
  await expect(node(page, 'CodeBuild').getByTestId('problem-marker')).toHaveAttribute('data-severity', 'error');

  // Artifacts by dragging between handles: the source's output, then a new output of the build.
  await connect(page, 'S3', 'CodeBuild');
  await expect(page.getByTestId('artifact-label').filter({ hasText: 'S3Output' })).toBeVisible();
  await connect(page, 'CodeBuild', 'CodeDeploy');
  await expect(page.getByTestId('artifact-label').filter({ hasText: 'CodeBuildOutput' })).toBeVisible();

  // Backwards is refused, with the reason on the canvas.
  await connect(page, 'CodeDeploy', 'S3');
  await expect(page.getByTestId('canvas-notice')).toContainText(/Refused/);
  await expect(page.getByTestId('artifact-label')).toHaveCount(2);

  // Configuration through the inspector until no errors are left.
  await node(page, 'S3').click();
  await fill(page, 'S3Bucket', 'my-source-bucket');
  await fill(page, 'S3ObjectKey', 'app/source.zip');
  await node(page, 'CodeBuild').click();
  await fill(page, 'ProjectName', 'my-build-project');
  await node(page, 'CodeDeploy').click();
  await fill(page, 'ApplicationName', 'my-app');
  await fill(page, 'DeploymentGroupName', 'my-deployment-group');
  await page.getByRole('button', { name: /^Stage Source/ }).click();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await fill(page, 'Service role ARN', 'arn:aws:iam::123456789012:role/pipeline-role');
  await fill(page, 'S3 bucket', 'my-artifact-bucket');

  await expect(errorCount(page)).not.toContainText(/[1-9]\d* errors/);
  await expect(page.getByTestId('problem-marker').and(page.locator('[data-severity="error"]'))).toHaveCount(0);

  // The Terraform a user downloads is exactly the golden file.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('tab', { name: 'Terraform', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /^Download / }).click(),
  ]);
  const terraform = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  if (process.env.UPDATE_GOLDEN) writeFileSync(AUTHORED_GOLDEN, terraform);
  expect(terraform).toBe(readFileSync(AUTHORED_GOLDEN, 'utf8'));
});

test('dragging an action node moves it to another stage and undo puts it back', async ({ page }) => {
  await page.goto('/');
  const addStage = page.getByTestId('add-stage-lane');
  await paletteItem(page, 'S3', 'Source').dragTo(addStage);
  await paletteItem(page, 'CodeBuild', 'Build').dragTo(addStage);
  await paletteItem(page, 'CodeBuild', 'Test').dragTo(addStage);
  await expect(page.getByTestId('stage-lane')).toHaveCount(3);

  // Drop the Test stage's action onto the Build stage's column: parallel (same run order).
  // Lanes let pointer events through to the pane, so drive the mouse by coordinates.
  const from = (await node(page, 'CodeBuild2').boundingBox())!;
  const column = (await node(page, 'CodeBuild').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(column.x + column.width / 2, column.y + column.height * 1.5, { steps: 12 });
  await expect(page.getByTestId('drop-hint')).toContainText('Run in parallel');
  await page.mouse.up();
  await expect(page.getByTestId('stage-lane').nth(2).getByText('Drop actions here')).toBeVisible();
  const [a, b] = await Promise.all([node(page, 'CodeBuild').boundingBox(), node(page, 'CodeBuild2').boundingBox()]);
  expect(a!.x).toBeCloseTo(b!.x, 0);
  expect(b!.y).toBeGreaterThan(a!.y);

  await page.keyboard.press('Control+z');
  const [c, d] = await Promise.all([node(page, 'CodeBuild').boundingBox(), node(page, 'CodeBuild2').boundingBox()]);
  expect(d!.x).toBeGreaterThan(c!.x + c!.width);
});

test('keyboard: arrows move between actions, Delete removes, Ctrl+Z restores', async ({ page }) => {
  await page.goto('/');
  const addStage = page.getByTestId('add-stage-lane');
  // Palette entries are buttons: pressing one appends the action without a mouse.
  await paletteItem(page, 'S3', 'Source').focus();
  await page.keyboard.press('Enter');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await paletteItem(page, 'CodeBuild', 'Build').dragTo(addStage);
  await expect(page.getByTestId('stage-lane')).toHaveCount(2);

  await page.getByRole('group', { name: /^Action S3,/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group', { name: /^Action CodeBuild,/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(node(page, 'CodeBuild')).toHaveClass(/is-selected/);
  // Enter edits: the inspector's name field takes the focus.
  const nameField = page
    .getByRole('complementary', { name: 'Inspector panel' })
    .getByLabel('Action name', { exact: true });
  await expect(nameField).toBeFocused();
  await nameField.fill('Compile');
  await nameField.press('Enter');
  await expect(node(page, 'Compile')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('group', { name: /^Action Compile,/ }).focus();
  await page.keyboard.press('Escape');
  await expect(node(page, 'Compile')).not.toHaveClass(/is-selected/);
  // Alt+Left moves the focused action to the previous stage (the keyboard's drag); it keeps the focus.
  await page.getByRole('group', { name: /^Action Compile,/ }).focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('group', { name: /^Action Compile, .*stage Source/ })).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('group', { name: /^Action Compile, .*stage Build/ })).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(node(page, 'Compile')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(node(page, 'Compile')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(node(page, 'Compile')).toHaveCount(0);
});

test('stages: rename, reorder and delete from the lane header; copy, paste and duplicate actions', async ({ page }) => {
  await page.goto('/');
  const addStage = page.getByTestId('add-stage-lane');
  await paletteItem(page, 'S3', 'Source').dragTo(addStage);
  await paletteItem(page, 'CodeBuild', 'Build').dragTo(addStage);
  await paletteItem(page, 'CodeDeploy', 'Deploy').dragTo(addStage);
  const lanes = page.getByTestId('stage-lane');
  await expect(lanes).toHaveCount(3);

  await page.getByRole('button', { name: 'Rename stage Build' }).click();
  const input = page.getByRole('textbox', { name: 'Rename stage Build' });
  await input.fill('Compile');
  await input.press('Enter');
  await expect(lanes.nth(1)).toHaveAttribute('data-stage-name', 'Compile');

  await page.getByRole('button', { name: 'Move stage Deploy left' }).click();
  await expect(lanes.nth(1)).toHaveAttribute('data-stage-name', 'Deploy');
  await page.getByRole('button', { name: 'Delete stage Deploy' }).click();
  await expect(lanes).toHaveCount(2);
  await expect(node(page, 'CodeDeploy')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(lanes).toHaveCount(3);
  await expect(node(page, 'CodeDeploy')).toBeVisible();

  // Copy and paste beside the selected action; duplicate with Ctrl/Cmd+D.
  await node(page, 'CodeBuild').click();
  await page.keyboard.press('ControlOrMeta+c');
  await page.keyboard.press('ControlOrMeta+v');
  await expect(node(page, 'CodeBuild_copy')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+d');
  await expect(node(page, 'CodeBuild_copy_copy')).toBeVisible();
  const [a, b] = [await node(page, 'CodeBuild').boundingBox(), await node(page, 'CodeBuild_copy').boundingBox()];
  expect(b!.x).toBeCloseTo(a!.x, 0); // pasted in parallel: same column
});
