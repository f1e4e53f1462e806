// The first-open hint (issue 18, item 16): on a first visit with a blank document a hint points
// at the templates, import and the palette without covering them; it is reached and dismissed
// by keyboard, and once dismissed it does not come back.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

const hint = (page: Page) => page.getByRole('region', { name: 'New here?' });

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not drawn');
  return found;
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`at ${viewport.width}x${viewport.height} the hint shows on a first visit and covers none of what it points at`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(hint(page)).toBeVisible();
    await expect(hint(page)).toContainText('template');
    await expect(hint(page)).toContainText('import');
    await expect(hint(page)).toContainText('palette');
    const drawn = await box(hint(page));
    for (const target of [
      page.getByRole('button', { name: 'New from template' }),
      page.getByRole('button', { name: 'Import', exact: true }),
      page.getByRole('navigation', { name: 'Action palette' }),
      page.getByTestId('add-stage-lane'),
    ]) {
      expect(overlaps(drawn, await box(target))).toBe(false);
    }
    // Its buttons do what it points at.
    await hint(page).getByRole('button', { name: 'Browse templates' }).click();
    await expect(page.getByRole('dialog', { name: 'New from template' })).toBeVisible();
  });
}

test('the hint is reached and dismissed by keyboard, and stays dismissed', async ({ page }) => {
  await page.goto('/');
  await expect(hint(page)).toBeVisible();
  // Within the first dozen Tab stops (skip link, toolbar, then the hint).
  let inHint = false;
  for (let i = 0; i < 14 && !inHint; i++) {
    await page.keyboard.press('Tab');
    inHint = await hint(page).evaluate((el) => el.contains(document.activeElement));
  }
  expect(inHint).toBe(true);
  await page.keyboard.press('Escape');
  await expect(hint(page)).toBeHidden();
  // The focus went to the canvas, not to the page.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.pw-canvas') !== null)).toBe(true);
  await page.reload();
  await expect(page.getByTestId('add-stage-lane')).toBeVisible();
  await expect(hint(page)).toBeHidden();
});

test('"Got it" dismisses it; "Go to the palette" takes the keyboard to the palette search', async ({ page }) => {
  await page.goto('/');
  await hint(page).getByRole('button', { name: 'Go to the palette' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search actions' })).toBeFocused();
  await expect(hint(page)).toBeHidden();

  await page.evaluate(() => localStorage.removeItem('pipewright:first-open-hint'));
  await page.reload();
  await hint(page).getByRole('button', { name: 'Got it' }).click();
  await expect(hint(page)).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('add-stage-lane')).toBeVisible();
  await expect(hint(page)).toBeHidden();
});

test('the hint is not shown over a document with content', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New from template' }).click();
  await page
    .getByRole('dialog', { name: 'New from template' })
    .getByRole('button', { name: /Standard CI\/CD/i })
    .click();
  await expect(page.getByTestId('action-node').first()).toBeVisible();
  await expect(hint(page)).toBeHidden();
  await page.reload(); // not dismissed, but the autosaved document is not blank
  await expect(page.getByTestId('action-node').first()).toBeVisible();
  await expect(hint(page)).toBeHidden();
});
