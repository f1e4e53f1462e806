// @ts-check
// Child processes with inherited output; resolves with the exit code instead of throwing.
import { spawn } from 'node:child_process';
import { repoRoot } from './paths.mjs';

/**
 * Runs a command to completion, streaming its output.
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<number>} the exit code (1 when killed by a signal, 127 when it cannot start)
 */
export function run(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: options.env ?? process.env,
      stdio: 'inherit',
    });
    child.on('error', (error) => {
      console.error(`Cannot start ${command}: ${error.message}`);
      resolvePromise(127);
    });
    child.on('close', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Runs a command and captures its standard output (stderr still streams).
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<{ code: number, stdout: string }>}
 */
export function capture(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    /** @type {Buffer[]} */
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => {
      console.error(`Cannot start ${command}: ${error.message}`);
      resolvePromise({ code: 127, stdout: '' });
    });
    child.on('close', (code, signal) =>
      resolvePromise({ code: code ?? (signal ? 1 : 0), stdout: Buffer.concat(chunks).toString('utf8') }),
    );
  });
}
