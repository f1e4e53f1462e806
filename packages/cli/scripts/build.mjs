// @ts-check
// Bundles the CLI into one file, packages/cli/dist/pipewright.mjs (node20, ESM):
// workspace packages are consumed as TypeScript source and inlined with their
// dependencies, so the CLI starts without resolving anything at run time.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cliDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const outfile = join(cliDir, 'dist', 'pipewright.mjs');

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

const result = await build({
  entryPoints: [join(cliDir, 'src', 'bin.ts')],
  outfile,
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
