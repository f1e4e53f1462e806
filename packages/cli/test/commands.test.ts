import { describe, expect, it } from 'vitest';
import { findCommand, loadCommands, runCli } from '../src/index.js';
import { captureIo } from '../src/commands/test-support.js';

describe('command registry', () => {
  it('registers well-formed, uniquely named commands, each found by its own name', async () => {
    const commands = await loadCommands();
    const names = commands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const command of commands) {
      expect(command.name).toMatch(/^[a-z][a-z-]*$/);
      expect(command.usage.startsWith(command.name)).toBe(true);
      expect(command.summary.length).toBeGreaterThan(10);
      expect(command.positionals.min).toBeLessThanOrEqual(command.positionals.max);
      expect(await findCommand(command.name)).toBe(command);
    }
    expect(await findCommand('toString')).toBeUndefined();
  });

  it('lists every command in --help and answers --help for each', async () => {
    const io = captureIo();
    expect(await runCli(['--help'], io)).toBe(0);
    for (const command of await loadCommands()) {
      expect(io.out).toContain(`  ${command.name}`);
      const own = captureIo();
      expect(await runCli([command.name, '--help'], own)).toBe(0);
      expect(own.out).toContain(`Usage: pipewright ${command.usage}`);
    }
  });
});
