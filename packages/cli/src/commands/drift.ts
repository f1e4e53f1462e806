import { resolve } from 'node:path';
import { diffPipelines, formatDiffMarkdown, type Pipeline } from '@pipewright/model';
import { choosePipeline, formatReadError, readPipelines } from '../input/read-pipelines.js';
import { AWS_OPTIONS, AWS_OPTIONS_HELP } from '../live/connection.js';
import { formatDiffText } from './diff-text.js';
import { importLive } from '../live/render-pulled.js';
import { openSession } from '../live/session.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, type Command } from './types.js';

/*
 * `pipewright drift FILE NAME`: does the live pipeline still match the file? The diff model
 * compares the file (old) with the live declaration (new), so each change reads as "what the
 * account has that the file does not". Secrets AWS masks (****) cannot be compared and never
 * count as drift; neither does `version`, which AWS bumps on every update.
 */

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

export const driftCommand: Command = {
  name: 'drift',
  summary: 'Compare a pipeline file with the live pipeline: exit 0 in sync, 1 drifted',
  usage:
    'drift <file> <name> [--resource <id>] [--format text|json|markdown] [--profile <name>] [--region <region>] [--endpoint-url <url>]',
  help: [
    'Compares the pipeline of <file> (any format; --resource picks one) with the live pipeline <name>,',
    "field by field through the diff model: formatting, key order and the file's format never count.",
    'Values AWS masks (****) and the pipeline version are not compared.',
    '',
    'Options:',
    '  --resource <id>       the pipeline of a file that holds several',
    '  --format <format>     text (default), json (the change list and risks) or markdown (a comment',
    '                        for a pull request, risks first)',
    AWS_OPTIONS_HELP,
    '',
    'Exit codes: 0 in sync, 1 drifted, 2 the file cannot be read, the pipeline is missing,',
    'AWS refused or could not be reached, or bad usage.',
  ].join('\n'),
  options: { resource: { type: 'string' }, format: { type: 'string' }, ...AWS_OPTIONS },
  positionals: { min: 2, max: 2 },
  async run({ values, positionals }, io) {
    const [file, name] = positionals as [string, string];
    const format = (values['format'] ?? 'text') as Format;
    if (!FORMATS.includes(format)) {
      io.stderr(`pipewright drift: --format must be one of ${FORMATS.join(', ')}\n`);
      return EXIT_UNREADABLE;
    }
    const read = await readPipelines(resolve(io.cwd, file));
    if (!read.ok) {
      io.stderr(`${formatReadError(file, read.error)}\n`);
      return EXIT_UNREADABLE;
    }
    const pick = choosePipeline(
      read.pipelines,
      typeof values['resource'] === 'string' ? values['resource'] : undefined,
    );
    if (!pick.ok) {
      io.stderr(`${file}: ${pick.message}\n`);
      return EXIT_UNREADABLE;
    }
    const chosen = pick.pipeline;
    const opened = await openSession('drift', values, io);
    if (!opened.ok) {
      io.stderr(`${opened.message}\n`);
      return EXIT_UNREADABLE;
    }
    let live;
    try {
      live = await opened.session.pipelines.get(name);
    } catch (error) {
      opened.session.fail(`pipeline "${name}": GetPipeline`, error);
      return EXIT_UNREADABLE;
    }
    if (!live) {
      io.stderr(`pipewright drift: pipeline "${name}": not found in this account and region\n`);
      return EXIT_UNREADABLE;
    }
    const liveRead = importLive(live);
    if (!liveRead.ok) {
      io.stderr(`pipewright drift: pipeline "${name}": ${liveRead.reason}\n`);
      return EXIT_UNREADABLE;
    }
    const diff = diffPipelines(withoutVersion(chosen.pipeline), withoutVersion(liveRead.imported.pipeline));
    const liveLabel = `live pipeline "${name}" (version ${live.pipeline.version ?? '?'})`;
    if (format === 'json') {
      // The same report as `pipewright diff --format json`, the live side named by pipeline and version.
      const report = {
        old: { file, pipeline: chosen.id },
        new: { live: name, version: live.pipeline.version },
        changes: diff.changes,
        risks: diff.risks,
        matches: diff.matches,
      };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else if (format === 'markdown') {
      io.stdout(formatDiffMarkdown(diff, { title: `Drift: ${file} → ${liveLabel}` }));
    } else {
      io.stdout(formatDiffText(diff, file, liveLabel));
    }
    return diff.changes.length === 0 ? EXIT_OK : EXIT_PROBLEMS;
  },
};

function withoutVersion(pipeline: Pipeline): Pipeline {
  const { version: _version, ...rest } = pipeline as Pipeline & { version?: unknown };
  void _version;
  return rest as Pipeline;
}
