import { resolve } from 'node:path';
import { formatPipelineJson } from '@pipewright/model';
import { formatReadError, readPipelines } from '../input/read-pipelines.js';
import { EXIT_OK, EXIT_UNREADABLE, type Command } from './types.js';

export const parseCommand: Command = {
  name: 'parse',
  summary: 'Read a pipeline file and print it as normalized create-pipeline JSON',
  usage: 'parse <file> [--id <pipeline>]',
  help: [
    'Prints the pipeline as `{ "pipeline": ... }` JSON (2-space indent) on stdout.',
    '',
    'Options:',
    '  --id <pipeline>  which pipeline to print when the file holds several',
    '',
    'Exit codes: 0 read, 2 the file cannot be read as a pipeline (file:line:column: message on stderr).',
  ].join('\n'),
  options: { id: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = positionals[0] as string;
    const result = await readPipelines(resolve(io.cwd, file));
    if (!result.ok) {
      io.stderr(`${formatReadError(file, result.error)}\n`);
      return EXIT_UNREADABLE;
    }
    const wanted = typeof values['id'] === 'string' ? values['id'] : undefined;
    const chosen = wanted === undefined ? result.pipelines : result.pipelines.filter((p) => p.id === wanted);
    if (chosen.length !== 1) {
      const ids = result.pipelines.map((p) => p.id).join(', ');
      io.stderr(
        wanted === undefined
          ? `${file}: the file holds ${result.pipelines.length} pipelines (${ids}); choose one with --id\n`
          : `${file}: no pipeline with id "${wanted}" (found: ${ids})\n`,
      );
      return EXIT_UNREADABLE;
    }
    io.stdout(formatPipelineJson((chosen[0] as { pipeline: Parameters<typeof formatPipelineJson>[0] }).pipeline));
    return EXIT_OK;
  },
};
