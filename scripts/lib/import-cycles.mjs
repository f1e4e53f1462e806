// @ts-check
// Import cycles among the repository's own modules, found with dpdm (it reads each file with the
// TypeScript compiler and resolves through the nearest tsconfig). Type-only imports count: a
// cycle of types still ties two modules into one, so each type goes where both sides can import it.
import { parseCircular, parseDependencyTree } from 'dpdm';

/** Every source, test and script module of the repository (not dependencies, not build output). */
export const SOURCE_GLOBS = [
  'packages/*/{src,test,scripts}/**/*.{ts,tsx,mts,mjs}',
  'apps/*/src/**/*.{ts,tsx}',
  'bench/**/*.{ts,mts,mjs}',
  'e2e/**/*.{ts,mts}',
  'scripts/**/*.{ts,mjs}',
  'test-support/**/*.{ts,mts,mjs}',
];

const NOT_OURS = /(^|[\\/])(node_modules|dist|\.output)[\\/]/;

/**
 * The import cycles among the files the globs match, each as the list of files around it
 * (relative to `cwd`); empty when there are none.
 * @param {readonly string[]} globs
 * @param {string} cwd
 * @returns {Promise<string[][]>}
 */
export async function findImportCycles(globs, cwd) {
  const tree = await parseDependencyTree([...globs], {
    cwd,
    context: cwd,
    exclude: NOT_OURS,
    transform: false, // keep type-only imports
    skipDynamicImports: false,
  });
  return parseCircular(tree);
}
