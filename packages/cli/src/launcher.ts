import { setFlagsFromString } from 'node:v8';
import { loadWithCodeCache } from './code-cache.js';

// The bundle's entry point (dist/pipewright.mjs): loads the CLI's CommonJS bundle through V8's
// code cache (see code-cache.ts) and runs it. The build names that bundle after its content.
declare const __PIPEWRIGHT_BUNDLE__: string;

// The Terraform parser is Go compiled to WebAssembly (6.5 MB). A CLI run is too short to win
// back what V8 spends re-compiling its hot functions with TurboFan: the corpus's 29 .tf files
// took 2.1 s of CPU with tier-up, 0.7 s with Liftoff (the baseline compiler) alone, compiling
// each function on its first call. No other WebAssembly runs in the CLI.
setFlagsFromString('--liftoff-only --wasm-lazy-compilation');

const cli = loadWithCodeCache(new URL(__PIPEWRIGHT_BUNDLE__, import.meta.url)) as {
  runProcess(): Promise<number>;
};
process.exitCode = await cli.runProcess();
