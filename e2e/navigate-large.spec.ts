// The 2,500-action pipeline can be navigated (issue 18, item 2): find on the canvas (Ctrl+F) jumps to
// and outlines each match at a readable zoom; a problem clicked in the list is brought into view and
// selected; the problems are grouped by rule with counts, a group of hundreds collapsed at first; the
// minimap stays readable at 50 stages with a strip of its stages, and Fit View never goes unreadable.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { axeViolations } from './axe.js';
import { docsScreenshot, largestProblemGroup } from './panels-helpers.js';

/** The lowest readable zoom (apps/web/src/canvas/fitView.ts READABLE_ZOOM). */
const READABLE_ZOOM = 0.8;

test.use({ viewport: { width: 1440, height: 900 } });

const zoomOf = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

/** True when the element's box lies wholly inside the canvas's. */
async function onCanvas(page: Page, element: Locator): Promise<boolean> {
  const canvas = await page.locator('.react-flow').boundingBox();
  const box = await element.boundingBox();
  if (!canvas || !box) return false;
  return (
    box.x >= canvas.x &&
    box.y >= canvas.y &&
    box.x + box.width <= canvas.x + canvas.width &&
    box.y + box.height <= canvas.y + canvas.height
  );
}

async function openBench(page: Page): Promise<void> {
  await page.goto('/?bench=50x50');
  await expect(page.locator('body')).toHaveAttribute('data-drawn', '1');
}

test('Ctrl+F finds stages, actions, providers and artifacts, and jumps to each match', async ({ page }) => {
  test.setTimeout(90_000);
  await openBench(page);
  await page.locator('.react-flow__node-action').first().focus();

  // Ctrl+F from the canvas opens the find box with the keyboard in it.
  await page.keyboard.press('ControlOrMeta+f');
  const input = page.getByRole('searchbox', { name: 'Find stages, actions, providers and artifacts' });
  await expect(input).toBeFocused();

  // A stage far to the right: the view goes there, at a readable zoom, and outlines its lane.
  await input.fill('Approve-41');
  const count = page.getByTestId('find-count');
  await expect(count).toHaveText(/^1 of \d+$/);
  const highlight = page.getByTestId('find-highlight');
  await expect(highlight).toHaveAttribute('data-match-kind', 'stage');
  await expect(page.locator('[data-testid="stage-lane"][data-stage-name="Approve-41"]')).toBeVisible();
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(READABLE_ZOOM);

  // An artifact: its producer and its consumers; Enter and Shift+Enter step through them, wrapping.
  await input.fill('Commands-41-3-out');
  await expect(count).toHaveText(/^1 of \d+$/);
  const total = Number((await count.textContent())!.split(' of ')[1]);
  expect(total).toBeGreaterThan(1);
  await expect(highlight).toHaveAttribute('data-match-kind', 'action');
  await expect(page.locator('[data-testid="action-node"][data-action-name="Commands-41-3"]')).toBeVisible();
  expect(await onCanvas(page, highlight)).toBe(true);
  await input.press('Enter');
  await expect(count).toHaveText(`2 of ${total}`);
  await expect(highlight).toHaveAttribute('data-match-field', 'artifact');
  expect(await onCanvas(page, highlight)).toBe(true);
  await docsScreenshot(page, 'find-on-canvas.png');
  expect(await axeViolations(page, '.pw-canvas'), 'the canvas with the find box and the stage strip').toEqual([]);
  await input.press('Shift+Enter');
  await input.press('Shift+Enter');
  await expect(count).toHaveText(`${total} of ${total}`);

  // A provider; then a word that is nowhere.
  await input.fill('CodeStarSourceConnection');
  await expect(count).toHaveText(/^1 of \d+$/);
  await expect(highlight).toHaveAttribute('data-match-field', 'provider');
  await input.fill('no-such-thing');
  await expect(count).toHaveText('No matches');
  await expect(highlight).toHaveCount(0);

  // Escape closes it and gives the keyboard back to the canvas.
  await input.press('Escape');
  await expect(input).toHaveCount(0);
  await expect(page.locator('.pw-canvas:focus, .pw-canvas :focus')).toHaveCount(1);
});

