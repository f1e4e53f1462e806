import { createInterface } from 'node:readline/promises';
import { runCli } from './main.js';

/*
 * The CLI as a process: output goes through the streams and the exit code through
 * process.exitCode (set by the caller), so large outputs are flushed before Node exits.
 */

/** A yes/no question on the terminal (stdin and stderr), only when there is one. */
async function confirm(question: string): Promise<boolean> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await terminal.question(question)).trim());
  } finally {
    terminal.close();
  }
}

/** Runs the command line of this process; returns the exit code. */
export function runProcess(): Promise<number> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return runCli(process.argv.slice(2), {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    ...(process.stdin.isTTY && process.stderr.isTTY ? { confirm } : {}),
  });
}
