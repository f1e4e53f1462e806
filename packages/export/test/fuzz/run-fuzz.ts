import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { batchInputs, loadSeeds, type Finding, type FormatReport, type InputLocator } from './campaign.js';
import { KNOWN_ISSUES } from './known-issues.js';
import { CORPUS_HINT } from '../../../../test-support/corpus.mjs';
import { recordSkips } from '../../../../test-support/skip-log.mjs';
import { FUZZ_FORMATS, corpusSeeds, fileSeedSource, type FuzzFormat } from './seeds.js';
import { specialInputs } from './specials.js';
import type { WorkerRequest } from './worker.js';

/*
 * `npm run test:fuzz`: fuzzes every importer with at least `--runs` generated inputs per
 * format plus the special ones, each format in a worker thread watched for hangs. Prints
 * one table, writes the findings and their reproducers to a temporary folder, and exits
 * non-zero on any crash, contract violation, hang, slow input or polluted prototype.
 */

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20261126' },
    format: { type: 'string', multiple: true },
    'hang-seconds': { type: 'string', default: '30' },
    'max-seconds': { type: 'string', default: '480' },
    'slow-ms': { type: 'string', default: '1000' },
    out: { type: 'string', default: join(tmpdir(), 'pipewright-fuzz') },
  },
});

const runs = Number(values.runs);
const seed = Number(values.seed);
const hangMs = Number(values['hang-seconds']) * 1000;
/** The whole run's bound: past it, the formats still running are stopped and the run fails. */
const maxMs = Number(values['max-seconds']) * 1000;
const runStarted = performance.now();
const slowLimitMs = Number(values['slow-ms']);
const formats = (values.format ?? FUZZ_FORMATS) as FuzzFormat[];
const outDir = values.out;

interface CallInfo {
  format: FuzzFormat;
  target: string;
  kind: string;
  origin: string;
  locator: InputLocator;
}

interface Outcome {
  format: FuzzFormat;
  report?: FormatReport;
  hang?: CallInfo & { seconds: number };
  died?: string;
  seconds: number;
}

