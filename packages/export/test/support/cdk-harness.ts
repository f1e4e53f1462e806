import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/*
 * Compiles every CDK export in ONE TypeScript program, then synthesizes them all in ONE
 * node process (CI has 2 cores). Returns the tsc diagnostics and each case's template.
 */

const exportPackage = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface CdkCase {
  /** File-name-safe, unique. */
  name: string;
  source: string;
  /** The exported Stack class. */
  className: string;
}

export interface CdkOutcome {
  diagnostics: string[];
  templates: Map<string, Record<string, unknown>>;
  /** Cases whose synthesis threw, with the message. */
  synthErrors: Map<string, string>;
}

export function compileAndSynth(cases: CdkCase[]): CdkOutcome {
  const dir = mkdtempSync(join(tmpdir(), 'pipewright-cdk-'));
  try {
    symlinkSync(join(exportPackage, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    const files = cases.map((c) => {
      const file = join(dir, `${c.name}.ts`);
      writeFileSync(file, c.source);
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      verbatimModuleSyntax: true,
      skipLibCheck: true,
      types: [],
      outDir: join(dir, 'out'),
      rootDir: dir,
    });
    const emitted = program.emit();
    const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map((d) => {
      const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      const file = d.file ? d.file.fileName.slice(dir.length + 1) : '';
      return `${file}${where ? `:${where.line + 1}:${where.character + 1}` : ''} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    if (diagnostics.length > 0) return { diagnostics, templates: new Map(), synthErrors: new Map() };

    return { diagnostics, ...synthesize(dir, cases) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Synthesizes without type-checking (each file transpiled on its own): seconds instead of a
 * minute for a test about a few exports; `compileAndSynth` in cdk.test.ts type-checks them all.
 */
export function synthOnly(cases: CdkCase[]): Omit<CdkOutcome, 'diagnostics'> {
  const dir = mkdtempSync(join(tmpdir(), 'pipewright-cdk-'));
  try {
    symlinkSync(join(exportPackage, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    mkdirSync(join(dir, 'out'));
    for (const c of cases) {
      const js = ts.transpileModule(c.source, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
      }).outputText;
      writeFileSync(join(dir, 'out', `${c.name}.js`), js);
    }
    return synthesize(dir, cases);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the compiled cases (`<dir>/out/<name>.js`) in one node process and collects their templates. */
function synthesize(dir: string, cases: CdkCase[]): Omit<CdkOutcome, 'diagnostics'> {
  writeFileSync(join(dir, 'out', 'package.json'), JSON.stringify({ type: 'module' }));
  const runner = `
import * as cdk from 'aws-cdk-lib';
const cases = ${JSON.stringify(cases.map((c) => ({ name: c.name, className: c.className })))};
const out = {};
for (const c of cases) {
  try {
  const mod = await import('./' + c.name + '.js');
  const app = new cdk.App({ outdir: ${JSON.stringify(join(dir, 'cdk.out'))} + '/' + c.name, analyticsReporting: false });
  const stack = new mod[c.className](app, 'Test' + c.name.replace(/[^A-Za-z0-9]/g, ''), {});
  out[c.name] = { template: app.synth().getStackArtifact(stack.artifactId).template };
  } catch (error) {
  out[c.name] = { error: String(error && error.message ? error.message : error) };
  }
}
process.stdout.write(JSON.stringify(out));
`;
  writeFileSync(join(dir, 'out', 'synth.mjs'), runner);
  const stdout = execFileSync(process.execPath, [join(dir, 'out', 'synth.mjs')], {
    cwd: join(dir, 'out'),
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
    // CDK prints its own template validation findings (unresolved Refs of imported
    // templates) on stderr; they are not the test's subject.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const parsed = JSON.parse(stdout) as Record<string, { template?: Record<string, unknown>; error?: string }>;
  const templates = new Map<string, Record<string, unknown>>();
  const synthErrors = new Map<string, string>();
  for (const [name, result] of Object.entries(parsed)) {
    if (result.template) templates.set(name, result.template);
    else synthErrors.set(name, result.error ?? 'unknown error');
  }
  return { templates, synthErrors };
}