test('Ctrl+F in a text field or a dialog is not the canvas’s; Escape returns to the card it was opened from', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New from template' }).click();
  await page
    .getByRole('dialog', { name: 'New from template' })
    .getByRole('button', { name: /Standard CI\/CD/i })
    .click();
  const card = page.locator('.react-flow__node-action').first();
  await card.click();
  const name = page.getByRole('complementary', { name: 'Inspector panel' }).getByLabel('Action name', { exact: true });
  await name.focus();
  await page.keyboard.press('ControlOrMeta+f');
  await expect(page.getByRole('search', { name: 'Find on the canvas' })).toHaveCount(0);

  // Nor does it open behind a dialog.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+f');
  await expect(page.getByRole('search', { name: 'Find on the canvas' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await card.focus();
  await page.keyboard.press('ControlOrMeta+f');
  await expect(page.getByRole('search', { name: 'Find on the canvas' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toBeFocused();

  // Escape from one of the box's buttons closes it too, and the keyboard stays on the canvas.
  await page.keyboard.press('ControlOrMeta+f');
  await page.keyboard.type('Build');
  await expect(page.getByTestId('find-count')).toHaveText(/^1 of \d+$/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Previous match' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('search', { name: 'Find on the canvas' })).toHaveCount(0);
  await expect(page.locator('.pw-canvas:focus, .pw-canvas :focus')).toHaveCount(1);
});

test('problems are grouped by rule with counts, and a problem clicked is brought into view', async ({ page }) => {
  test.setTimeout(90_000);
  await openBench(page);
  const list = page.getByRole('list', { name: 'Problems list' });
  const { ruleId, size, header: group } = await largestProblemGroup(page);
  expect(size).toBeGreaterThan(500);
  // The large group starts collapsed: the default view lists rules, not hundreds of identical rows.
  await expect(group).toHaveAttribute('aria-expanded', 'false');
  await expect(list.locator(`li[data-rule-id="${ruleId}"]`)).toHaveCount(0);

  await docsScreenshot(page, 'problems-grouped.png');
  expect(await axeViolations(page, '.pw-problems'), 'the grouped problems list').toEqual([]);

  // Opened with the keyboard; its rows are numbered within the group.
  await group.focus();
  await page.keyboard.press('Enter');
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  const rows = list.locator(`li[data-rule-id="${ruleId}"]`);
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(size));
  await page.keyboard.press('ArrowDown');
  await expect(rows.first().locator('.pw-problem-main')).toBeFocused();

  // The last problem of the group, scrolled to with the wheel, is far to the right of the view.
  const last = list.locator(`li[data-rule-id="${ruleId}"][aria-posinset="${size}"]`);
  await rows.first().hover();
  await expect(async () => {
    await page.mouse.wheel(0, 200_000);
    await expect(last).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await last.locator('.pw-problem-main').click();
  const selected = page.locator('[data-testid="action-node"].is-selected, [data-testid="stage-lane"].is-selected');
  await expect(selected).toBeVisible();
  expect(await onCanvas(page, selected)).toBe(true);
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(READABLE_ZOOM);

  // Closing the group (back at the top of the list) leaves one header row in its place.
  await last.hover();
  await expect(async () => {
    await page.mouse.wheel(0, -200_000);
    await expect(group).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await group.click();
  await expect(rows).toHaveCount(0);
});

test('at 50 stages the minimap stays readable, its stage strip jumps to a stage, and Fit View stays readable', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openBench(page);
  // The pipeline drawn in the minimap is tens of pixels tall, not a line.
  const lanes = (await page.getByTestId('minimap-lanes').boundingBox())!;
  expect(lanes.height).toBeGreaterThanOrEqual(40);

  // The stage strip lists every stage; a click brings one far along into view, and marks it.
  const strip = page.getByRole('navigation', { name: 'Stages' });
  await expect(strip.getByRole('button')).toHaveCount(50);
  const far = strip.getByRole('button').nth(44);
  const name = (await far.textContent())!;
  await far.click();
  const lane = page.locator(`[data-testid="stage-lane"][data-stage-name="${name}"]`);
  await expect(lane).toBeVisible();
  await expect(far).toHaveAttribute('aria-current', 'location');
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(READABLE_ZOOM);

  // Fit View with an action selected shows it, readable; with nothing selected, the first stages.
  const card = page.locator('.react-flow__node-action').first();
  const selectedName = (await card.getByTestId('action-node').getAttribute('data-action-name'))!;
  await card.click();
  await strip.getByRole('button').first().click();
  await page.getByRole('button', { name: 'Fit view' }).click();
  const selected = page.locator(`[data-testid="action-node"][data-action-name="${selectedName}"]`);
  await expect(selected).toBeVisible();
  expect(await onCanvas(page, selected)).toBe(true);
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(READABLE_ZOOM);

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await far.click();
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect(page.locator('[data-testid="stage-lane"]').first()).toHaveAttribute('data-stage-name', 'Source');
  await expect(strip.getByRole('button').first()).toHaveAttribute('aria-current', 'location');
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(READABLE_ZOOM);
});
