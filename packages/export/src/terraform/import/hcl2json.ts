/*
 * Synchronous access to the real HCL parser: HashiCorp's `hcl` Go library compiled to WASM,
 * as shipped in `@cdktf/hcl2json`. The package's own API is async and starts loading the
 * WASM when it is imported; its Go functions answer through their callback before they
 * return, so instantiating the module ourselves (once, lazily) gives a synchronous parser.
 * That keeps `importPipelines` synchronous and costs nothing until a Terraform file is read.
 *
 * In Node the WASM is read from the package folder on first use; elsewhere (the web app's
 * import worker) `startTerraformParser` is given the bytes once, up front.
 */

import type * as NodeFs from 'node:fs';
import type * as NodePath from 'node:path';
import type * as NodeZlib from 'node:zlib';
import { describeControlCharacter, offsetOfControlCharacter } from '../../import/control-characters.js';
import { nestingMessage, offsetBeyondNesting, positionAt } from '@pipewright/model';
import { offsetOfHclPosition } from './hcl-position.js';
import { readHcl } from './hcl-reader.js';

/** hcl2json's rendering of a file: blocks as arrays of objects, expressions as `${...}` templates. */
export type HclJson = Record<string, unknown>;

type GoCallback = (error: string | null, result?: string) => void;
interface GoExports {
  parse(fileName: string, text: string, callback: GoCallback): void;
}

/** The file name the parser reports in its messages; `parseError` reads positions after it. */
export const PARSE_FILE_NAME = 'pipeline.tf';

/** The globals the loader uses (typed here: this package compiles without the DOM lib). */
interface GoGlobals {
  Go?: new () => { importObject: unknown; run(instance: unknown): unknown };
  WebAssembly: {
    Module: new (bytes: Uint8Array) => unknown;
    Instance: new (module: unknown, imports: unknown) => unknown;
    instantiate(bytes: Uint8Array | ArrayBuffer, imports: unknown): Promise<{ instance: unknown }>;
  };
}

let exports: GoExports | undefined;

function goRuntime(): NonNullable<GoGlobals['Go']> {
  const Go = (globalThis as unknown as GoGlobals).Go;
  if (!Go) throw new Error('The Go WASM runtime (wasm_exec.js from @cdktf/hcl2json) is not loaded.');
  return Go;
}

/** Runs the Go program; it registers its functions on a global object as it starts. */
function run(go: InstanceType<NonNullable<GoGlobals['Go']>>, instance: unknown): GoExports {
  const registry: Partial<GoExports> = {};
  (globalThis as Record<string, unknown>)['__parse_terraform_config_wasm__'] = registry;
  void go.run(instance);
  if (typeof registry.parse !== 'function') throw new Error('The HCL parser (hcl2json WASM) did not start.');
  return registry as GoExports;
}

/**
 * Where `@cdktf/hcl2json` is. From source it resolves next to this file; in a bundle (the
 * CLI) this file's URL is the bundle's, so it is resolved from `@pipewright/export`'s own
 * folder, where it is a dependency.
 */
function resolveHcl2json(require: NodeJS.Require, createRequire: (from: string) => NodeJS.Require): string {
  try {
    return require.resolve('@cdktf/hcl2json/package.json');
  } catch {
    return createRequire(require.resolve('@pipewright/export')).resolve('@cdktf/hcl2json/package.json');
  }
}

/** Node: reads the WASM from the package folder, synchronously, on first use. */
function loadInNode(): GoExports {
  const nodeProcess = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const moduleApi = nodeProcess?.getBuiltinModule?.('node:module') as
    { createRequire(from: string): NodeJS.Require } | undefined;
  if (!moduleApi) {
    throw new Error(
      'The Terraform parser is not started: in a browser, call startTerraformParser() with the hcl2json WASM first.',
    );
  }
  const require = moduleApi.createRequire(import.meta.url);
  const path = require('node:path') as typeof NodePath;
  const fs = require('node:fs') as typeof NodeFs;
  const zlib = require('node:zlib') as typeof NodeZlib;
  const base = path.dirname(resolveHcl2json(require, moduleApi.createRequire));
  // Defines globalThis.Go, the Go WASM runtime glue shipped with the package (Node flavour).
  require(path.join(base, 'wasm', 'bridge_wasm_exec.js'));
  const bytes = zlib.gunzipSync(fs.readFileSync(path.join(base, 'main.wasm.gz')));
  const { WebAssembly: wasm } = globalThis as unknown as GoGlobals;
  const go = new (goRuntime())();
  return run(go, new wasm.Instance(new wasm.Module(bytes), go.importObject));
}

