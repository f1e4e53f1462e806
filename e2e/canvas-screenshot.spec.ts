// Screenshots of the main screen for the docs. Skipped unless PIPEWRIGHT_SCREENSHOTS=1, so a
// normal test run never rewrites tracked files:
//   PIPEWRIGHT_SCREENSHOTS=1 npm run test:e2e -- canvas-screenshot
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.js';

const docs = (name: string) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url));

test.skip(!process.env.PIPEWRIGHT_SCREENSHOTS, 'set PIPEWRIGHT_SCREENSHOTS=1 to refresh docs/screenshot-*.png');
test.use({ viewport: { width: 1600, height: 960 } });

test('main screen with a template pipeline', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New from template' }).click();
  await page.getByRole('button', { name: /Multi-account deployment/ }).click();
  await expect(page.getByTestId('stage-lane').first()).toBeVisible();
  // A problem to show: rename an action to a name used in another stage.
  const first = page.locator('[data-testid="action-node"]').nth(1);
  await first.click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: docs('screenshot-canvas.png') });
});
