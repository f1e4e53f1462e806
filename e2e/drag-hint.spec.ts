// A palette drag that leaves the canvas and ends outside it clears its "New step" hint (issue 18, item 13).
import { expect, test } from './fixtures.js';

test('a palette drag ending outside the canvas leaves no drop hint behind', async ({ page }) => {
  await page.goto('/');
  const item = page.getByRole('button', { name: 'Add CodeBuild Build action', exact: true });
  const canvas = page.locator('.react-flow__pane');
  await item.hover();
  await page.mouse.down();
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 60, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + 70, { steps: 3 });
  await expect(page.locator('[class*="pw-drop-hint"]').first()).toBeVisible();
  // Out of the canvas, over the palette, and let go there.
  const palette = (await page.getByRole('navigation', { name: 'Action palette' }).boundingBox())!;
  await page.mouse.move(palette.x + 40, palette.y + 40, { steps: 5 });
  await page.mouse.up();
  await expect(page.locator('[class*="pw-drop-hint"]')).toHaveCount(0);
});
