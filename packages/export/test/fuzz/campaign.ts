import fc from 'fast-check';
import { inputsFor, type FuzzInput } from './inputs.js';
import { knownIssueOf } from './known-issues.js';
import { internalErrorMessage, prototypesTouched } from './oracle.js';
import { corpusSeeds, exportedSeeds, type FuzzFormat, type Seed } from './seeds.js';
import { specialInputs } from './specials.js';
import { targetsFor } from './targets.js';

/*
 * One format's fuzzing run: the special inputs, then `runs` generated ones in batches
 * (each batch reproducible from its seed). Every call is timed and checked; after
 * every special input and every `CANARY_EVERY` generated ones, a known-good file must
 * still import, so an input that breaks the importer for later files is caught.
 */

export interface Finding {
  format: FuzzFormat;
  target: string;
  kind: string;
  origin: string;
  problem: string;
  /** Where to regenerate it: the batch seed and index, or the special's name. */
  locator: InputLocator;
  size: number;
}

export type InputLocator = { special: string } | { batchSeed: number; index: number };

export interface SlowestCall {
  ms: number;
  target: string;
  kind: string;
  origin: string;
  size: number;
}

export interface FormatReport {
  format: FuzzFormat;
  inputs: number;
  calls: number;
  byKind: Record<string, number>;
  /** Calls that threw. */
  crashes: Finding[];
  /** Results that broke the contract (no location, bad pipeline ...). */
  violations: Finding[];
  /** Violations that match a known issue (see known-issues.ts), by issue id. */
  known: Record<string, number>;
  /** Errors a last-resort catch produced: the input reached code that threw. */
  internalErrors: Finding[];
  /** The known-good file stopped importing after an input. */
  brokenAfter: Finding[];
  prototypePolluted: Finding[];
  okResults: number;
  errorResults: number;
  /** The slowest call of the whole run (inputs over 5 MB are listed apart in `large`). */
  slowest: SlowestCall | undefined;
  large: SlowestCall[];
  /** Calls over `slowLimitMs` twice in a row (see `remeasure`). */
  slow: SlowestCall[];
}

export interface CampaignOptions {
  format: FuzzFormat;
  runs: number;
  seed: number;
  batchSize?: number;
  /** Leave out the 20 MB inputs (unit-test subset). */
  skipHeavy?: boolean;
  slowLimitMs?: number;
  /** Called before each call (the watchdog's heartbeat). */
  onCall?(info: { format: FuzzFormat; target: string; kind: string; origin: string; locator: InputLocator }): void;
  /** Called after each call with its duration. */
  onCallEnd?(ms: number): void;
}

const CANARY_EVERY = 250;
const LARGE_BYTES = 5 * 1024 * 1024;

/** A second timing of a slow call: one slow run can be a GC pause or a busy machine, two are the input. */
function remeasure(call: () => unknown): number {
  const started = performance.now();
  try {
    call();
  } catch {
    // already recorded by the first run
  }
  return performance.now() - started;
}

const sizeOf = (input: string | Uint8Array) => (typeof input === 'string' ? input.length : input.byteLength);

export function loadSeeds(format: FuzzFormat): { corpus: Seed[]; exported: Seed[] } {
  return { corpus: corpusSeeds(format), exported: exportedSeeds(format) };
}

/** The generated inputs of one batch (the runner regenerates them to write reproducers). */
export function batchInputs(
  format: FuzzFormat,
  seeds: { corpus: Seed[]; exported: Seed[] },
  batchSeed: number,
  size: number,
): FuzzInput[] {
  return fc.sample(inputsFor(format, seeds), { numRuns: size, seed: batchSeed });
}

