// Readable at real sizes (issue 18, item 1): the palette, the inspector and the bottom panel
// resize (drag a splitter, or its keyboard) and collapse, and the layout is remembered across
// reloads (a bad stored value falls back to the defaults); a stage lane collapses to its name
// and action count, edges still reach it, and the exported pipeline does not change.
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './axe.js';
import { expect, test } from './fixtures.js';
import { actionNode, docsScreenshot, problemRows } from './panels-helpers.js';

const palette = (page: Page) => page.locator('#pw-palette-panel');
/** A side panel's content (the panel less its splitter). */
const paletteBody = (page: Page) => page.locator('#pw-palette-panel-body');
const inspectorBody = (page: Page) => page.locator('#pw-inspector-panel-body');
const dock = (page: Page) => page.getByRole('region', { name: 'Dock' });
const splitter = (page: Page, name: string) => page.getByRole('separator', { name });
const valueOf = async (separator: Locator) => Number(await separator.getAttribute('aria-valuenow'));
const widthOf = async (locator: Locator) => (await locator.boundingBox())?.width ?? 0;
const heightOf = async (locator: Locator) => (await locator.boundingBox())?.height ?? 0;

async function openTemplate(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'New from template' }).click();
  await page.getByRole('dialog', { name: 'New from template' }).getByRole('button', { name }).click();
  await expect(page.getByTestId('action-node').first()).toBeVisible();
}

/** The first action card lies wholly inside the visible canvas. */
async function expectPipelineVisible(page: Page): Promise<void> {
  const canvas = (await page.getByRole('region', { name: 'Pipeline canvas' }).boundingBox())!;
  const card = (await page.getByTestId('action-node').first().boundingBox())!;
  expect(canvas.width).toBeGreaterThanOrEqual(300);
  expect(card.x).toBeGreaterThanOrEqual(canvas.x);
  expect(card.y).toBeGreaterThanOrEqual(canvas.y);
  expect(card.x + card.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  expect(card.y + card.height).toBeLessThanOrEqual(canvas.y + canvas.height);
}

test('the palette, inspector and bottom panel resize by drag and keyboard, collapse, and are remembered', async ({
  page,
}) => {
  test.setTimeout(60_000); // axe walks the page once
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await openTemplate(page, /Standard CI\/CD/i);

  // Drag the palette's splitter 80 px to the right.
  const paletteSplitter = splitter(page, 'Resize palette');
  const start = await valueOf(paletteSplitter);
  expect(start).toBe(Math.round(await widthOf(paletteBody(page))));
  const bar = (await paletteSplitter.boundingBox())!;
  await page.mouse.move(bar.x + bar.width / 2, bar.y + 200);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width / 2 + 40, bar.y + 200, { steps: 4 });
  await page.mouse.move(bar.x + bar.width / 2 + 80, bar.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => valueOf(paletteSplitter)).toBe(start + 80);
  expect(Math.round(await widthOf(paletteBody(page)))).toBe(start + 80);

  // The keyboard: arrows move the inspector's splitter (left widens it), Home / End go to the limits.
  const inspectorSplitter = splitter(page, 'Resize inspector');
  const inspectorStart = await valueOf(inspectorSplitter);
  await inspectorSplitter.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => valueOf(inspectorSplitter)).toBe(inspectorStart + 32);
  expect(Math.round(await widthOf(inspectorBody(page)))).toBe(inspectorStart + 32);
  await page.keyboard.press('Home');
  await expect
    .poll(() => valueOf(inspectorSplitter))
    .toBe(Number(await inspectorSplitter.getAttribute('aria-valuemin')));
  await page.keyboard.press('Shift+ArrowLeft');
  const inspectorSize = await valueOf(inspectorSplitter);

  // The bottom panel grows with ArrowUp.
  const dockSplitter = splitter(page, 'Resize bottom panel');
  const dockStart = await valueOf(dockSplitter);
  await dockSplitter.focus();
  await page.keyboard.press('Shift+ArrowUp');
  await expect.poll(() => valueOf(dockSplitter)).toBe(dockStart + 64);
  expect(Math.round(await heightOf(dock(page)))).toBe(dockStart + 64);

  // Collapse the palette (its bar's button) and the dock (Enter on its splitter).
  await page.getByRole('button', { name: 'Hide palette' }).click();
  await expect(page.getByRole('navigation', { name: 'Action palette' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show Palette' })).toBeVisible();
  expect(await widthOf(palette(page))).toBeLessThan(40);
  await dockSplitter.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Problems list' })).toBeHidden();
  await expect(dockSplitter).toBeHidden();
  await expectPipelineVisible(page);
  expect(await axeViolations(page), 'collapsed palette and dock').toEqual([]);
  await docsScreenshot(page, 'collapsed-panels.png');

  // All of it survives a reload.
  await page.reload();
  await expect(page.getByTestId('action-node').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show Palette' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Problems list' })).toBeHidden();
  expect(await valueOf(inspectorSplitter)).toBe(inspectorSize);
  await page.getByRole('button', { name: 'Show Palette' }).click();
  await expect(page.getByRole('navigation', { name: 'Action palette' })).toBeVisible();
  expect(await valueOf(paletteSplitter)).toBe(start + 80);
  await page.getByRole('tab', { name: /Problems/ }).click();
  expect(await valueOf(dockSplitter)).toBe(dockStart + 64);

  // A broken stored layout: the page still works, with the default sizes.
  await page.evaluate(() => localStorage.setItem('pipewright:panel-layout', '{"schemaVersion":1,"panels":{"palette":'));
  await page.reload();
  await expect(page.getByTestId('action-node').first()).toBeVisible();
  expect(await valueOf(paletteSplitter)).toBe(start);
  await page.evaluate(() =>
    localStorage.setItem(
      'pipewright:panel-layout',
      JSON.stringify({ schemaVersion: 1, panels: { palette: { size: 'wide' }, inspector: { size: -5 }, dock: null } }),
    ),
  );
  await page.reload();
  await expect(page.getByTestId('action-node').first()).toBeVisible();
  expect(await valueOf(paletteSplitter)).toBe(start);
  expect(await valueOf(inspectorSplitter)).toBe(Number(await inspectorSplitter.getAttribute('aria-valuemin')));
});

