import { parseArgs } from 'node:util';
import { findCommand, loadCommands } from './commands/index.js';
import { EXIT_OK, EXIT_UNREADABLE, type CliIo, type Command } from './commands/types.js';

export const VERSION = '0.1.0';

/** Runs the CLI on `argv` (without `node` and the script); returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    io.stderr(
      `pipewright: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT_UNREADABLE;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(await globalHelp());
    return EXIT_UNREADABLE;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0] === undefined ? undefined : await findCommand(rest[0]);
    if (rest[0] !== undefined && !topic) return usageError(io, `unknown command "${rest[0]}"`);
    io.stdout(topic ? commandHelp(topic) : await globalHelp());
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  if (first.startsWith('-')) return usageError(io, `unknown option "${first}"`);
  const command = await findCommand(first);
  if (!command) return usageError(io, `unknown command "${first}"`);

  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usageError(io, plainParseArgsError(error), command);
  }
  if (parsed.values['help']) {
    io.stdout(commandHelp(command));
    return EXIT_OK;
  }
  const count = parsed.positionals.length;
  if (count < command.positionals.min) return usageError(io, 'missing argument', command);
  if (count > command.positionals.max) {
    return usageError(io, `unexpected argument "${parsed.positionals[command.positionals.max]}"`, command);
  }
  return command.run({ values: parsed.values, positionals: parsed.positionals }, io);
}

function usageError(io: CliIo, message: string, command?: Command): number {
  const hint = command ? `pipewright ${command.name} --help` : 'pipewright --help';
  io.stderr(
    `pipewright: ${message}\n${command ? `usage: pipewright ${command.usage}\n` : ''}Run "${hint}" for help.\n`,
  );
  return EXIT_UNREADABLE;
}

/** node:util's messages mention internals ("strict: true"); keep the useful part. */
function plainParseArgsError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /Unknown option '([^']+)'/.exec(message);
  if (option) return `unknown option "${option[1]}"`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `option "${missing[1]}" needs a value`;
  return message.split('. ')[0] ?? message;
}

async function globalHelp(): Promise<string> {
  const commands = await loadCommands();
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return [
    'pipewright: design, check and export AWS CodePipeline pipelines',
    '',
    'Usage: pipewright <command> [options]',
    '',
    'Commands:',
    list,
    '',
    'Options:',
    '  -h, --help     show help (also: pipewright <command> --help)',
    '  -v, --version  show the version',
    '',
    'Exit codes: 0 ok, 1 problems found, 2 input unreadable or bad usage.',
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  return [
    `Usage: pipewright ${command.usage}`,
    '',
    command.summary,
    ...(command.help ? ['', command.help] : []),
    '',
  ].join('\n');
}
