import type { Command } from './types.js';

/*
 * Every command, in the order `--help` lists them. Add new ones here. Each module is loaded
 * when its command runs (or when help lists them all), so `pipewright validate` on a JSON file
 * never evaluates the exporters, the AWS SDK glue or child_process: top-level code the bundle
 * would otherwise run at every start.
 */
const loaders: Readonly<Record<string, () => Promise<Command>>> = {
  parse: async () => (await import('./parse.js')).parseCommand,
  validate: async () => (await import('./validate.js')).validateCommand,
  convert: async () => (await import('./convert.js')).convertCommand,
  diff: async () => (await import('./diff.js')).diffCommand,
  list: async () => (await import('./list.js')).listCommand,
  pull: async () => (await import('./pull.js')).pullCommand,
  drift: async () => (await import('./drift.js')).driftCommand,
  push: async () => (await import('./push.js')).pushCommand,
  open: async () => (await import('./open.js')).openCommand,
};

/** The command called `name`, loaded; undefined when there is none. */
export function findCommand(name: string): Promise<Command | undefined> {
  return Object.hasOwn(loaders, name) ? (loaders[name] as () => Promise<Command>)() : Promise.resolve(undefined);
}

/** Every command, loaded, in help order. */
export function loadCommands(): Promise<Command[]> {
  return Promise.all(Object.values(loaders).map((load) => load()));
}
