// Connecting artifacts does not need the 8 px handle to be hit (issue 18, item 13): a drag from an
// output handle dropped anywhere on the target action's card connects the two; one dropped on the
// empty canvas connects nothing and leaves no hint behind.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { actionNode } from './panels-helpers.js';

const paletteItem = (page: Page, provider: string, category: string): Locator =>
  page.getByRole('button', { name: `Add ${provider} ${category} action`, exact: true });

/** Drags from `from`'s output handle with the mouse and lets go at `to` (a screen point). */
async function dragFromOutput(page: Page, from: Locator, to: { x: number; y: number }): Promise<void> {
  const handle = (await from.locator('.react-flow__handle.source').boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x - 30, to.y, { steps: 8 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

test('an output dropped anywhere on the target card connects the artifact', async ({ page }) => {
  await page.goto('/');
  const addStage = page.getByTestId('add-stage-lane');
  await paletteItem(page, 'S3', 'Source').dragTo(addStage);
  await paletteItem(page, 'CodeBuild', 'Build').dragTo(addStage);
  const build = actionNode(page, 'CodeBuild');
  await expect(build).toBeVisible();

  // Let go on the empty canvas below the cards: nothing is connected, and nothing is said.
  const box = (await build.boundingBox())!;
  await dragFromOutput(page, actionNode(page, 'S3'), { x: box.x + box.width / 2, y: box.y + box.height + 140 });
  await expect(page.getByTestId('artifact-label')).toHaveCount(0);
  await expect(page.getByTestId('canvas-notice')).toHaveCount(0);

  // Let go on the right half of the build card, far from its input handle on the left edge.
  await dragFromOutput(page, actionNode(page, 'S3'), { x: box.x + box.width * 0.75, y: box.y + box.height / 2 });
  await expect(page.getByTestId('artifact-label').filter({ hasText: 'S3Output' })).toBeVisible();
  await expect(page.locator('[class*="pw-drop-hint"]')).toHaveCount(0);
});
