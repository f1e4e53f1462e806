// Dark mode (issue 18, item 16): the page follows the system's colour scheme. With Chromium
// told the system is dark, every surface is dark (panels, canvas, lanes and cards, React Flow's
// controls and the minimap, dialogs, Monaco), text stays readable (axe-core: 0 violations on the
// main screen and in each dialog), and the light scheme is untouched.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe.js';
import { expect, test } from './fixtures.js';
import { actionNode, docsScreenshot, importFile } from './panels-helpers.js';

/** The relative luminance (0 black .. 1 white) of an element's computed colour property. */
async function luminance(page: Page, selector: string, property = 'background-color'): Promise<number> {
  const colour = await page
    .locator(selector)
    .first()
    .evaluate((el, prop) => getComputedStyle(el).getPropertyValue(prop), property);
  // Chromium reports rgb()/rgba() for computed colours; color-mix() results come as color(srgb r g b).
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(colour);
  const rgb = /rgba?\((\d+), (\d+), (\d+)/.exec(colour);
  const channels = srgb ? srgb.slice(1).map(Number) : rgb ? rgb.slice(1).map((c) => Number(c) / 255) : undefined;
  if (!channels) throw new Error(`${selector} ${property}: unreadable colour ${colour}`);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const DARK = 0.05; // #3b4b66 is about 0.07; every dark surface here is below 0.05

async function expectDark(page: Page, selectors: string[]): Promise<void> {
  for (const selector of selectors) expect(await luminance(page, selector), selector).toBeLessThan(DARK);
}

test.describe('with the system in dark mode', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 1440, height: 900 } });

  test('every surface is dark and axe-core finds nothing on the main screen and in each dialog', async ({ page }) => {
    test.setTimeout(150_000); // axe walks the whole page several times
    await page.goto('/');
    await expectDark(page, [
      'html',
      '.pw-toolbar',
      '#pw-palette-panel',
      '#pw-inspector-panel',
      '.pw-canvas',
      '.pw-dock',
    ]);
    await expectDark(page, ['.pw-add-lane-button', '.react-flow__controls-button', '.pw-palette-search input']);
    expect(await axeViolations(page), 'blank main screen').toEqual([]);

    await page.getByRole('button', { name: 'New from template' }).click();
    const templates = page.getByRole('dialog', { name: 'New from template' });
    await expect(templates).toBeVisible();
    await expectDark(page, ['.pw-dialog', '.pw-dialog .pw-template']);
    expect(await axeViolations(page), 'template dialog').toEqual([]);
    await templates.getByRole('button', { name: /Blue-green/i }).click();
    await expect(page.getByTestId('action-node').first()).toBeVisible();

    await actionNode(page, 'BuildApplication').click();
    await expectDark(page, ['.pw-lane', '.pw-action', '.pw-minimap', '.pw-field input', '.pw-problems .pw-problem']);
    // Lines and text on the canvas are light: edges, card names, problem text.
    expect(await luminance(page, '.pw-canvas .pw-edge', 'stroke')).toBeGreaterThan(0.2);
    expect(await luminance(page, '.pw-action-name', 'color')).toBeGreaterThan(0.6);
    expect(await luminance(page, '.pw-severity-badge', 'color')).toBeGreaterThan(0.3);
    expect(await axeViolations(page), 'main screen with a template').toEqual([]);
    await docsScreenshot(page, 'dark-mode.png');

    await page.getByRole('tab', { name: 'JSON' }).click();
    await expect(page.locator('.pw-json .monaco-editor .view-lines')).toContainText('"name"');
    await expectDark(page, ['.pw-json .monaco-editor', '.pw-json .monaco-editor-background']);
    expect(await axeViolations(page, '.pw-app'), 'main screen with the JSON view').toEqual([]);
    // Monaco follows a change of the system setting without a reload.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => luminance(page, '.pw-json .monaco-editor-background')).toBeGreaterThan(0.8);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => luminance(page, '.pw-json .monaco-editor-background')).toBeLessThan(DARK);

    for (const name of ['Import', 'Export', 'Share', 'Compare…']) {
      await page.getByRole('button', { name, exact: true }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectDark(page, ['.pw-dialog']);
      expect(await axeViolations(page), `${name} dialog`).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
    }
  });
});

test.describe('compare mode with the system in dark mode', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 1600, height: 960 } });

  test('the compare bar, marks, ghosts, changes list and old and new values are dark and pass axe-core', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const imported = fileURLToPath(new URL('../packages/cli/test/fixtures/diff/get-pipeline.json', import.meta.url));
    const edited = readFileSync(fileURLToPath(new URL('./data/compare-edited.json', import.meta.url)), 'utf8');
    await page.goto('/');
    const review = await importFile(page, imported);
    await review.getByRole('button', { name: 'Done' }).click();
    await expect(actionNode(page, 'Deploy')).toBeVisible();
    await page.getByRole('button', { name: 'Compare…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare with another version' });
    await dialog.getByLabel('Version text').fill(edited);
    await dialog.getByRole('button', { name: 'Compare with the pasted text' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('ghost-action')).toHaveCount(1);
    await expectDark(page, ['[data-testid="compare-bar"]']); // the ghosts are a translucent tint: axe judges their text
    expect(await axeViolations(page), 'compare mode: bar, marks, ghost').toEqual([]);
    const rows = page.getByRole('list', { name: 'Changes list' }).getByTestId('change-row');
    await rows.filter({ hasText: 'ServiceName' }).click();
    await expect(page.locator('[data-testid="compare-field"]').first()).toBeVisible();
    expect(await axeViolations(page), 'compare mode: changes list and old and new values').toEqual([]);
  });
});

test('with the system in light mode the page stays light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  for (const selector of ['html', '.pw-toolbar', '.pw-canvas', '#pw-inspector-panel']) {
    expect(await luminance(page, selector), selector).toBeGreaterThan(0.8);
  }
});