export function runCampaign(options: CampaignOptions): FormatReport {
  const { format, runs, seed } = options;
  const batchSize = options.batchSize ?? 200;
  const slowLimitMs = options.slowLimitMs ?? 1000;
  const seeds = loadSeeds(format);
  const allSeeds = [...seeds.corpus, ...seeds.exported];
  const report: FormatReport = {
    format,
    inputs: 0,
    calls: 0,
    byKind: {},
    crashes: [],
    violations: [],
    known: {},
    internalErrors: [],
    brokenAfter: [],
    prototypePolluted: [],
    okResults: 0,
    errorResults: 0,
    slowest: undefined,
    large: [],
    slow: [],
  };
  const canary = seeds.exported[0] ?? seeds.corpus[0];

  const runOne = (input: FuzzInput, locator: InputLocator) => {
    report.inputs++;
    report.byKind[input.kind] = (report.byKind[input.kind] ?? 0) + 1;
    const size = sizeOf(input.input);
    const finding = (target: string, problem: string): Finding => ({
      format,
      target,
      kind: input.kind,
      origin: input.origin,
      problem,
      locator,
      size,
    });
    for (const target of targetsFor(format, input)) {
      options.onCall?.({ format, target: target.name, kind: input.kind, origin: input.origin, locator });
      const started = performance.now();
      let result: unknown;
      let threw: unknown;
      try {
        result = target.call(input);
      } catch (error) {
        threw = error;
      }
      let ms = performance.now() - started;
      // The 1 s bound holds for every input of `importPipelines`, the 20 MB ones included (it
      // must refuse them quickly); the importers behind it are timed on large inputs, not bound.
      const bound = size <= LARGE_BYTES || target.name === 'importPipelines';
      if (bound && ms > slowLimitMs)
        ms = Math.min(
          ms,
          remeasure(() => target.call(input)),
        );
      options.onCallEnd?.(ms);
      report.calls++;
      const timing: SlowestCall = { ms, target: target.name, kind: input.kind, origin: input.origin, size };
      if (size > LARGE_BYTES) report.large.push(timing);
      else if (!report.slowest || ms > report.slowest.ms) report.slowest = timing;
      if (bound && ms > slowLimitMs) report.slow.push(timing);
      if (threw !== undefined) {
        const message = threw instanceof Error ? `${threw.name}: ${threw.message}` : String(threw);
        report.crashes.push(finding(target.name, `threw ${message.slice(0, 300)}`));
        continue;
      }
      const problems = target.problems(result, input);
      for (const problem of problems) {
        const known = knownIssueOf(format, problem);
        if (known) report.known[known.id] = (report.known[known.id] ?? 0) + 1;
        else report.violations.push(finding(target.name, problem));
      }
      const internal = internalErrorMessage(result);
      if (internal) report.internalErrors.push(finding(target.name, internal.slice(0, 300)));
      if ((result as { ok?: boolean }).ok) report.okResults++;
      else report.errorResults++;
    }
    if (prototypesTouched()) report.prototypePolluted.push(finding('*', 'Object.prototype or Array.prototype changed'));
  };

  const canaryStillImports = (after: FuzzInput, locator: InputLocator) => {
    if (!canary) return;
    const input: FuzzInput = { kind: 'canary', input: canary.bytes, fileName: canary.fileName, origin: canary.name };
    for (const target of targetsFor(format, input)) {
      let ok: boolean;
      try {
        ok = (target.call(input) as { ok?: boolean }).ok === true;
      } catch {
        ok = false;
      }
      if (!ok) {
        report.brokenAfter.push({
          format,
          target: target.name,
          kind: after.kind,
          origin: after.origin,
          problem: `${canary.name} no longer imports after this input (or one of the ${CANARY_EVERY} before it)`,
          locator,
          size: sizeOf(after.input),
        });
      }
    }
  };

  // Start every parser once (the HCL parser's WASM runtime takes up to a second to start), so
  // the timings are the inputs' own.
  if (canary) {
    const warmUp: FuzzInput = { kind: 'warm-up', input: canary.bytes, fileName: canary.fileName, origin: canary.name };
    for (const target of [...targetsFor(format, warmUp), ...targetsFor(format, { ...warmUp, input: '' })]) {
      try {
        target.call(warmUp);
      } catch {
        // a crash here shows again, and is recorded, when the inputs run
      }
    }
  }
  for (const special of specialInputs(format, allSeeds)) {
    if (special.heavy && options.skipHeavy) continue;
    const locator = { special: special.kind };
    runOne(special, locator);
    canaryStillImports(special, locator);
  }
  for (let done = 0, batch = 0; done < runs; batch++) {
    const batchSeed = seed + batch;
    const size = Math.min(batchSize, runs - done);
    const inputs = batchInputs(format, seeds, batchSeed, size);
    inputs.forEach((input, index) => {
      runOne(input, { batchSeed, index });
      if ((done + index + 1) % CANARY_EVERY === 0) canaryStillImports(input, { batchSeed, index });
    });
    done += size;
  }
  return report;
}
