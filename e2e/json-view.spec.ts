// The JSON view: Monaco loaded lazily from this origin under the production CSP, in sync both ways.
import { expect, test } from './fixtures.js';
import { actionNode, fixtureFile, docsScreenshot, importFile, inspector, openJsonView } from './panels-helpers.js';

test('the JSON view loads Monaco locally and shows the diagnostics as markers', async ({ page, requests }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto('/');
  const scriptsBefore = requests.filter((r) => r.resourceType === 'script').length;
  const review = await importFile(page, fixtureFile('json/01-needs-work.json'));
  await review.getByRole('button', { name: 'Done' }).click();
  const editor = await openJsonView(page);
  // Monaco (and its JSON worker) came from this origin, after the first paint.
  expect(requests.filter((r) => r.resourceType === 'script').length).toBeGreaterThan(scriptsBefore);
  await expect.poll(() => requests.some((r) => /json\.worker/.test(r.url))).toBe(true);
  // Our markers: errors on the placeholder role and bucket.
  await expect(editor.locator('.squiggly-error').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'In sync with the canvas.' })).toBeVisible();
  // The file's own shape (create-pipeline) is kept.
  await expect(editor.locator('.view-lines')).toContainText('"storefront-release"');
  // No font or codicon from a CDN (the end-of-journey guard fails on any off-origin request too).
  expect(
    requests.filter((r) => r.resourceType === 'font').every((r) => r.url.startsWith(new URL(page.url()).origin)),
  ).toBe(true);
  // Hovering a marker shows the diagnostic with its rule id, and the API's documentation of the field.
  const role = editor.locator('.view-line span span', { hasText: '"<PIPELINE_SERVICE_ROLE>"' });
  const hover = page.locator('.monaco-hover').filter({ hasText: 'role-arn-format' }).first();
  await expect(async () => {
    await role.hover({ position: { x: 20, y: 5 } });
    await expect(hover).toBeVisible({ timeout: 2000 });
  }).toPass();
  await expect(hover).toContainText('The Amazon Resource Name (ARN) for CodePipeline');
  await docsScreenshot(page, 'json-view-markers.png');
  await page.mouse.move(0, 0);

  // A diagnostic's fix is offered as a quick fix in the editor too (Ctrl+.).
  await editor.click({ position: { x: 200, y: 10 } });
  await page.keyboard.press('ControlOrMeta+Home');
  for (let line = 1; line < 13; line++) await page.keyboard.press('ArrowDown'); // line 13: "configuration": {
  await page.keyboard.press('End');
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget').getByText('Set PollForSourceChanges to "false"', { exact: false });
  await expect(fix).toBeVisible();
  await fix.click();
  await expect(editor.locator('.view-lines')).toContainText('"PollForSourceChanges": "false"');
  // 2 errors and 3 warnings remain (GitHub v1 is also 'no longer recommended').
  await expect(page.getByRole('tab', { name: /Problems/ })).toContainText('5');

  // The JSON Schema derived from the model offers completion.
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ArrowDown'); // line 2: "pipeline": {
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"exec');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget').getByText('executionMode')).toBeVisible();
  await page.keyboard.press('Escape');
});

test('editing the JSON moves the canvas; broken JSON shows its error and keeps the last good pipeline', async ({
  page,
}) => {
  await page.goto('/');
  const review = await importFile(page, fixtureFile('json/01-needs-work.json'));
  await review.getByRole('button', { name: 'Done' }).click();
  const editor = await openJsonView(page);

  // Selecting a node reveals its text; rename the action there: select the word, type over it.
  await actionNode(page, 'Compile').click();
  await editor
    .locator('.view-line span', { hasText: /^"Compile"$/ })
    .first()
    .dblclick();
  await page.keyboard.type('CompileAction');
  await expect(actionNode(page, 'CompileAction')).toBeVisible();
  await expect(actionNode(page, 'Compile')).toHaveCount(0);

  // Break it: the error says where, the canvas keeps the last good pipeline.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText(',');
  const status = page.locator('.pw-json-error');
  await expect(status).toContainText(/Line \d+, column \d+/);
  await expect(status).toContainText('keeps the last valid pipeline');
  await expect(actionNode(page, 'CompileAction')).toBeVisible();
  await page.keyboard.press('Backspace');
  await expect(status).toBeHidden();

  // Canvas -> text: a rename in the inspector shows in the JSON.
  await actionNode(page, 'CompileAction').click();
  const name = inspector(page).getByLabel('Action name', { exact: true });
  await name.fill('Assemble');
  await name.press('Enter');
  await expect(editor.locator('.view-lines')).toContainText('"Assemble"');

  // Moving the cursor into the source action selects its node.
  await editor.click({ position: { x: 200, y: 10 } });
  await page.keyboard.press('ControlOrMeta+Home');
  for (let line = 1; line < 10; line++) await page.keyboard.press('ArrowDown'); // line 10: "name": "Checkout"
  await expect(editor.locator('.view-line', { hasText: '"Checkout"' })).toBeVisible();
  await expect(actionNode(page, 'Checkout')).toHaveClass(/is-selected/);
});
