// @ts-check
// Runs named steps in order with a heading each, stops at the first failure, and prints timings.
import { bold, fail, formatDuration, green, heading, red, yellow } from './console.mjs';

/**
 * @typedef {{ title: string, run: () => Promise<number> }} Step
 * @typedef {{ title: string, code: number, ms: number }} StepResult
 */

/**
 * @param {string} name what the whole run is called in the summary (e.g. `npm test`)
 * @param {readonly Step[]} steps
 * @param {{ notes?: () => string[] }} [options] `notes`: lines for the summary, after the steps
 *   (e.g. how many corpus tests were skipped)
 * @returns {Promise<number>} 0 when every step passed, else the failing step's exit code
 */
export async function runSteps(name, steps, { notes } = {}) {
  /** @type {StepResult[]} */
  const results = [];
  for (const [index, step] of steps.entries()) {
    heading(`[${index + 1}/${steps.length}] ${step.title}`);
    const started = performance.now();
    let code;
    try {
      code = await step.run();
    } catch (error) {
      fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
      code = 1;
    }
    results.push({ title: step.title, code, ms: performance.now() - started });
    if (code !== 0) break;
  }
  printSummary(name, steps, results, notes?.() ?? []);
  return results.find((result) => result.code !== 0)?.code ?? 0;
}

/**
 * @param {string} name @param {readonly Step[]} steps @param {readonly StepResult[]} results
 * @param {readonly string[]} notes
 */
function printSummary(name, steps, results, notes) {
  const width = Math.max(...steps.map((step) => step.title.length));
  heading(`Summary of ${name}`);
  for (const step of steps) {
    const result = results.find((candidate) => candidate.title === step.title);
    const status = !result ? 'skipped' : result.code === 0 ? green('ok') : red(`FAILED (exit ${result.code})`);
    const time = result ? formatDuration(result.ms).padStart(9) : ''.padStart(9);
    console.log(`    ${step.title.padEnd(width)}  ${time}  ${status}`);
  }
  if (notes.length > 0) console.log('');
  for (const line of notes) console.log(`    ${yellow(line)}`);
  const total = results.reduce((sum, result) => sum + result.ms, 0);
  const failed = results.find((result) => result.code !== 0);
  const verdict = failed ? red(`${name} failed at "${failed.title}"`) : green(`${name} passed`);
  console.log(`\n${bold(verdict)} in ${formatDuration(total)}`);
}
