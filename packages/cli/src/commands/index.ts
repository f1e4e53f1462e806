import { parseCommand } from './parse.js';
import type { Command } from './types.js';

/** Every command, in the order `--help` lists them. Add new ones here. */
export const commands: readonly Command[] = [parseCommand];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
