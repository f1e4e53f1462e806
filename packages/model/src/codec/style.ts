import type { JsonTextStyle } from './types.js';

/** Indentation, line ending and Python's comma-space habit, read from the text. */
export function detectStyle(text: string): JsonTextStyle {
  const eol = /\r\n/.test(text.slice(0, 10_000)) ? '\r\n' : '\n';
  return { indent: detectIndent(text), eol, spaceBeforeEol: text.includes(', \n') || text.includes(', \r\n') };
}

/**
 * One indentation step: the most frequent increase in leading whitespace from a
 * line to the next (ties go to the smaller step); tabs when most lines use them.
 */
function detectIndent(text: string): string {
  const counts = new Map<number, number>();
  let tabs = 0;
  let spaces = 0;
  let previous = 0;
  for (const line of text.slice(0, 50_000).split(/\r?\n/)) {
    const match = /^([ \t]*)\S/.exec(line);
    if (!match) continue;
    const lead = match[1] as string;
    if (lead.startsWith('\t')) tabs++;
    else if (lead.length > 0) spaces++;
    if (lead.length > previous) counts.set(lead.length - previous, (counts.get(lead.length - previous) ?? 0) + 1);
    previous = lead.length;
  }
  if (tabs > spaces) return '\t';
  let best = 0;
  let bestCount = 0;
  for (const [step, count] of counts) {
    if (count > bestCount || (count === bestCount && step < best)) [best, bestCount] = [step, count];
  }
  return best === 0 ? '  ' : ' '.repeat(best);
}
