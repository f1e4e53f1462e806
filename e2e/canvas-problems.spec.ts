// Problems on the canvas: a duplicate action name is underlined and marked on its node, the
// stage counts it, and undo takes both away. A duplicate the model refuses is explained.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { problemRows } from './panels-helpers.js';

const node = (page: Page, name: string): Locator =>
  page.locator(`[data-testid="action-node"][data-action-name="${name}"]`);
const inspector = (page: Page): Locator => page.getByRole('complementary', { name: 'Inspector panel' });

async function addStageWith(page: Page, provider: string, category: string): Promise<void> {
  await page
    .getByRole('button', { name: `Add ${provider} ${category} action`, exact: true })
    .dragTo(page.getByTestId('add-stage-lane'));
}

async function rename(page: Page, from: string, to: string): Promise<void> {
  await node(page, from).click();
  const field = inspector(page).getByLabel('Action name', { exact: true });
  await field.fill(to);
  await field.press('Enter');
}

test('renaming an action to a duplicate underlines it, marks it and lists it; undo removes all three', async ({
  page,
}) => {
  await page.goto('/');
  await addStageWith(page, 'S3', 'Source');
  await addStageWith(page, 'CodeBuild', 'Build');
  await expect(node(page, 'CodeBuild')).toBeVisible();
  const build = page.getByTestId('stage-lane').nth(1);
  const countBefore = Number(await build.getByTestId('stage-problem-count').textContent());

  // Action names repeat across stages: AWS accepts it, the design warns (amber).
  await rename(page, 'CodeBuild', 'S3');
  const renamed = page.getByTestId('stage-lane').nth(1); // lanes do not contain nodes: find the node by stage
  await expect(node(page, 'S3')).toHaveCount(2);
  const duplicate = node(page, 'S3').nth(1);
  await expect(duplicate.getByTestId('action-name')).toHaveClass(/pw-squiggle-warning/);
  await expect(duplicate.getByTestId('problem-marker')).toBeVisible();
  await expect(renamed.getByTestId('stage-problem-count')).toHaveText(String(countBefore + 1));
  // The underline is a real wavy text decoration, not just a class name.
  await expect(duplicate.getByTestId('action-name')).toHaveCSS('text-decoration-style', 'wavy');
  // The problems panel lists it.
  const listed = problemRows(page).filter({ hasText: 'action-name-unique-pipeline' });
  await expect(listed).toHaveCount(1);

  // Undo from the canvas (not from inside the text field, which keeps its own undo).
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+z');
  await expect(node(page, 'CodeBuild')).toBeVisible();
  await expect(node(page, 'CodeBuild').getByTestId('action-name')).not.toHaveClass(/pw-squiggle/);
  await expect(build.getByTestId('stage-problem-count')).toHaveText(String(countBefore));
  await expect(page.locator('.pw-squiggle-warning, .pw-squiggle-error')).toHaveCount(0);
  await expect(listed).toHaveCount(0);
});

test('a duplicate within one stage is refused, and the canvas says why', async ({ page }) => {
  await page.goto('/');
  await addStageWith(page, 'S3', 'Source');
  await addStageWith(page, 'CodeBuild', 'Build');
  // A second build action in the same stage, in parallel (dropped on the first one's column).
  await page.getByRole('button', { name: 'Add CodeBuild Build action', exact: true }).dragTo(node(page, 'CodeBuild'));
  await expect(node(page, 'CodeBuild2')).toBeVisible();
  const [a, b] = [await node(page, 'CodeBuild').boundingBox(), await node(page, 'CodeBuild2').boundingBox()];
  expect(b!.x).toBeCloseTo(a!.x, 0);

  await rename(page, 'CodeBuild2', 'CodeBuild');
  await expect(page.getByTestId('canvas-notice')).toContainText('Edit refused');
  await expect(node(page, 'CodeBuild2')).toBeVisible();
});
