import { loadWithCodeCache } from './code-cache.js';

// The bundle's entry point (dist/pipewright.mjs): loads the CLI's CommonJS bundle through V8's
// code cache (see code-cache.ts) and runs it. The build names that bundle after its content.
declare const __PIPEWRIGHT_BUNDLE__: string;

const cli = loadWithCodeCache(new URL(__PIPEWRIGHT_BUNDLE__, import.meta.url)) as {
  runProcess(): Promise<number>;
};
process.exitCode = await cli.runProcess();
