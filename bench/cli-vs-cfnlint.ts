// `pipewright validate` against cfn-lint, whole process: on the maximum pipeline (50 x 50 = 2,500
// actions, the stress case), on AWS's largest allowed pipeline (10 x 50 = 500 actions, rules.md
// R21) and on a folder (every pipeline file of the corpus in one `pipewright validate DIR...`
// against one `cfn-lint` over the corpus's CloudFormation templates). The bundled CLI is run with
// node directly on the pipeline saved as JSON, cfn-lint on the same pipeline exported as
// CloudFormation. Wall time, median of several runs. Target: 40x faster. Node's own start-up
// (`node -e 0`) is reported as the floor.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportPipeline } from '@pipewright/export';
import { formatPipelineJson, generatePipeline } from '@pipewright/model';
import { corpusDir, CORPUS_HINT } from '../test-support/corpus.mjs';
import { atLeast, figure, report, type Figure } from './lib/report.js';
import { describeSamples, median } from './lib/stats.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const cliBundle = join(repoRoot, 'packages', 'cli', 'dist', 'pipewright.mjs');
const CLI_RUNS = 9;
const CFN_LINT_RUNS = 3;

type Timed = { ms: number; status: number };

/** Runs a command to completion, discarding its output; whole-process wall time. */
function timeProcess(command: string, args: readonly string[]): Timed {
  const started = performance.now();
  const child = spawnSync(command, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - started;
  if (child.error) throw new Error(`cannot run ${command}: ${child.error.message}`);
  return { ms, status: child.status ?? -1 };
}

function timeRuns(runs: number, command: string, args: readonly string[], okStatus: (status: number) => boolean) {
  timeProcess(command, args); // warm the file cache (and Python's bytecode cache for cfn-lint)
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { ms, status } = timeProcess(command, args);
    if (!okStatus(status)) throw new Error(`${command} ${args.join(' ')} exited with ${status}`);
    samples.push(ms);
  }
  return samples;
}

/** Makes sure packages/cli/dist/pipewright.mjs is built from the current sources. */
function ensureCliBundle(): void {
  const launcher = join(repoRoot, 'scripts', 'pipewright.mjs');
  if (!existsSync(launcher)) throw new Error('scripts/pipewright.mjs does not exist yet (the CLI has not landed)');
  spawnSync(process.execPath, [launcher, '--help'], { cwd: repoRoot, stdio: 'ignore' });
  if (!existsSync(cliBundle)) throw new Error(`no CLI bundle at ${cliBundle} after running scripts/pipewright.mjs`);
}

// pipewright: 0 = clean, 1 = problems found (2,500 actions exceed AWS's quota), 2 = unreadable (a corpus file may be).
const pipewrightOk = (s: number) => s === 0 || s === 1 || s === 2;
// cfn-lint: 0 = clean, 2/4/6/8... = errors/warnings/infos found; 1 and 32 are crashes or usage errors.
const cfnLintOk = (s: number) => s === 0 || (s % 2 === 0 && s < 32);

/** One pair of figures and their ratio: pipewright and cfn-lint on the same input. */
function comparison(label: string, pipewrightArgs: readonly string[], cfnLintArgs: readonly string[]): Figure[] {
  const cli = timeRuns(CLI_RUNS, process.execPath, [cliBundle, 'validate', ...pipewrightArgs], pipewrightOk);
  const cfnLint = timeRuns(CFN_LINT_RUNS, 'cfn-lint', cfnLintArgs, cfnLintOk);
  return [
    figure(`pipewright validate, ${label}`, median(cli), 'ms', undefined, describeSamples(cli)),
    figure(`cfn-lint, ${label}`, median(cfnLint), 'ms', undefined, describeSamples(cfnLint)),
    figure(`speed-up, ${label} (cfn-lint / pipewright)`, median(cfnLint) / median(cli), 'x', atLeast(40)),
  ];
}

const workDir = mkdtempSync(join(tmpdir(), 'pipewright-bench-'));
try {
  ensureCliBundle();
  const figures: Figure[] = [];
  const notes: string[] = [`${spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' }).stdout.trim()}`];

  const nodeAlone = timeRuns(CLI_RUNS, process.execPath, ['-e', '0'], (s) => s === 0);
  figures.push(figure('node start-up alone (floor)', median(nodeAlone), 'ms', undefined, describeSamples(nodeAlone)));

  for (const [label, stages] of [
    ['2,500 actions', 50],
    ['500 actions (AWS maximum)', 10],
  ] as const) {
    const pipeline = generatePipeline({ stages, actionsPerStage: 50 });
    const jsonFile = join(workDir, `pipeline-${stages}.json`);
    const templateFile = join(workDir, `pipeline-${stages}.template.yaml`);
    writeFileSync(jsonFile, formatPipelineJson(pipeline, 'create-pipeline'));
    writeFileSync(templateFile, exportPipeline(pipeline, 'cloudformation').text);
    figures.push(...comparison(label, [jsonFile], [templateFile]));
  }

  const real = corpusDir === undefined ? undefined : join(corpusDir, 'real');
  if (real === undefined || !existsSync(real)) {
    notes.push(`folder case skipped: no corpus (${CORPUS_HINT})`);
  } else {
    // Every pipeline file of the corpus (API JSON, CloudFormation, Terraform) in one run, against cfn-lint
    // over the CloudFormation templates alone (the only ones it reads).
    const folders = ['json', 'cfn', 'tf'].map((d) => join(real, d)).filter((d) => existsSync(d));
    const templates = readdirSync(join(real, 'cfn'))
      .filter((f) => /\.(ya?ml|json|template)$/.test(f))
      .map((f) => join(real, 'cfn', f));
    figures.push(...comparison('corpus folder', folders, templates));
    notes.push(
      `folder case: pipewright validate ${folders.map((d) => d.slice(real.length + 1)).join(' ')} (every file) vs cfn-lint on the ${templates.length} CloudFormation templates`,
    );
  }

  report({
    name: 'cli-vs-cfnlint',
    title: 'pipewright validate vs cfn-lint (whole process wall time)',
    figures,
    notes,
  });
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
