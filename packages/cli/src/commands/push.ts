import { diffPipelines, literal, type Pipeline } from '@pipewright/model';
import { readOnePipeline } from '../input/read-pipelines.js';
import { AWS_OPTIONS, AWS_OPTIONS_HELP } from '../live/connection.js';
import { formatDiffText } from './diff-text.js';
import type { LivePipeline } from '../live/live-pipelines.js';
import { declarationToSend, pushProblems } from '../live/push-checks.js';
import { importLive } from '../live/render-pulled.js';
import { openSession, type LiveSession } from '../live/session.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, type CliIo, type Command } from './types.js';

/*
 * `pipewright push FILE [--name NAME]`: creates the pipeline, or shows the diff against the live
 * version with its risks and updates it after confirmation. Refuses before any change when the
 * file has errors, masked secrets or expressions, and when the live pipeline moved on from the
 * version the file was pulled at or from the one the diff was shown for.
 */

export const pushCommand: Command = {
  name: 'push',
  summary: 'Create or update a live pipeline from a file, after showing the diff and its risks',
  usage:
    'push <file> [--name <name>] [--resource <id>] [--yes] [--profile <name>] [--region <region>] [--endpoint-url <url>]',
  help: [
    'Reads the pipeline of <file> (any format; --resource picks one), validates it and refuses when it',
    'has errors, masked secrets (****), template placeholders or expressions the API cannot evaluate.',
    'A pipeline that does not exist is created. Otherwise push shows the diff from the live version',
    '(with its risk summary) and asks before it updates; it refuses when the live pipeline is not at',
    'the version the file was pulled at (pipeline.version), or changed while the diff was shown.',
    '',
    'Options:',
    "  --name <name>         the live pipeline to create or update (default: the file's pipeline name)",
    '  --resource <id>       the pipeline of a file that holds several (as for convert)',
    '  -y, --yes             update without asking (scripts); without it and without a terminal push refuses',
    AWS_OPTIONS_HELP,
    '',
    'Exit codes: 0 pushed or nothing to push, 1 refused (errors, secrets, stale version, declined),',
    '2 the file cannot be read, AWS refused or could not be reached, no terminal to ask on, or bad usage.',
  ].join('\n'),
  options: {
    name: { type: 'string' },
    resource: { type: 'string' },
    yes: { type: 'boolean', short: 'y' },
    ...AWS_OPTIONS,
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = positionals[0] as string;
    const chosen = await readOnePipeline(
      file,
      typeof values['resource'] === 'string' ? values['resource'] : undefined,
      io,
    );
    if (!chosen) return EXIT_UNREADABLE;
    const name = typeof values['name'] === 'string' ? values['name'] : literal(chosen.pipeline.name);
    if (name === undefined || name === '') {
      io.stderr(`${file}: the pipeline's name is not a literal; give it with --name\n`);
      return EXIT_UNREADABLE;
    }

    const problems = pushProblems(chosen.pipeline);
    if (problems.length > 0) {
      for (const problem of problems) {
        const at = chosen.locate(problem.path);
        const where = at ? `${file}:${at.line}:${at.column}` : file;
        io.stderr(`${where}: error ${problem.id} ${problem.path}: ${problem.message}\n`);
      }
      io.stderr(
        `pipewright push: pipeline "${name}": not pushed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${file} (listed above)\n`,
      );
      return EXIT_PROBLEMS;
    }

    const opened = await openSession('push', values, io);
    if (!opened.ok) {
      io.stderr(`${opened.message}\n`);
      return EXIT_UNREADABLE;
    }
    return pushTo(opened.session, { file, name, pipeline: chosen.pipeline, yes: values['yes'] === true }, io);
  },
};

interface PushRequest {
  file: string;
  name: string;
  pipeline: Pipeline;
  yes: boolean;
}

