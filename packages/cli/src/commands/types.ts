import type { ParseArgsConfig } from 'node:util';

/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The directory relative file arguments are resolved against. */
  cwd: string;
  /**
   * Asks a yes/no question on the terminal; absent when there is none (a pipe, CI), so commands
   * that must ask refuse instead of guessing.
   */
  confirm?(question: string): Promise<boolean>;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** One CLI command: `src/commands/<name>.ts`, registered in `src/commands/index.ts`. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Usage line(s) after `pipewright `, e.g. `parse <file>`. */
  usage: string;
  /** Longer help: options and exit codes. */
  help?: string;
  options: OptionSpec;
  /** How many positional arguments the command takes. */
  positionals: { min: number; max: number };
  /** Returns the exit code: 0 ok, 1 problems found, 2 input unreadable or bad usage. */
  run(args: CommandArgs, io: CliIo): Promise<number> | number;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_UNREADABLE = 2;
