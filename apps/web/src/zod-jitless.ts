// The module-worker twin of public/zod-config.js (read it for why): workers do not run the page's
// classic scripts. Import this first in a worker entry; a worker is one bundle, so this module,
// which imports nothing, runs before zod builds its first schema.
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = Object.assign(scope.__zod_globalConfig ?? {}, { jitless: true });
export {};
