import { createInterface } from 'node:readline/promises';
import { runCli } from './main.js';

// The bundle's entry point. Output goes through the streams and the exit code
// through process.exitCode, so large outputs are flushed before Node exits.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/** A yes/no question on the terminal (stdin and stderr), only when there is one. */
async function confirm(question: string): Promise<boolean> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await terminal.question(question)).trim());
  } finally {
    terminal.close();
  }
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  ...(process.stdin.isTTY && process.stderr.isTTY ? { confirm } : {}),
});
