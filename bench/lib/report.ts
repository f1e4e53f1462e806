// How a benchmark reports: a table on stdout for people, and bench/results/<name>.json for
// scripts/bench.mjs (which combines them into bench/results/latest.json and bench/README.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Target = { op: '<' | '<=' | '>='; value: number };

export type Figure = {
  metric: string;
  value: number;
  unit: string;
  target?: Target;
  /** Whether the value meets the target; absent when there is no target. */
  pass?: boolean;
  /** How it was measured (runs, sizes), shown under the table. */
  note?: string;
};

export type BenchResult = { name: string; title: string; figures: Figure[]; notes: string[] };

export const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

export function figure(metric: string, value: number, unit: string, target?: Target, note?: string): Figure {
  const pass = target ? meets(value, target) : undefined;
  return { metric, value, unit, ...(target ? { target, pass } : {}), ...(note ? { note } : {}) };
}

function meets(value: number, target: Target): boolean {
  if (target.op === '<') return value < target.value;
  return target.op === '<=' ? value <= target.value : value >= target.value;
}

export const below = (value: number): Target => ({ op: '<', value });
export const atMost = (value: number): Target => ({ op: '<=', value });
export const atLeast = (value: number): Target => ({ op: '>=', value });

/** `12.3`, `1,234` or `0.042`: enough digits to read, no more. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 1 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.metric,
    `${formatValue(f.value)} ${f.unit}`,
    f.target ? `${f.target.op} ${formatValue(f.target.value)} ${f.unit}` : '',
    f.pass === undefined ? '' : f.pass ? 'ok' : 'MISSED',
  ]);
  const header = ['metric', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Prints the table and writes bench/results/<name>.json. */
export function report(result: BenchResult): void {
  console.log(`\n${result.title}\n`);
  console.log(formatTable(result.figures));
  for (const f of result.figures) if (f.note) console.log(`  ${f.metric}: ${f.note}`);
  for (const note of result.notes) console.log(`  ${note}`);
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${result.name}.json`), `${JSON.stringify(result, null, 2)}\n`);
}
