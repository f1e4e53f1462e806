// Autosave, reload, share links and a full browser storage.
import { expect, test } from './fixtures.js';
import { actionNode, fixtureFile, importFile, inspector } from './panels-helpers.js';

test('a reload restores the work', async ({ page }) => {
  await page.goto('/');
  const review = await importFile(page, fixtureFile('json/01-needs-work.json'));
  await review.getByRole('button', { name: 'Done' }).click();
  const name = inspector(page).getByLabel('Name', { exact: true });
  await name.fill('restored-after-reload');
  await name.press('Enter');
  await expect(page.locator('.pw-doc-name')).toHaveText('restored-after-reload');
  await page.reload();
  await expect(page.locator('.pw-doc-name')).toHaveText('restored-after-reload');
  await expect(actionNode(page, 'Compile')).toBeVisible();
});

test('a share link opens the shared pipeline undoably, without losing the saved work', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const review = await importFile(page, fixtureFile('json/03-missing-deploy-role.json'));
  await review.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  const link = await dialog.getByLabel('Share link').inputValue();
  expect(link).toMatch(/#pipeline=[A-Za-z0-9_-]+$/);
  await page.keyboard.press('Escape');

  // The user's own work, autosaved, then the link opened in the same browser.
  const review2 = await importFile(page, fixtureFile('json/01-needs-work.json'));
  await review2.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('.pw-doc-name')).toHaveText('storefront-release');
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.locator('.pw-doc-name')).toHaveText('photo-resizer');
  await expect(page.getByTestId('canvas-notice')).toContainText('Your previous work is one Undo away');
  expect(new URL(page.url()).hash).toBe('');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.pw-doc-name')).toHaveText('storefront-release');
});

test('a full browser storage is reported, not ignored', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'pipewright:autosave' && value.length > 500) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await page.goto('/');
  const review = await importFile(page, fixtureFile('json/01-needs-work.json'));
  await review.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('canvas-notice')).toContainText('Autosave failed: browser storage is full');
});
