import { startTerraformParser } from '@pipewright/export';
import { decodeText } from '@pipewright/model';
import { gunzipSync } from 'fflate';
import wasmUrl from '@cdktf/hcl2json/main.wasm.gz?url';

/*
 * Terraform files are parsed by HashiCorp's HCL library compiled to WASM
 * (@cdktf/hcl2json). In the import worker it is started once, on the first
 * Terraform file: the Go runtime glue defines globalThis.Go, and the gzipped
 * WASM is fetched from this origin (bundled by Vite) and unzipped with fflate.
 * The page's CSP must allow WebAssembly ('wasm-unsafe-eval' in script-src).
 */

let started: Promise<void> | undefined;

export function looksLikeTerraform(input: string | Uint8Array, fileName?: string): boolean {
  if (fileName && /\.tf(\.json)?$/i.test(fileName)) return true;
  // The importers' decoder (a UTF-16 file with a BOM is Terraform too); a cut sequence only ends the head early.
  const head = typeof input === 'string' ? input.slice(0, 65536) : decodeText(input.subarray(0, 65536)).text;
  return /^\s*(resource|provider|variable|terraform|module|data|locals)\s+("|\{|[A-Za-z_])/m.test(head);
}

export function ensureTerraformParser(): Promise<void> {
  started ??= (async () => {
    await import('@cdktf/hcl2json/wasm/wasm_exec.js');
    // The Go program finds its registry on Node's `global`; a worker only has `globalThis`.
    const scope = globalThis as { global?: unknown };
    scope.global ??= globalThis;
    const response = await fetch(wasmUrl);
    if (!response.ok) throw new Error(`could not load the HCL parser (${response.status})`);
    await startTerraformParser(gunzipSync(new Uint8Array(await response.arrayBuffer())));
  })().catch((error: unknown) => {
    started = undefined; // let a later file try again
    throw error;
  });
  return started;
}
