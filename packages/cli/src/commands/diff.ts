import { resolve } from 'node:path';
import { diffPipelines, formatDiffMarkdown } from '@pipewright/model';
import { showGitVersion } from '../input/git-show.js';
import { readPipelineBytes } from '../input/read-pipeline-bytes.js';
import { choosePipeline, formatReadError, readPipelines, type ReadPipelinesResult } from '../input/read-pipelines.js';
import { formatDiffText } from './diff-text.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, type CliIo, type Command } from './types.js';

/*
 * `pipewright diff OLD NEW` / `pipewright diff FILE --git REV`: reads both sides
 * in any format, picks one pipeline of each, prints the structural diff (model's
 * diffPipelines) as text, JSON or a markdown pull-request comment.
 */

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

interface Side {
  label: string;
  read: ReadPipelinesResult;
}

async function readSide(file: string, io: CliIo): Promise<Side> {
  return { label: file, read: await readPipelines(resolve(io.cwd, file)) };
}

export const diffCommand: Command = {
  name: 'diff',
  summary: 'Compare two versions of a pipeline (any formats) and summarise the changes and their risks',
  usage:
    'diff <old> <new> [--resource <id>] [--format text|json|markdown]\n       pipewright diff <file> --git <rev> [...]',
  help: [
    'Compares the pipeline declarations, not the text: key order, formatting and the source format',
    'never count. Stages and actions are matched by name, then by what they are, so renames, moves',
    'to another stage and run-order changes show as such. Risks (an approval removed, a role or the',
    'artifact store changed, a trigger widened...) come first.',
    '',
    'Options:',
    '  --git <rev>        the old side is <file> at git revision <rev> (HEAD~1, a branch), or',
    '                     <rev> is REV:path from the repository root (main:infra/pipeline.tf)',
    '  --resource <id>    the pipeline to compare when a file holds several: CloudFormation logical',
    '                     id, Terraform label or pipeline name (looked up on each side; --id is the same)',
    '  --format <format>  text (default), json (the change list) or markdown (a pull-request comment)',
    '',
    'Exit codes: 0 no change, 1 changes found, 2 a side cannot be read, has no such pipeline, or bad usage.',
  ].join('\n'),
  options: {
    git: { type: 'string' },
    resource: { type: 'string' },
    id: { type: 'string' },
    format: { type: 'string' },
  },
  positionals: { min: 1, max: 2 },
  async run({ values, positionals }, io) {
    const format = (values['format'] ?? 'text') as Format;
    if (!FORMATS.includes(format)) {
      io.stderr(`pipewright diff: --format must be one of ${FORMATS.join(', ')}\n`);
      return EXIT_UNREADABLE;
    }
    const rev = typeof values['git'] === 'string' ? values['git'] : undefined;
    let oldSide: Side;
    let newSide: Side;
    if (rev !== undefined) {
      if (positionals.length !== 1) {
        io.stderr('pipewright diff: with --git, give one file (the new side)\n');
        return EXIT_UNREADABLE;
      }
      const file = positionals[0] as string;
      const shown = await showGitVersion(rev, file, io.cwd);
      if (!shown.ok) {
        io.stderr(`pipewright diff: ${shown.message}\n`);
        return EXIT_UNREADABLE;
      }
      oldSide = { label: shown.label, read: readPipelineBytes(shown.bytes, shown.fileName) };
      newSide = await readSide(file, io);
    } else {
      if (positionals.length !== 2) {
        io.stderr('pipewright diff: give the old and the new file (or one file and --git <rev>)\n');
        return EXIT_UNREADABLE;
      }
      [oldSide, newSide] = await Promise.all([
        readSide(positionals[0] as string, io),
        readSide(positionals[1] as string, io),
      ]);
    }

    // --id is parse's name for the same choice; either picks the pipeline on each side.
    const wanted =
      typeof values['resource'] === 'string'
        ? values['resource']
        : typeof values['id'] === 'string'
          ? values['id']
          : undefined;
    const chosen = [];
    for (const side of [oldSide, newSide]) {
      if (!side.read.ok) {
        io.stderr(`${formatReadError(side.label, side.read.error)}\n`);
        return EXIT_UNREADABLE;
      }
      const pick = choosePipeline(side.read.pipelines, wanted);
      if (!pick.ok) {
        io.stderr(`${side.label}: ${pick.message}\n`);
        return EXIT_UNREADABLE;
      }
      chosen.push(pick.pipeline);
    }
    const [before, after] = chosen as [(typeof chosen)[number], (typeof chosen)[number]];
    const diff = diffPipelines(before.pipeline, after.pipeline);

    if (format === 'json') {
      const report = {
        old: { file: oldSide.label, pipeline: before.id },
        new: { file: newSide.label, pipeline: after.id },
        changes: diff.changes,
        risks: diff.risks,
        matches: diff.matches,
      };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else if (format === 'markdown') {
      io.stdout(formatDiffMarkdown(diff, { title: `Pipeline changes: ${oldSide.label} → ${newSide.label}` }));
    } else {
      io.stdout(formatDiffText(diff, oldSide.label, newSide.label));
    }
    return diff.changes.length === 0 ? EXIT_OK : EXIT_PROBLEMS;
  },
};
