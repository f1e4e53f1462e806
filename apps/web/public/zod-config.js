// A classic script, so it runs before any of the app's module chunks. zod 4 probes
// `new Function('')` when it builds an object schema, to decide whether it may compile fast
// validators; under the app's CSP (script-src 'self') that probe is blocked and reported as a
// violation. zod reads its config from this global (shared by every copy of zod), so turning
// its JIT off here, before the first schema is built, means it never tries.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