test('at 1440x900 and 1024x700 the pipeline stays visible, even with the panels at their largest', async ({ page }) => {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await page.goto('/');
    await openTemplate(page, /Blue-green/i);
    await expectPipelineVisible(page);
    for (const name of ['Resize palette', 'Resize inspector', 'Resize bottom panel']) {
      await splitter(page, name).focus();
      await page.keyboard.press('End');
    }
    await openTemplate(page, /Blue-green/i); // opened again: placed for the smaller canvas
    await expectPipelineVisible(page);
    await page.evaluate(() => localStorage.removeItem('pipewright:panel-layout'));
  }
});

test('a stage lane collapses to its name and action count, edges still reach it, and exports are unchanged', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await openTemplate(page, /Standard CI\/CD/i);
  const exported = async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const text = await page.locator('.pw-export-preview').innerText();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    return text;
  };
  const before = await exported();

  const build = page.locator('[data-testid="stage-lane"][data-stage-name="Build"]');
  const wide = await widthOf(build);
  await page.getByRole('button', { name: 'Collapse stage Build' }).click();
  await expect(build).toHaveAttribute('data-collapsed', 'true');
  await expect(build.getByTestId('collapsed-lane-summary')).toHaveText('1 action');
  await expect(build.locator('.pw-lane-title')).toHaveText('Build');
  expect(await widthOf(build)).toBeLessThan(wide);
  await expect(actionNode(page, 'BuildApplication')).toHaveCount(0);
  // The artifacts into and out of the stage now end at the lane itself.
  // (A straight path has no height, so Playwright would not call it visible: its ends are checked instead.)
  const lane = (await build.boundingBox())!;
  const ends = async (id: string) => {
    const edge = page.locator(`.react-flow__edge[data-id="${id}"] path.react-flow__edge-path`);
    await expect(edge).toHaveCount(1);
    const box = (await edge.boundingBox())!;
    return { left: box.x, right: box.x + box.width };
  };
  expect(Math.abs((await ends('a:0:0>s:1:source_output')).right - lane.x)).toBeLessThan(12);
  expect(Math.abs((await ends('s:1>a:2:0:build_output')).left - (lane.x + lane.width))).toBeLessThan(12);
  // A view state: the document (and so every export) is untouched.
  expect(await exported()).toBe(before);
  expect(await axeViolations(page), 'a collapsed lane').toEqual([]);
  await page.mouse.move(1, 1); // off the lane header, whose tools show on hover
  await docsScreenshot(page, 'collapsed-lane.png');

  await page.getByRole('button', { name: 'Expand stage Build' }).click();
  await expect(actionNode(page, 'BuildApplication')).toBeVisible();
  // Clicking a problem of a hidden action expands its lane: the card is what was asked for.
  await page.getByRole('button', { name: 'Collapse stage Build' }).click();
  await expect(actionNode(page, 'BuildApplication')).toHaveCount(0);
  await problemRows(page).filter({ hasText: 'BuildApplication' }).first().locator('.pw-problem-main').click();
  await expect(actionNode(page, 'BuildApplication')).toBeVisible();
  await expect(build).not.toHaveAttribute('data-collapsed');
  await expect(page.locator('.react-flow__edge[data-id^="s:1>"]')).toHaveCount(0);
  expect(Math.round(await widthOf(build))).toBe(Math.round(wide));
});
