// @ts-check
// `npm run bench [-- <name>...]`: runs every bench/<name>.ts (or the ones named) one after the
// other, each writing bench/results/<name>.json (see bench/README.md for the convention), then
// prints one combined table, writes bench/results/latest.json and refreshes the figures in
// bench/README.md. Never part of `npm test`.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { bold, fail, formatDuration, heading, note } from './lib/console.mjs';
import { installIfNeeded } from './lib/install.mjs';
import { benchDir, benchResultsDir, repoRoot } from './lib/paths.mjs';
import { run } from './lib/process.mjs';

/**
 * @typedef {{ metric: string, value: number, unit: string, target?: { op: '<' | '<=' | '>=', value: number }, pass?: boolean, note?: string }} Figure
 * @typedef {{ name: string, title: string, figures: Figure[], notes: string[] }} BenchResult
 * @typedef {BenchResult & { ok: boolean, measuredAt: string, seconds: number }} BenchEntry
 */

const README_START = '<!-- bench-results:start (written by scripts/bench.mjs) -->';
const README_END = '<!-- bench-results:end -->';

/** Benchmarks are the top-level bench/*.ts files; helpers live in bench/lib, tests end in .test.ts. */
function discoverBenches() {
  return readdirSync(benchDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .map((file) => basename(file, '.ts'))
    .sort();
}

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown CPU';
  return {
    cpu: model,
    cores: cpus().length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    // Other work on the machine skews every figure: record how busy it was.
    loadAverage: Number((loadavg()[0] ?? 0).toFixed(1)),
  };
}

/** @param {string} name @returns {Promise<BenchEntry>} */
async function runBench(name) {
  const resultFile = join(benchResultsDir, `${name}.json`);
  rmSync(resultFile, { force: true });
  const started = performance.now();
  const code = await run(join(repoRoot, 'node_modules', '.bin', 'tsx'), [join(benchDir, `${name}.ts`)]);
  const seconds = (performance.now() - started) / 1000;
  const measuredAt = new Date().toISOString();
  if (code !== 0 || !existsSync(resultFile)) {
    fail(code !== 0 ? `bench/${name}.ts exited with ${code}` : `bench/${name}.ts wrote no ${resultFile}`);
    return { name, title: name, figures: [], notes: [`failed (exit ${code})`], ok: false, measuredAt, seconds };
  }
  /** @type {BenchResult} */
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  return { ...result, name, ok: true, measuredAt, seconds };
}

/** @param {number} value */
function formatValue(value) {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 1 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** @param {readonly BenchEntry[]} entries @returns {string[][]} */
function tableRows(entries) {
  return entries.flatMap((entry) =>
    entry.ok
      ? entry.figures.map((f) => [
          entry.name,
          f.metric,
          `${formatValue(f.value)} ${f.unit}`,
          f.target ? `${f.target.op} ${formatValue(f.target.value)} ${f.unit}` : '',
          f.pass === undefined ? '' : f.pass ? 'ok' : 'MISSED',
        ])
      : [[entry.name, '(failed to run)', '', '', 'FAILED']],
  );
}

const HEADER = ['bench', 'metric', 'value', 'target', 'verdict'];

/** @param {readonly string[][]} rows */
function printTable(rows) {
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  /** @param {readonly string[]} cells */
  const line = (cells) =>
    cells
      .map((cell, i) => (i === 2 || i === 3 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ');
  console.log(line(HEADER));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row).trimEnd());
}

/** @param {ReturnType<typeof machine>} host @param {readonly BenchEntry[]} entries */
function markdownSummary(host, entries) {
  const escape = (/** @type {string} */ cell) => cell.replace(/\|/g, '\\|');
  const rows = tableRows(entries).map((row) => `| ${row.map(escape).join(' | ')} |`);
  const dates = [...new Set(entries.map((entry) => entry.measuredAt.slice(0, 10)))].join(', ');
  const notes = entries.flatMap((entry) => [
    ...entry.figures.filter((f) => f.note).map((f) => `- ${entry.name} / ${f.metric}: ${f.note}`),
    ...entry.notes.map((text) => `- ${entry.name}: ${text}`),
  ]);
  return [
    README_START,
    `Measured ${dates} on ${host.cores} cores of ${host.cpu}, Node ${host.node} (${host.platform}), ` +
      `load average ${host.loadAverage} when the run started.`,
    '',
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map((_, i) => (i === 2 || i === 3 ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows,
    ...(notes.length ? ['', ...notes] : []),
    README_END,
  ].join('\n');
}

/** @param {string} summary */
async function updateReadme(summary) {
  const readme = join(benchDir, 'README.md');
  if (!existsSync(readme)) return;
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) {
    note('bench/README.md has no results markers; not updated.');
    return;
  }
  writeFileSync(readme, text.slice(0, start) + summary + text.slice(end + README_END.length));
  // Keep the README as `prettier --check` (part of npm test) wants it: tables get aligned.
  await run(join(repoRoot, 'node_modules', '.bin', 'prettier'), ['--write', '--log-level', 'warn', readme]);
  note('Updated the figures in bench/README.md.');
}

/** Entries from the previous latest.json for benches not run this time (so a partial run keeps them). */
function previousEntries() {
  const latest = join(benchResultsDir, 'latest.json');
  if (!existsSync(latest)) return [];
  try {
    return /** @type {BenchEntry[]} */ (JSON.parse(readFileSync(latest, 'utf8')).benches ?? []);
  } catch {
    return [];
  }
}

async function main() {
  if ((await installIfNeeded()) !== 0) return 1;
  const host = machine(); // before the benchmarks load the machine themselves
  const available = discoverBenches();
  const requested = process.argv.slice(2);
  const unknown = requested.filter((name) => !available.includes(name));
  if (unknown.length) {
    fail(`No such benchmark: ${unknown.join(', ')} (available: ${available.join(', ') || 'none'})`);
    return 2;
  }
  const names = requested.length ? requested : available;
  mkdirSync(benchResultsDir, { recursive: true });
  /** @type {BenchEntry[]} */
  const fresh = [];
  for (const [index, name] of names.entries()) {
    heading(`[${index + 1}/${names.length}] bench/${name}.ts`);
    const entry = await runBench(name);
    note(`took ${formatDuration(entry.seconds * 1000)}`);
    fresh.push(entry);
  }
  const entries = [...previousEntries().filter((old) => !names.includes(old.name)), ...fresh].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  heading('All benchmarks');
  console.log(`    ${host.cores} cores of ${host.cpu}, Node ${host.node}, load average ${host.loadAverage} at start\n`);
  printTable(tableRows(entries));
  const latest = { measuredAt: new Date().toISOString(), machine: host, benches: entries };
  writeFileSync(join(benchResultsDir, 'latest.json'), `${JSON.stringify(latest, null, 2)}\n`);
  note('\nWrote bench/results/latest.json.');
  await updateReadme(markdownSummary(host, entries));
  const failed = fresh.filter((entry) => !entry.ok).map((entry) => entry.name);
  if (failed.length) fail(`Failed to run: ${failed.join(', ')}`);
  else console.log(bold('\nAll benchmarks ran.'));
  return failed.length ? 1 : 0;
}

process.exitCode = await main();
