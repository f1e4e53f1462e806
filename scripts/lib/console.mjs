// @ts-check
// Consistent, readable output for the repository scripts (headings, notes, failures).
const useColour = process.stdout.isTTY && !process.env.NO_COLOR;

/** @param {string} code @param {string} text */
const paint = (code, text) => (useColour ? `\u001b[${code}m${text}\u001b[0m` : text);

export const bold = (/** @type {string} */ text) => paint('1', text);
export const green = (/** @type {string} */ text) => paint('32', text);
export const red = (/** @type {string} */ text) => paint('31', text);
export const yellow = (/** @type {string} */ text) => paint('33', text);

/** A step heading such as `==> [3/7] eslint`. @param {string} title */
export function heading(title) {
  console.log(`\n${bold(`==> ${title}`)}`);
}

/** @param {string} message */
export function note(message) {
  console.log(`    ${message}`);
}

/** @param {string} message */
export function warn(message) {
  console.warn(yellow(`!!! ${message}`));
}

/** @param {string} message */
export function fail(message) {
  console.error(red(`xxx ${message}`));
}

/** Milliseconds as `12.3 s` or `850 ms`. @param {number} ms */
export function formatDuration(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
