import { runProcess } from './process-main.js';

// The whole CLI as one ES module (runs under tsx, or bundled without a code cache).
process.exitCode = await runProcess();
