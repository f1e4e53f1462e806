import { z } from 'zod';

// zod 4 probes `new Function('')` to decide whether it may compile validators. Under the app's
// CSP (script-src 'self') that probe is blocked and reported as a violation on every load. zod
// works without it, so tell it not to try. main.tsx imports this module first, so it runs before
// any module-level schema parse (the action catalogue parses its data when imported).
z.config({ jitless: true });
