import { diffPipelines, formatDiffMarkdown, type Pipeline } from '@pipewright/model';
import { readOnePipeline } from '../input/read-pipelines.js';
import { AWS_OPTIONS, AWS_OPTIONS_HELP } from '../live/connection.js';
import { formatDiffText } from './diff-text.js';
import { fetchLivePipeline, openSession } from '../live/session.js';
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
    const chosen = await readOnePipeline(
      file,
      typeof values['resource'] === 'string' ? values['resource'] : undefined,
      io,
    );
    if (!chosen) return EXIT_UNREADABLE;
    const opened = await openSession('drift', values, io);
    if (!opened.ok) {
      io.stderr(`${opened.message}\n`);
      return EXIT_UNREADABLE;
    }
    const fetched = await fetchLivePipeline('drift', opened.session, name, io);
    if (!fetched) return EXIT_UNREADABLE;
    const { live } = fetched;
    const diff = diffPipelines(withoutVersion(chosen.pipeline), withoutVersion(fetched.imported.pipeline));
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
