import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';

/*
 * Where Node's module loader is missing (the web app's import worker), the parser is started
 * from the WASM bytes: the Go runtime glue is loaded, the bytes handed over, and imports are
 * synchronous from then on. Simulated here with a fresh copy of the module.
 */
describe('startTerraformParser', () => {
  it('starts the parser from the WASM bytes, after which imports work', async () => {
    vi.resetModules();
    const require = createRequire(import.meta.url);
    const base = dirname(require.resolve('@cdktf/hcl2json/package.json'));
    require(join(base, 'wasm', 'wasm_exec.js')); // the browser flavour of the Go runtime glue
    const bytes = gunzipSync(readFileSync(join(base, 'main.wasm.gz')));
    const loader = await import('../../src/terraform/import/hcl2json.js');
    await loader.startTerraformParser(bytes);
    const parsed = loader.parseHcl('resource "aws_codepipeline" "p" {\n  name = "x"\n}\n');
    expect(parsed).toEqual({ ok: true, value: { resource: { aws_codepipeline: { p: [{ name: 'x' }] } } } });
  });
});
