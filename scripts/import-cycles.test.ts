import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findImportCycles } from './lib/import-cycles.mjs';

/*
 * The cycle check (`npm run check:cycles`) on small trees of its own: it finds a cycle made of
 * type-only imports (the kind the repository had), across a `.js` specifier of a `.ts` file.
 */

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipewright-cycles-'));
  dirs.push(dir);
  const tsconfig = { compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true } };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('findImportCycles', () => {
  it('finds a cycle of type-only imports', async () => {
    const dir = tree({
      'types.ts': "import type { Extras } from './extras.js';\nexport interface Options { extras?: Extras }\n",
      'extras.ts': "import type { Options } from './types.js';\nexport type Extras = { of: Options };\n",
      'user.ts': "import type { Options } from './types.js';\nexport const options: Options = {};\n",
    });
    const cycles = await findImportCycles(['*.ts'], dir);
    expect(cycles.map((cycle) => [...cycle].sort())).toEqual([['extras.ts', 'types.ts']]);
  });

  it('finds none once the shared type has a module of its own', async () => {
    const dir = tree({
      'extras.ts': 'export interface Extras { kind: string }\n',
      'types.ts': "import type { Extras } from './extras.js';\nexport interface Options { extras?: Extras }\n",
      'user.ts':
        "import type { Extras } from './extras.js';\nimport type { Options } from './types.js';\nexport const both: [Options, Extras?] = [{}];\n",
    });
    expect(await findImportCycles(['*.ts'], dir)).toEqual([]);
  });
});
