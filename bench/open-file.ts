// Opening a file in the designer, production build: from a file dropped in the Import dialog to
// the canvas drawn with its pipeline (the first action of the first stage on screen, two frames
// later), for the median-sized corpus file of each format (API JSON, CloudFormation YAML,
// Terraform), and for the 2,500-action and 500-action (AWS maximum, rules.md R21) pipelines as
// JSON. Each run is a fresh page. The dialog starts the import worker and the Terraform parser
// when it opens; the median files are dropped 1 s after it opened (a user choosing a file; the
// target) and right as it opens (the parser's whole start-up inside).  target <= 150 ms (median files)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { importPipelines } from '@pipewright/export';
import { displayValue, formatPipelineJson, generatePipeline } from '@pipewright/model';
import { corpusDir, CORPUS_HINT } from '../test-support/corpus.mjs';
import { PROBE_FIRST_DRAW } from './lib/page-probes.js';
import { atMost, figure, report, type Figure } from './lib/report.js';
import { describeSamples, median } from './lib/stats.js';
import { buildWebApp, launchChromium, serveWebApp } from './lib/web-app.js';

const RUNS = 7;
const VIEWPORT = { width: 1440, height: 900 };

type OpenCase = { label: string; fileName: string; text: string; target?: number; dialogOpenMs: number };

/** The canvas node of the file's first action: what "drawn with the new pipeline" waits for. */
function firstActionSelector(text: string, fileName: string): string {
  const read = importPipelines(text, { fileName });
  if (!read.ok) throw new Error(`${fileName} does not import: ${read.error.message}`);
  const action = read.pipelines[0]?.pipeline.stages[0]?.actions[0];
  if (!action) throw new Error(`${fileName} has no action to wait for`);
  return `[data-testid="action-node"][data-action-name=${JSON.stringify(displayValue(action.name))}]`;
}

/**
 * Expression: drops `text` as a file named `fileName` on the Import dialog's drop zone and sets
 * window.__pwOpenTiming, a promise of the milliseconds from the drop to the presented frame that
 * shows `selector`. (A string, not a function: see page-probes.ts.)
 */
const dropAndTime = (text: string, fileName: string, selector: string) => `(() => {
  const selector = ${JSON.stringify(selector)};
  const file = new File([${JSON.stringify(text)}], ${JSON.stringify(fileName)});
  window.__pwOpenTiming = new Promise((resolve, reject) => {
    const zone = document.querySelector('.pw-drop-zone');
    if (!zone) return reject(new Error('the Import dialog has no drop zone'));
    if (document.querySelector(selector)) return reject(new Error(selector + ' is on the page before the drop'));
    let start;
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
    const data = new DataTransfer();
    data.items.add(file);
    start = performance.now();
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    setTimeout(() => reject(new Error('nothing matched ' + selector + ' within 30 s of the drop')), 30000);
  });
})()`;

/** One run in a fresh context: the app drawn, the Import dialog opened, the file dropped. */
async function openOnce(browser: Browser, url: string, item: OpenCase, selector: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: PROBE_FIRST_DRAW });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForSelector('body[data-drawn]', { state: 'attached', timeout: 60_000 });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('.pw-drop-zone').waitFor({ state: 'visible' });
    if (item.dialogOpenMs > 0) await page.waitForTimeout(item.dialogOpenMs);
    await page.evaluate(dropAndTime(item.text, item.fileName, selector));
    const ms = (await page.evaluate('window.__pwOpenTiming')) as number;
    if (errors.length) throw new Error(`the page reported errors: ${errors.join(' | ')}`);
    return ms;
  } finally {
    await context.close();
  }
}

/** The median-sized file (by bytes) of a corpus folder. */
function medianFile(dir: string, pattern: RegExp): string {
  const files = readdirSync(dir)
    .filter((name) => pattern.test(name))
    .map((name) => ({ name, size: statSync(join(dir, name)).size }))
    .sort((a, b) => a.size - b.size || (a.name < b.name ? -1 : 1));
  const middle = files[Math.floor((files.length - 1) / 2)];
  if (!middle) throw new Error(`no ${pattern} file in ${dir}`);
  return join(dir, middle.name);
}

function cases(notes: string[]): OpenCase[] {
  const list: OpenCase[] = [];
  const real = corpusDir === undefined ? undefined : join(corpusDir, 'real');
  if (real === undefined) notes.push(`median corpus files skipped: no corpus (${CORPUS_HINT})`);
  else
    for (const [label, folder, pattern] of [
      ['JSON', 'json', /\.json$/],
      ['CloudFormation YAML', 'cfn', /\.ya?ml$/],
      ['Terraform', 'tf', /\.tf$/],
    ] as const) {
      const path = medianFile(join(real, folder), pattern);
      const text = readFileSync(path, 'utf8');
      const fileName = path.slice(real.length + 1);
      const name = `median ${label} (${fileName}, ${(text.length / 1024).toFixed(1)} KiB)`;
      list.push({ label: `${name}, dialog open 1 s`, fileName, text, target: 150, dialogOpenMs: 1000 });
      list.push({ label: `${name}, dropped as it opens`, fileName, text, dialogOpenMs: 0 });
    }
  for (const [label, stages] of [
    ['2,500 actions, JSON', 50],
    ['500 actions (AWS maximum), JSON', 10],
  ] as const) {
    const text = formatPipelineJson(generatePipeline({ stages, actionsPerStage: 50 }), 'create-pipeline');
    const fileName = `pipeline-${stages}.json`;
    list.push({
      label: `${label} (${(text.length / 1024).toFixed(0)} KiB), dialog open 1 s`,
      fileName,
      text,
      dialogOpenMs: 1000,
    });
  }
  return list;
}

async function main(): Promise<void> {
  const notes: string[] = [];
  if (process.env.BENCH_SKIP_BUILD) notes.push('measured the existing apps/web/dist (BENCH_SKIP_BUILD)');
  else buildWebApp();
  const server = await serveWebApp();
  const browser = await launchChromium();
  const figures: Figure[] = [];
  notes.push(`Chromium ${browser.version()}, viewport ${VIEWPORT.width}x${VIEWPORT.height}`);
  try {
    for (const item of cases(notes)) {
      const selector = firstActionSelector(item.text, item.fileName);
      await openOnce(browser, server.url, item, selector); // warm-up: OS file cache, Chromium's code cache
      const samples: number[] = [];
      for (let run = 0; run < RUNS; run++) samples.push(await openOnce(browser, server.url, item, selector));
      figures.push(
        figure(
          `drop -> drawn, ${item.label}`,
          median(samples),
          'ms',
          item.target === undefined ? undefined : atMost(item.target),
          `${describeSamples(samples)}; a fresh page each run`,
        ),
      );
    }
  } finally {
    await browser.close();
    server.stop();
  }
  report({ name: 'open-file', title: 'Opening a file in the designer (drop -> canvas drawn)', figures, notes });
}

await main();
