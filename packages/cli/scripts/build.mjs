// @ts-check
// Bundles the CLI into packages/cli/dist/pipewright.mjs (node20, ESM): workspace packages are
// consumed as TypeScript source and inlined with their dependencies, so the CLI starts without
// resolving any package at run time. Code loaded with import() (the AWS SDK, for the live
// commands only) goes into chunks beside it (dist/chunks/), so `validate` and `convert` never
// parse it.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const cliDir = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir <dir>` builds elsewhere (tests that run beside another build of dist/).
const { values } = parseArgs({ options: { outdir: { type: 'string' } }, strict: true });
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

// Old chunks (their names carry a content hash) would pile up.
await rm(join(outdir, 'chunks'), { recursive: true, force: true });

const result = await build({
  entryPoints: { pipewright: join(cliDir, 'src', 'bin.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Prefer ES module builds (jsonc-parser's UMD main uses dynamic requires).
  mainFields: ['module', 'main'],
  legalComments: 'none',
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
  plugins: [englishZodLocalesOnly],
  banner: {
    // Some bundled CommonJS code calls require(); give it one in ESM.
    js: "#!/usr/bin/env node\nimport { createRequire as __pwCreateRequire } from 'node:module';\nconst require = __pwCreateRequire(import.meta.url);",
  },
});
if (result.errors.length > 0) process.exitCode = 1;
