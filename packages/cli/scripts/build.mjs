// @ts-check
// Bundles the CLI (node20): workspace packages are consumed as TypeScript source and inlined with
// their dependencies, so the CLI starts without resolving any package at run time. Two files:
// - dist/cli-<hash>.cjs, the whole CLI as one CommonJS file named after its content, which
//   src/code-cache.ts runs through V8's code cache (Node 20 has none for ES modules). Code loaded
//   with import() (the AWS SDK, for the live commands only) is in it but only evaluated when used.
// - dist/pipewright.mjs, the entry point (src/launcher.ts): a few lines that load the above.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const cliDir = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir <dir>` builds elsewhere (tests that run beside another build of dist/);
// `--no-minify` keeps names readable in a CPU profile (`node --cpu-prof dist/pipewright.mjs ...`).
const { values } = parseArgs({
  options: { outdir: { type: 'string' }, 'no-minify': { type: 'boolean' } },
  strict: true,
});
const outdir = values.outdir ? resolve(values.outdir) : join(cliDir, 'dist');
export const outfile = join(outdir, 'pipewright.mjs');

/**
 * zod re-exports its 40-odd message locales (`z.locales`, ~260 KB minified, a third of the
 * bundle) and Node parses all of it at every start. The CLI speaks English only (zod's default,
 * `locales/en.js`, imported directly by zod's config): its `locales/index.js` becomes an index of
 * English alone.
 * @type {import('esbuild').Plugin}
 */
const englishZodLocalesOnly = {
  name: 'english-zod-locales-only',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-english-locales' }
        : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'zod-english-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

// Old bundles and their caches (their names carry a content hash) would pile up.
await rm(join(outdir, 'chunks'), { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
for (const name of await readdir(outdir))
  if (/^cli-[0-9a-f]+\.cjs/.test(name)) await rm(join(outdir, name), { force: true });

/** @type {import('esbuild').BuildOptions} */
const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Prefer ES module builds (jsonc-parser's UMD main uses dynamic requires).
  mainFields: ['module', 'main'],
  legalComments: 'none',
  minify: !values['no-minify'],
  sourcemap: false,
  logLevel: 'warning',
};

const cli = await build({
  ...shared,
  entryPoints: [join(cliDir, 'src', 'process-main.ts')],
  format: 'cjs',
  write: false,
  outfile: join(outdir, 'cli.cjs'),
  plugins: [englishZodLocalesOnly],
  // CommonJS has no import.meta: the file's own URL, as the ES module build had it.
  define: { 'import.meta.url': '__pwImportMetaUrl' },
  // import() of Node built-ins (in the AWS SDK) as require(): code from a V8 code cache has no
  // dynamic-import callback, and vm's default-loader option is experimental (a warning on stderr).
  supported: { 'dynamic-import': false },
  banner: { js: "var __pwImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
const [cliOutput] = cli.outputFiles;
if (cli.errors.length > 0 || !cliOutput) throw new Error('the CLI bundle did not build');
const cliName = `cli-${createHash('sha256').update(cliOutput.contents).digest('hex').slice(0, 16)}.cjs`;
await writeFile(join(outdir, cliName), cliOutput.contents);

const launcher = await build({
  ...shared,
  entryPoints: { pipewright: join(cliDir, 'src', 'launcher.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  define: { __PIPEWRIGHT_BUNDLE__: JSON.stringify(`./${cliName}`) },
  banner: { js: '#!/usr/bin/env node' },
});
if (launcher.errors.length > 0) process.exitCode = 1;
