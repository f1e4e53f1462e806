import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * validate() keeps no state between calls: caches and scratch space belong to one call (the
 * index builder, a rule's `check`). Module-level state would let one document's validation
 * depend on the documents validated before it, and keep them alive. Read from the source, so
 * a new module-level cache fails here rather than in a flaky test.
 */

const here = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Top-level declarations of mutable state: `let`/`var`, or a collection not typed read-only. */
function moduleState(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    if (/^(export )?(let|var) /.test(line)) found.push(line.trim());
    else if (/^(export )?const [\w$]+ *=.*\bnew (Weak)?(Map|Set)\b/.test(line)) found.push(line.trim());
    else if (/^(export )?const [\w$]+ *: *(Weak)?(Map|Set)</.test(line)) found.push(line.trim());
  }
  return found;
}

describe('validator state', () => {
  it('has no module-level mutable state (no top-level let, no Map or Set not typed read-only)', () => {
    const offenders = sourceFiles(here).flatMap((file) =>
      moduleState(readFileSync(file, 'utf8')).map((line) => `${relative(here, file)}: ${line}`),
    );
    expect(offenders).toEqual([]);
  });

  it('finds module state where there is some (the check can fail)', () => {
    expect(
      moduleState('let count = 0;\nconst cache = new Map<string, number>();\nconst seen: WeakMap<object, 1> = x;'),
    ).toHaveLength(3);
    expect(moduleState('const KNOWN: ReadonlySet<string> = new Set([]);\nfunction f() {\n  let x = 1;\n}')).toEqual([]);
  });
});