async function pushTo(session: LiveSession, request: PushRequest, io: CliIo): Promise<number> {
  const { file, name, pipeline } = request;
  const live = await getLive(session, name);
  if (live === 'failed') return EXIT_UNREADABLE;
  const declaration = declarationToSend(pipeline, name);

  if (live === undefined) {
    try {
      const version = await session.pipelines.create(declaration);
      io.stderr(`created pipeline "${name}" (version ${version ?? 1}) from ${file}\n`);
      return EXIT_OK;
    } catch (error) {
      session.fail(`pipeline "${name}": CreatePipeline`, error);
      return EXIT_UNREADABLE;
    }
  }

  const liveVersion = live.pipeline.version;
  const fileVersion = typeof pipeline.version === 'number' ? pipeline.version : undefined;
  if (fileVersion !== undefined && liveVersion !== undefined && fileVersion !== liveVersion) {
    io.stderr(
      `pipewright push: pipeline "${name}": not pushed: the live pipeline is at version ${liveVersion}, ${file} was pulled at version ${fileVersion}; someone changed it since. Pull it again (pipewright pull ${name}), re-apply your change and push that.\n`,
    );
    return EXIT_PROBLEMS;
  }

  const liveRead = importLive(live);
  if (!liveRead.ok) {
    io.stderr(`pipewright push: pipeline "${name}": ${liveRead.reason}\n`);
    return EXIT_UNREADABLE;
  }
  const diff = diffPipelines(withoutVersion(liveRead.imported.pipeline), withoutVersion({ ...pipeline, name }));
  if (diff.changes.length === 0) {
    io.stderr(`pipeline "${name}" (version ${liveVersion ?? '?'}) already matches ${file}: nothing to push\n`);
    return EXIT_OK;
  }
  io.stdout(formatDiffText(diff, `live pipeline "${name}" (version ${liveVersion ?? '?'})`, file));

  if (!request.yes) {
    if (!io.confirm) {
      io.stderr(
        `pipewright push: pipeline "${name}": not pushed: no terminal to confirm on; pass --yes to push without asking\n`,
      );
      return EXIT_UNREADABLE;
    }
    const risky = diff.risks.length > 0 ? ` with ${diff.risks.length} risk${diff.risks.length === 1 ? '' : 's'}` : '';
    if (
      !(await io.confirm(
        `Update pipeline "${name}" (${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}${risky})? [y/N] `,
      ))
    ) {
      io.stderr(`pipeline "${name}": not pushed (declined)\n`);
      return EXIT_PROBLEMS;
    }
  }

  // The diff was shown for `liveVersion`: refuse if someone updated the pipeline meanwhile.
  const again = await getLive(session, name);
  if (again === 'failed') return EXIT_UNREADABLE;
  if (again === undefined || again.pipeline.version !== liveVersion) {
    io.stderr(
      `pipewright push: pipeline "${name}": not pushed: it changed while the diff was shown (version ${liveVersion ?? '?'} -> ${again?.pipeline.version ?? 'deleted'}); run push again to see the new diff\n`,
    );
    return EXIT_PROBLEMS;
  }
  try {
    const version = await session.pipelines.update({
      ...declaration,
      ...(liveVersion !== undefined ? { version: liveVersion } : {}),
    });
    io.stderr(`updated pipeline "${name}": version ${liveVersion ?? '?'} -> ${version ?? '?'}\n`);
    return EXIT_OK;
  } catch (error) {
    session.fail(`pipeline "${name}": UpdatePipeline`, error);
    return EXIT_UNREADABLE;
  }
}

async function getLive(session: LiveSession, name: string): Promise<LivePipeline | undefined | 'failed'> {
  try {
    return await session.pipelines.get(name);
  } catch (error) {
    session.fail(`pipeline "${name}": GetPipeline`, error);
    return 'failed';
  }
}

function withoutVersion(pipeline: Pipeline): Pipeline {
  const { version: _version, ...rest } = pipeline as Pipeline & { version?: unknown };
  void _version;
  return rest as Pipeline;
}
