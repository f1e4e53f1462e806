// Readable and reachable (issue 18, items 1 and 15): axe-core finds nothing on the main screen and
// in every dialog (run under the page's own CSP, see axe.ts), the first Tab stop skips to the
// canvas, Escape in the inspector returns there, a template opens at a readable zoom, and the
// minimap gives way on a small window.
import type { Page } from '@playwright/test';
import { axeViolations } from './axe.js';
import { expect, test } from './fixtures.js';
import { actionNode, docsScreenshot, inspector } from './panels-helpers.js';

async function fromTemplate(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'New from template' }).click();
  await page.getByRole('dialog', { name: 'New from template' }).getByRole('button', { name }).click();
  await expect(page.getByTestId('action-node').first()).toBeVisible();
}

test('axe-core reports no violation on the main screen and in every dialog', async ({ page }) => {
  test.setTimeout(120_000); // axe walks the whole page (Monaco included) several times
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  expect(await axeViolations(page), 'blank main screen').toEqual([]);
  await page.getByRole('button', { name: 'New from template' }).click();
  await expect(page.getByRole('dialog', { name: 'New from template' })).toBeVisible();
  expect(await axeViolations(page), 'template dialog').toEqual([]);
  await page
    .getByRole('dialog', { name: 'New from template' })
    .getByRole('button', { name: /Blue-green/i })
    .click();
  await expect(page.getByTestId('action-node').first()).toBeVisible();
  // With problems listed, an action selected in the inspector, then the JSON tab.
  await actionNode(page, 'IntegrationTests').click();
  expect(await axeViolations(page), 'main screen with a template').toEqual([]);
  await page.getByRole('tab', { name: /JSON/ }).click();
  await expect(page.locator('.pw-json .monaco-editor')).toBeVisible();
  expect(await axeViolations(page, '.pw-app'), 'main screen with the JSON view').toEqual([]);

  for (const name of ['Import', 'Export', 'Share', 'Compare…']) {
    await page.getByRole('button', { name, exact: true }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page), `${name} dialog`).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  }
});

test('the first Tab stop skips to the canvas, and Escape in the inspector returns there', async ({ page }) => {
  await page.goto('/');
  await fromTemplate(page, /Standard CI\/CD/i);
  await page.reload(); // a fresh page: nothing focused yet
  await expect(page.getByTestId('action-node').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the pipeline canvas' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node-action:focus')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Pipeline canvas' })).toBeVisible();

  // Enter edits the focused action in the inspector; Escape comes back to its card.
  await page.keyboard.press('Enter');
  const name = inspector(page).getByLabel('Action name');
  await expect(name).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__node-action:focus')).toHaveCount(1);
});

test('a template opens at a readable zoom, every action name readable; the minimap gives way on small windows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await fromTemplate(page, /Blue-green/i);
  const zoom = async () =>
    page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  await expect.poll(zoom).toBeGreaterThanOrEqual(0.8);
  // Every drawn action name is at least 10 px tall on screen.
  const heights = await page
    .getByTestId('action-name')
    .evaluateAll((names) => names.map((n) => n.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(2);
  for (const h of heights) expect(h).toBeGreaterThanOrEqual(10);
  await docsScreenshot(page, 'template-default-zoom.png');

  const minimap = page.getByTestId('minimap');
  const large = (await minimap.boundingBox())!;
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect.poll(async () => (await minimap.boundingBox())?.width ?? 0).toBeLessThan(large.width * 0.7);
  await page.setViewportSize({ width: 800, height: 520 });
  await expect(minimap).toBeHidden();
});
