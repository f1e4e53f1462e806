import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './types.js';

/** The real API JSON pipelines of the shared corpus, read in place. */
export const realJsonCorpus = join(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus/real/json');

/** A CliIo that records what a command writes, for tests. */
export function captureIo(cwd: string = process.cwd()): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
  };
  return io;
}
