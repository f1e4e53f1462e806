// Types for chromium-flags.mjs, imported by the TypeScript Playwright config and benchmarks.
export declare const DEFAULT_CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: readonly string[];