function runFormat(format: FuzzFormat): Promise<Outcome> {
  const started = performance.now();
  const request: WorkerRequest = { format, runs, seed, slowLimitMs };
  // The worker is TypeScript too: it registers the same loader (tsx) before importing it.
  const entry = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry)}))`;
  const worker = new Worker(bootstrap, { eval: true, workerData: request });
  let lastCall: CallInfo | undefined;
  let lastCallAt = performance.now();
  return new Promise((resolve) => {
    const finish = (outcome: Omit<Outcome, 'format' | 'seconds'>) => {
      clearInterval(watchdog);
      resolve({ format, ...outcome, seconds: (performance.now() - started) / 1000 });
    };
    const watchdog = setInterval(() => {
      if (performance.now() - runStarted > maxMs) {
        void worker.terminate();
        finish({ died: `stopped: the run took longer than ${maxMs / 1000} s (--max-seconds)` });
        return;
      }
      const silent = performance.now() - lastCallAt;
      if (silent < hangMs || !lastCall) return;
      void worker.terminate();
      finish({ hang: { ...lastCall, seconds: silent / 1000 } });
    }, 250);
    worker.on('message', (message: { type: 'call'; call: CallInfo } | { type: 'report'; report: FormatReport }) => {
      if (message.type === 'call') {
        lastCall = message.call;
        lastCallAt = performance.now();
      } else {
        finish({ report: message.report });
      }
    });
    worker.on('error', (error) =>
      finish({ died: `${error.name}: ${error.message} (last call: ${JSON.stringify(lastCall)})` }),
    );
    worker.on('exit', (code) => {
      if (code !== 0) finish({ died: `worker exited with code ${code} (last call: ${JSON.stringify(lastCall)})` });
    });
  });
}

async function runAll(): Promise<Outcome[]> {
  const queue = [...formats];
  const outcomes: Outcome[] = [];
  const lanes = Math.max(1, Math.min(2, availableParallelism(), queue.length));
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let format = queue.shift(); format; format = queue.shift()) {
        const outcome = await runFormat(format);
        outcomes.push(outcome);
        console.log(`  ${format}: done in ${outcome.seconds.toFixed(1)} s`);
      }
    }),
  );
  return formats.map((f) => outcomes.find((o) => o.format === f) as Outcome);
}

/** Regenerates a finding's input and saves it, so it can be attached to a bug or added to repro/. */
function saveReproducer(finding: Finding, index: number): string | undefined {
  const seeds = loadSeeds(finding.format);
  const locator = finding.locator;
  const input =
    'special' in locator
      ? specialInputs(finding.format, [...seeds.corpus, ...seeds.exported]).find((s) => s.kind === locator.special)
      : batchInputs(finding.format, seeds, locator.batchSeed, locator.index + 1)[locator.index];
  if (!input || finding.size > 1024 * 1024) return undefined;
  const file = join(outDir, `${finding.format}-${index}-${finding.kind.replace(/[^a-z0-9-]/gi, '_')}.bin`);
  writeFileSync(file, input.input);
  return file;
}

const ms = (value: number | undefined) => (value === undefined ? '-' : `${value.toFixed(1)} ms`);

function printTable(outcomes: Outcome[]): void {
  const header = [
    'format',
    'inputs',
    'calls',
    'crashes',
    'bad results',
    'known issues',
    'caught internal errors',
    'broke importer',
    'slowest call',
    '20 MB inputs',
  ];
  const rows = outcomes.map((o) => {
    const r = o.report;
    if (!r) return [o.format, '-', '-', o.hang ? 'HANG' : 'DIED', '-', '-', '-', '-', '-', '-'];
    return [
      o.format,
      String(r.inputs),
      String(r.calls),
      String(r.crashes.length),
      String(r.violations.length + r.prototypePolluted.length),
      Object.entries(r.known)
        .map(([id, n]) => `${n} ${id}`)
        .join(', ') || '0',
      String(r.internalErrors.length),
      String(r.brokenAfter.length),
      r.slowest ? `${ms(r.slowest.ms)} (${r.slowest.target}, ${r.slowest.kind})` : '-',
      r.large.length ? `max ${ms(Math.max(...r.large.map((l) => l.ms)))}` : '-',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

function groupFindings(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.format} ${f.target}: ${f.problem.replace(/\d+/g, 'N').slice(0, 120)}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return groups;
}

console.log(`Fuzzing ${formats.join(', ')}: ${runs} generated inputs per format plus the special ones (seed ${seed})`);
const outcomes = await runAll();
mkdirSync(outDir, { recursive: true });
console.log('');
printTable(outcomes);

let failed = false;
const failures: string[] = [];
let reproIndex = 0;
for (const o of outcomes) {
  if (o.hang)
    failures.push(
      `${o.format}: HANG (${o.hang.seconds.toFixed(0)} s without progress) in ${o.hang.target} on ${o.hang.kind} (${o.hang.origin})`,
    );
  if (o.died) failures.push(`${o.format}: the fuzzing worker died: ${o.died}`);
  const r = o.report;
  if (!r) continue;
  if (
    r.inputs -
      Object.entries(r.byKind)
        .filter(([k]) => k.startsWith('special:'))
        .reduce((s, [, n]) => s + n, 0) <
    runs
  )
    failures.push(`${o.format}: fewer than ${runs} generated inputs`);
  for (const slow of r.slow)
    failures.push(
      `${o.format}: ${slow.target} took ${ms(slow.ms)} (twice over ${slowLimitMs} ms) on ${slow.kind} (${slow.origin}, ${slow.size} bytes)`,
    );
  for (const large of r.large)
    console.log(
      `  ${o.format}: ${large.target} on ${large.kind} (${(large.size / 1024 / 1024).toFixed(1)} MB): ${ms(large.ms)}`,
    );
  const all = [...r.crashes, ...r.violations, ...r.internalErrors, ...r.brokenAfter, ...r.prototypePolluted];
  for (const [key, group] of groupFindings(all)) {
    const first = group[0] as Finding;
    const file = saveReproducer(first, reproIndex++);
    failures.push(
      `${key} (${group.length}x; e.g. ${first.kind}: ${first.origin}${file ? `; input saved to ${file}` : ''})`,
    );
  }
}
for (const issue of KNOWN_ISSUES) {
  const hits = outcomes.reduce((sum, o) => sum + (o.report?.known[issue.id] ?? 0), 0);
  if (hits === 0 && formats.includes(issue.format))
    console.log(`Known issue ${issue.id} was not hit: if it is fixed, remove it from known-issues.ts.`);
}
const slowestOverall = outcomes
  .flatMap((o) => (o.report?.slowest ? [{ format: o.format, ...o.report.slowest }] : []))
  .sort((a, b) => b.ms - a.ms)[0];
if (slowestOverall)
  console.log(
    `\nSlowest input: ${ms(slowestOverall.ms)} (${slowestOverall.format}, ${slowestOverall.target}, ${slowestOverall.kind}: ${slowestOverall.origin}, ${slowestOverall.size} bytes)`,
  );
writeFileSync(join(outDir, 'latest.json'), JSON.stringify(outcomes, null, 2));
if (failures.length > 0) {
  failed = true;
  console.log(`\n${failures.length} problem(s):`);
  for (const f of failures) console.log(`  - ${f}`);
}
console.log(`\nReport: ${join(outDir, 'latest.json')}`);
const failedFormats = outcomes.filter((o) => failures.some((f) => f.startsWith(`${o.format}`))).length;
console.log(`fuzz: ${outcomes.length - failedFormats} passed, ${failedFormats} failed`);
if (fileSeedSource === 'fixtures') {
  const files = formats.reduce((sum, format) => sum + corpusSeeds(format).length, 0);
  console.log(`corpus not found: the fuzzers mutated the team's ${files} fixture files instead; ${CORPUS_HINT}`);
  recordSkips('importer fuzzing', { corpus: 0, reference: 0, note: 'fuzz seeds from the fixtures' });
}
process.exitCode = failed ? 1 : 0;
