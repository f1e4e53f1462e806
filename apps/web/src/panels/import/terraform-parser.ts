import { startTerraformParser } from '@pipewright/export';
import { decodeText } from '@pipewright/model';
import { gunzipSync } from 'fflate';
import wasmUrl from '@cdktf/hcl2json/main.wasm.gz?url';

/*
 * Terraform files are parsed by HashiCorp's HCL library compiled to WASM
 * (@cdktf/hcl2json). In the import worker it is started once, on the first
 * Terraform file: the Go runtime glue defines globalThis.Go, and the gzipped
 * WASM is fetched from this origin (bundled by Vite) and unzipped as it arrives.
 * The page's CSP must allow WebAssembly ('wasm-unsafe-eval' in script-src).
 */

let started: Promise<void> | undefined;

export function looksLikeTerraform(input: string | Uint8Array, fileName?: string): boolean {
  if (fileName && /\.tf(\.json)?$/i.test(fileName)) return true;
  // The importers' decoder (a UTF-16 file with a BOM is Terraform too); a cut sequence only ends the head early.
  const head = typeof input === 'string' ? input.slice(0, 65536) : decodeText(input.subarray(0, 65536)).text;
  return /^\s*(resource|provider|variable|terraform|module|data|locals)\s+("|\{|[A-Za-z_])/m.test(head);
}

/**
 * The WASM, unzipped as it downloads by the browser's own gzip (DecompressionStream): fflate's
 * JavaScript inflate of these 1.7 MB took ~200 ms of the parser's start-up. fflate where the
 * stream API is missing.
 */
async function gunzipped(response: Response): Promise<Uint8Array> {
  if (typeof DecompressionStream === 'function' && response.body) {
    const unzipped = response.body.pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(unzipped).arrayBuffer());
  }
  return gunzipSync(new Uint8Array(await response.arrayBuffer()));
}

export function ensureTerraformParser(): Promise<void> {
  started ??= (async () => {
    await import('@cdktf/hcl2json/wasm/wasm_exec.js');
    // The Go program finds its registry on Node's `global`; a worker only has `globalThis`.
    const scope = globalThis as { global?: unknown };
    scope.global ??= globalThis;
    const response = await fetch(wasmUrl);
    if (!response.ok) throw new Error(`could not load the HCL parser (${response.status})`);
    await startTerraformParser(await gunzipped(response));
  })().catch((error: unknown) => {
    started = undefined; // let a later file try again
    throw error;
  });
  return started;
}
