export { runCli, VERSION } from './main.js';
export { findCommand, loadCommands } from './commands/index.js';
export type { CliIo, Command, CommandArgs } from './commands/types.js';
export { readPipelines, formatReadError, type ReadPipelinesResult } from './input/read-pipelines.js';
