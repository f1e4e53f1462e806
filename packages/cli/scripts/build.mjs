// @ts-check
// Bundles the CLI into one file, packages/cli/dist/pipewright.mjs (node20, ESM):
// workspace packages are consumed as TypeScript source and inlined with their
// dependencies, so the CLI starts without resolving anything at run time.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cliDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const outfile = join(cliDir, 'dist', 'pipewright.mjs');

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
  banner: {
    // Some bundled CommonJS code calls require(); give it one in ESM.
    js: "#!/usr/bin/env node\nimport { createRequire as __pwCreateRequire } from 'node:module';\nconst require = __pwCreateRequire(import.meta.url);",
  },
});
if (result.errors.length > 0) process.exitCode = 1;
