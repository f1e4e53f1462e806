// The 2,500-action pipeline (?bench=50x50) renders and stays responsive: it draws, pans, zooms
// out to the light level of detail, and an edit of one action still reaches its node.
import { expect, test } from './fixtures.js';

test('the 50x50 benchmark pipeline renders and stays usable', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/?bench=50x50');
  await expect(page.locator('body')).toHaveAttribute('data-drawn', '1');
  const nodes = page.locator('[data-testid="action-node"]');
  await expect(nodes.first()).toBeVisible();
  // Only what is on screen is in the DOM.
  expect(await nodes.count()).toBeLessThan(300);

  // Deferred validation catches up: the toolbar reports the 500-action quota error.
  await expect(page.getByTestId('problem-summary')).toContainText(/[1-9]\d* errors?/);

  // Pan with the mouse: other nodes come into view.
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  const firstName = await nodes.first().getAttribute('data-action-name');
  await page.mouse.move(box.x + box.width - 40, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 40, box.y + box.height / 2, { steps: 20 });
  await page.mouse.up();
  await expect(nodes.first()).not.toHaveAttribute('data-action-name', firstName!);

  // Zoom far out: the light level of detail drops the provider line and edge labels.
  await page.getByRole('button', { name: /zoom out/i }).click({ clickCount: 6 });
  await expect(page.locator('.pw-action-meta')).toHaveCount(0);
  await expect(page.getByTestId('artifact-label')).toHaveCount(0);

  // Fit view and a keyboard edit on one node still work.
  await page.getByRole('button', { name: /fit view/i }).click();
  const some = nodes.first();
  await some.click();
  const name = (await some.getAttribute('data-action-name'))!;
  await page.keyboard.press('Delete');
  await expect(page.locator(`[data-action-name="${name}"]`)).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.locator(`[data-action-name="${name}"]`)).toHaveCount(1);
});
