import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The package's runtime dependencies are what its `src` imports, no more (the validator is a test
// dependency: users of the exporters do not install it), and `src` never reaches into test code.

const packageRoot = join(import.meta.dirname, '..');
const srcDir = join(packageRoot, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Module specifiers of static and dynamic imports, re-exports and `require.resolve` calls. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s+'([^']+)'/g, /\bimport\(\s*'([^']+)'\s*\)/g, /\bresolve\(\s*'([^']+)'\s*\)/g];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1]!);
  return found;
}

const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;

describe('export package dependencies', () => {
  const files = sourceFiles(srcDir);
  const imported = new Map<string, string[]>();
  const intoTests: string[] = [];
  for (const file of files) {
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        if (/(^|\/)(test|test-support)\//.test(specifier) || /\.test(\.js)?$/.test(specifier)) {
          intoTests.push(`${relative(packageRoot, file)} -> ${specifier}`);
        }
        continue;
      }
      if (specifier.startsWith('node:')) continue;
      const name = packageName(specifier);
      if (name === '@pipewright/export') continue; // its own name, resolved to find a neighbour in a bundle
      imported.set(name, [...(imported.get(name) ?? []), relative(packageRoot, file)]);
    }
  }
  const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };

  it('lists as runtime dependencies exactly the packages src imports', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual([...imported.keys()].sort());
  });

  it('keeps src out of test code', () => {
    expect(intoTests).toEqual([]);
  });
});
