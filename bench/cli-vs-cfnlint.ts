// `pipewright validate` against cfn-lint on the maximum pipeline (50 x 50 = 2,500 actions): the
// bundled CLI run with node directly on the pipeline saved as JSON, cfn-lint on the same pipeline
// exported as CloudFormation. Whole-process wall time, median of several runs. Target: 40x faster.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportPipeline } from '@pipewright/export';
import { formatPipelineJson, generatePipeline } from '@pipewright/model';
import { atLeast, figure, report } from './lib/report.js';
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

const workDir = mkdtempSync(join(tmpdir(), 'pipewright-bench-'));
try {
  ensureCliBundle();
  const pipeline = generatePipeline({ stages: 50, actionsPerStage: 50 });
  const jsonFile = join(workDir, 'pipeline.json');
  const templateFile = join(workDir, 'pipeline.template.yaml');
  writeFileSync(jsonFile, formatPipelineJson(pipeline, 'create-pipeline'));
  writeFileSync(templateFile, exportPipeline(pipeline, 'cloudformation').text);

  // pipewright: 0 = clean, 1 = problems found (2,500 actions exceed AWS's quota), 2 = unreadable.
  const cli = timeRuns(CLI_RUNS, process.execPath, [cliBundle, 'validate', jsonFile], (s) => s === 0 || s === 1);
  // cfn-lint: 0 = clean, 2/4/6/8... = errors/warnings/infos found; 1 and 32 are crashes or usage errors.
  const cfnLint = timeRuns(CFN_LINT_RUNS, 'cfn-lint', [templateFile], (s) => s === 0 || (s % 2 === 0 && s < 32));

  const ratio = median(cfnLint) / median(cli);
  report({
    name: 'cli-vs-cfnlint',
    title: 'pipewright validate vs cfn-lint, 2,500 actions (whole process wall time)',
    figures: [
      figure('pipewright validate', median(cli), 'ms', undefined, describeSamples(cli)),
      figure('cfn-lint', median(cfnLint), 'ms', undefined, describeSamples(cfnLint)),
      figure('speed-up (cfn-lint / pipewright)', ratio, 'x', atLeast(40)),
    ],
    notes: [`${spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' }).stdout.trim()}`],
  });
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
