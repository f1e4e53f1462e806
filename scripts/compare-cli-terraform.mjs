// @ts-check
// `node scripts/compare-cli-terraform.mjs <before/pipewright.mjs> <after/pipewright.mjs>`: runs two
// builds of the CLI over every Terraform file of the corpus (and of the repository's tests, the
// shared conversion repros, the 500- and 2,500-action generated pipelines written as HCL, and the
// hostile-values pipeline written as HCL) and says whether `validate` (text and json) and
// `convert --to terraform | json | cloudformation` print the same bytes and exit codes. Used to
// show that a change to the Terraform reader changes no output (bench/README.md, issue 16).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusDir, repoRoot } from '../test-support/corpus.mjs';

const [before, after] = process.argv.slice(2).map((p) => resolve(p));
if (!before || !after) {
  console.error('usage: node scripts/compare-cli-terraform.mjs <before/pipewright.mjs> <after/pipewright.mjs>');
  process.exit(2);
}

/** @param {string} dir @returns {string[]} */
function terraformFiles(dir) {
  if (!existsSync(dir)) return [];
  /** @type {string[]} */
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    if (statSync(path).isDirectory()) out.push(...terraformFiles(path));
    else if (name.endsWith('.tf') || name.endsWith('.tf.json')) out.push(path);
  }
  return out;
}

const scratch = mkdtempSync(join(tmpdir(), 'pw-compare-'));
/** Pipelines that exist as JSON only, written as HCL by the `before` build. */
function writtenAsHcl() {
  const shared = join(repoRoot, '..', 'shared', 'repro', 'conversions');
  const sources = [join(shared, 'hostile.json'), join(shared, 'store-region.json'), join(shared, 'default-name.json')];
  /** @type {string[]} */
  const out = [];
  for (const source of sources.filter((s) => existsSync(s))) {
    const target = join(
      scratch,
      source
        .split('/')
        .pop()
        ?.replace(/\.json$/, '.tf') ?? 'x.tf',
    );
    try {
      execFileSync(process.execPath, [before, 'convert', source, '--to', 'terraform', '-o', target], {
        stdio: 'ignore',
      });
      out.push(target);
    } catch {
      // Not convertible: nothing to compare.
    }
  }
  const generate = `import { generatePipeline } from '@pipewright/model'; import { exportPipeline } from '@pipewright/export';
import { writeFileSync } from 'node:fs';
for (const [s, a] of [[50, 50], [10, 50]]) writeFileSync('${scratch}/generated-' + s * a + '.tf', exportPipeline(generatePipeline({ stages: s, actionsPerStage: a }), 'terraform').text);`;
  writeFileSync(join(scratch, 'generate.ts'), generate);
  execFileSync('npx', ['tsx', join(scratch, 'generate.ts')], { cwd: join(repoRoot, 'bench'), stdio: 'inherit' });
  out.push(join(scratch, 'generated-2500.tf'), join(scratch, 'generated-500.tf'));
  return out;
}

const files = [
  ...(corpusDir ? terraformFiles(corpusDir) : []),
  ...terraformFiles(join(repoRoot, 'packages')),
  ...terraformFiles(join(repoRoot, 'apps')),
  ...terraformFiles(join(repoRoot, '..', 'shared', 'repro')),
  ...writtenAsHcl(),
];

/** @type {string[][]} */
const commands = [];
for (const file of files) {
  commands.push(['validate', file], ['validate', file, '--format', 'json']);
  for (const to of ['terraform', 'json', 'cloudformation']) commands.push(['convert', file, '--to', to]);
}
if (corpusDir) commands.push(['validate', corpusDir]);

/** @param {string} bundle @param {string[]} args @returns {Promise<string>} */
function run(bundle, args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {Buffer[]} */ const out = [];
    /** @type {Buffer[]} */ const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('close', (code) =>
      done(
        `exit ${code}\n--- stdout\n${Buffer.concat(out).toString('utf8')}\n--- stderr\n${Buffer.concat(err).toString('utf8')}`,
      ),
    );
  });
}

let same = 0;
let bytes = 0;
/** @type {string[]} */
const differ = [];
let next = 0;
async function worker() {
  while (next < commands.length) {
    const args = commands[next++] ?? [];
    const [a, b] = [await run(before, args), await run(after, args)];
    bytes += a.length;
    if (a === b) same++;
    else differ.push(args.join(' '));
  }
}
await Promise.all([worker(), worker()]);
console.log(
  `${files.length} Terraform files, ${commands.length} commands (${(bytes / 1024).toFixed(0)} KiB of output ` +
    `each side): ${same} identical, ${differ.length} different`,
);
for (const d of differ) console.log(`  differs: ${d}`);
process.exitCode = differ.length === 0 ? 0 : 1;
