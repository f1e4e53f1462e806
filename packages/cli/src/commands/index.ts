import { convertCommand } from './convert.js';
import { diffCommand } from './diff.js';
import { driftCommand } from './drift.js';
import { listCommand } from './list.js';
import { openCommand } from './open.js';
import { parseCommand } from './parse.js';
import { pullCommand } from './pull.js';
import { pushCommand } from './push.js';
import type { Command } from './types.js';
import { validateCommand } from './validate.js';

/** Every command, in the order `--help` lists them. Add new ones here. */
export const commands: readonly Command[] = [
  parseCommand,
  validateCommand,
  convertCommand,
  diffCommand,
  listCommand,
  pullCommand,
  driftCommand,
  pushCommand,
  openCommand,
];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