function loadParser(): GoExports {
  exports ??= loadInNode();
  return exports;
}

/**
 * Starts the parser where Node's module loader is not available (a browser or Web Worker).
 * Load `@cdktf/hcl2json/wasm/wasm_exec.js` (it defines `globalThis.Go`) and pass the bytes of
 * `@cdktf/hcl2json/main.wasm.gz`, gunzipped; after this resolves, imports are synchronous.
 */
export async function startTerraformParser(wasmBytes: Uint8Array | ArrayBuffer): Promise<void> {
  if (exports) return;
  const go = new (goRuntime())();
  const { instance } = await (globalThis as unknown as GoGlobals).WebAssembly.instantiate(wasmBytes, go.importObject);
  exports = run(go, instance);
}

export interface HclParseError {
  message: string;
  line: number;
  column: number;
}

/**
 * Parses HCL text. One call parses a whole file, however many resources it holds. What
 * `hcl-reader.ts` reads (our exports, most hand-written files) never starts the WASM; anything
 * else, and every error, is HashiCorp's parser's: the first such call also starts its runtime
 * (about 70 ms), later ones cost only the parse.
 */
export function parseHcl(text: string): HclParseResult {
  return parseHclWith(text, true);
}

/** `parseHcl` with HashiCorp's parser alone: the reference `hcl-reader.ts` is tested against. */
export function parseHclWithHcl2json(text: string): HclParseResult {
  return parseHclWith(text, false);
}

export type HclParseResult = { ok: true; value: HclJson } | { ok: false; error: HclParseError };

function parseHclWith(text: string, fast: boolean): HclParseResult {
  // Each one would be a diagnostic of its own: a binary file takes seconds to refuse.
  const control = offsetOfControlCharacter(text);
  if (control !== undefined) {
    return { ok: false, error: { message: describeControlCharacter(text, control), ...positionAt(text, control) } };
  }
  // Nesting thousands deep overflows the WASM stack, and the Go runtime does not survive it.
  const tooDeep = offsetBeyondNesting(text, 'hcl');
  if (tooDeep !== undefined) return { ok: false, error: { message: nestingMessage(), ...positionAt(text, tooDeep) } };
  // The HCL Pipewright writes (and most hand-written files) is read without the WASM, to the same value.
  const read = fast ? readHcl(text) : undefined;
  if (read) return { ok: true, value: read };
  const parser = loadParser();
  let outcome: { ok: true; value: HclJson } | { ok: false; error: HclParseError } | undefined;
  try {
    parser.parse(PARSE_FILE_NAME, text, (error, result) => {
      outcome = error
        ? { ok: false, error: inOurTerms(text, parseError(error)) }
        : { ok: true, value: JSON.parse(result ?? '{}') };
    });
  } finally {
    // A runtime that threw or did not answer may be dead: start a fresh one for the next file.
    if (!outcome) exports = undefined;
  }
  if (!outcome) throw new Error('The HCL parser did not answer synchronously.');
  return outcome;
}

/** HCL's line and column of an error, given again by the model's line index (see hcl-position.ts). */
function inOurTerms(text: string, error: HclParseError): HclParseError {
  return { message: error.message, ...positionAt(text, offsetOfHclPosition(text, error.line, error.column)) };
}

/** Reads a decimal number at `from`; returns it and the index after it. */
function readNumber(text: string, from: number): { value: number; end: number } | undefined {
  let end = from;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  return end > from ? { value: Number(text.slice(from, end)), end } : undefined;
}

/**
 * hcl2json reports `parse config: [pipeline.tf:2,7-3,1: Summary; Detail. pipeline.tf:...]`.
 * Returns the first diagnostic as message + position (1-based, as HCL counts them).
 */
export function parseError(raw: string): HclParseError {
  const marker = `${PARSE_FILE_NAME}:`;
  const at = raw.indexOf(marker);
  if (at < 0) return { message: raw, line: 1, column: 1 };
  const line = readNumber(raw, at + marker.length);
  const column = line && raw[line.end] === ',' ? readNumber(raw, line.end + 1) : undefined;
  if (!line || !column) return { message: raw, line: 1, column: 1 };
  // Skip the range end (`-3,1` or `-12`) up to ": ".
  const textStart = raw.indexOf(': ', column.end);
  const next = raw.indexOf(` ${marker}`, textStart);
  const close = raw.lastIndexOf(']');
  const end = next >= 0 ? next : close > textStart ? close : raw.length;
  const message = textStart >= 0 ? raw.slice(textStart + 2, end).trim() : raw;
  return { message, line: line.value, column: column.value };
}
