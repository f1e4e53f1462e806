import { spawn } from 'node:child_process';
import { runCli } from '../../src/index.js';
import type { CliIo } from '../../src/commands/types.js';
import { DUMMY_AWS_ENV } from './moto-server.js';

/** What one CLI run wrote and returned. */
export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in this process (the SDK reads the dummy credentials the test put in process.env). */
export async function pipewright(
  args: readonly string[],
  options: { cwd?: string; confirm?: CliIo['confirm'] } = {},
): Promise<Run> {
  const run = { code: 0, out: '', err: '' };
  run.code = await runCli(args, {
    stdout: (text) => void (run.out += text),
    stderr: (text) => void (run.err += text),
    cwd: options.cwd ?? process.cwd(),
    ...(options.confirm ? { confirm: options.confirm } : {}),
  });
  return run;
}

/**
 * Runs a built bundle as a user would (no terminal on stdin), with the dummy credentials plus
 * `env` (an undefined value removes the variable).
 */
export function pipewrightBundle(
  bundle: string,
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Promise<Run> {
  const merged = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...DUMMY_AWS_ENV, ...env };
  const childEnv = Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}
