// The 2,500-action pipeline stays workable where the performance work changed behaviour: the
// problems list renders only the rows in view yet reaches every problem by scrolling, and a name
// typed in the inspector is validated on each keystroke but undone as one step.
import { expect, test } from './fixtures.js';
import { largestProblemGroup } from './panels-helpers.js';

test('the problems list of 2,500 actions renders the rows in view and scrolls to the last one', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/?bench=50x50');
  const list = page.getByRole('list', { name: 'Problems list' });
  // The largest rule group, opened (it starts collapsed).
  const { ruleId, size: total, header } = await largestProblemGroup(page);
  expect(total).toBeGreaterThan(500);
  await header.click();
  const rows = list.locator(`li[data-rule-id="${ruleId}"]`);
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(total));
  expect(await rows.count()).toBeLessThan(60);

  // Scrolling the list to the end with the wheel brings the last problem into the DOM (heights are
  // measured as rows appear, so the end may move: scroll until it stops).
  const last = list.locator(`li[data-rule-id="${ruleId}"][aria-posinset="${total}"]`);
  await rows.first().hover();
  await expect(async () => {
    await page.mouse.wheel(0, 200_000);
    await expect(last).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  expect(await rows.count()).toBeLessThan(60);
});

test('typing a name underlines it at each keystroke and undoes as one step', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/?bench=50x50');
  const node = page.locator('[data-testid="action-node"]').first();
  const before = (await node.getAttribute('data-action-name'))!;
  await node.click();
  const field = page.getByLabel('Action name', { exact: true });
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  // No pause and no Enter: the keystroke alone reaches the canvas, with its underline.
  await expect(page.locator(`[data-action-name="${before}!"] .pw-action-name`)).toHaveClass(/pw-squiggle-error/);
  await page.keyboard.type('?x');
  await expect(page.locator(`[data-action-name="${before}!?x"]`)).toHaveCount(1);

  // One undo step for the whole visit to the field.
  await page.locator('.pw-canvas').focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.locator(`[data-action-name="${before}"]`)).toHaveCount(1);
  await expect(field).toHaveValue(before);
});
