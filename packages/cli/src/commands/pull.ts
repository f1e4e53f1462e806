import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AWS_OPTIONS, AWS_OPTIONS_HELP } from '../live/connection.js';
import type { LivePipeline } from '../live/live-pipelines.js';
import { formatWarning, isPullFormat, PULL_FORMATS, renderPulled, type PullFormat } from '../live/render-pulled.js';
import { openSession, type LiveSession } from '../live/session.js';
import { EXIT_OK, EXIT_UNREADABLE, type CliIo, type Command } from './types.js';

/*
 * `pipewright pull NAME` writes a live pipeline in any format; `pull --all -o DIR/` writes every
 * pipeline of the account, one file each, going on past the ones that fail.
 */

export const pullCommand: Command = {
  name: 'pull',
  summary: 'Write a live pipeline (or --all of them) as get-pipeline JSON, Terraform, CDK or CloudFormation',
  usage: `pull <name> [--to ${PULL_FORMATS.join('|')}] [-o <file>]\n       pull --all [--to <format>] -o <dir>`,
  help: [
    'Reads the pipeline with GetPipeline and writes it on stdout or to <file>. The default format is',
    "GetPipeline's answer as `aws codepipeline get-pipeline` prints it ({ pipeline, metadata }); the",
    'others are those of `pipewright convert`. Secrets that AWS masks as **** are named in a warning;',
    'the Terraform, CDK and CloudFormation exports write a parameter or variable in their place.',
    '',
    'Options:',
    '  --to <format>         get-pipeline (default), terraform, terraform-json, cdk, cloudformation,',
    '                        cloudformation-json or json (create-pipeline input)',
    '  -o, --out <path>      the file to write (default: stdout); with --all, the directory',
    '  --all                 every pipeline of the account and region, one file each (<name>.<ext>),',
    '                        a progress line per pipeline and a summary; continues past failures',
    AWS_OPTIONS_HELP,
    '',
    'Exit codes: 0 written, 2 AWS refused or could not be reached, the pipeline is missing or',
    'unreadable, one of --all failed, or bad usage.',
  ].join('\n'),
  options: { to: { type: 'string' }, out: { type: 'string', short: 'o' }, all: { type: 'boolean' }, ...AWS_OPTIONS },
  positionals: { min: 0, max: 1 },
  async run({ values, positionals }, io) {
    const format = values['to'] ?? 'get-pipeline';
    if (!isPullFormat(format)) {
      io.stderr(`pipewright pull: --to must be one of ${PULL_FORMATS.join(', ')}\n`);
      return EXIT_UNREADABLE;
    }
    const out = typeof values['out'] === 'string' ? values['out'] : undefined;
    const all = values['all'] === true;
    const name = positionals[0];
    if (all === (name !== undefined)) {
      io.stderr(
        'pipewright pull: give a pipeline name or --all (not both)\nusage: pipewright ' + pullCommand.usage + '\n',
      );
      return EXIT_UNREADABLE;
    }
    if (all && out === undefined) {
      io.stderr('pipewright pull: --all needs -o <dir>, the directory to write one file per pipeline into\n');
      return EXIT_UNREADABLE;
    }
    const opened = await openSession('pull', values, io);
    if (!opened.ok) {
      io.stderr(`${opened.message}\n`);
      return EXIT_UNREADABLE;
    }
    return all
      ? pullAll(opened.session, format, out as string, io)
      : pullOne(opened.session, name as string, format, out, io);
  },
};

async function fetchPipeline(session: LiveSession, name: string, io: CliIo): Promise<LivePipeline | undefined> {
  try {
    const live = await session.pipelines.get(name);
    if (!live) io.stderr(`pipewright pull: pipeline "${name}": not found in this account and region\n`);
    return live;
  } catch (error) {
    session.fail(`pipeline "${name}": GetPipeline`, error);
    return undefined;
  }
}

async function pullOne(session: LiveSession, name: string, format: PullFormat, out: string | undefined, io: CliIo) {
  const live = await fetchPipeline(session, name, io);
  if (!live) return EXIT_UNREADABLE;
  const rendered = renderPulled(live, format);
  if (!rendered.ok) {
    io.stderr(`pipewright pull: pipeline "${name}": ${rendered.reason}\n`);
    return EXIT_UNREADABLE;
  }
  for (const warning of rendered.warnings) io.stderr(`${formatWarning(warning)}\n`);
  if (out === undefined) {
    io.stdout(rendered.text);
  } else {
    await writeFile(resolve(io.cwd, out), rendered.text);
    io.stderr(`wrote ${out}\n`);
  }
  return EXIT_OK;
}

async function pullAll(session: LiveSession, format: PullFormat, dir: string, io: CliIo) {
  let names: string[];
  try {
    names = (await session.pipelines.list()).map((row) => row.name);
  } catch (error) {
    session.fail('ListPipelines', error);
    return EXIT_UNREADABLE;
  }
  await mkdir(resolve(io.cwd, dir), { recursive: true });
  const failed: { name: string; reason: string }[] = [];
  const width = String(names.length).length;
  for (const [index, name] of names.entries()) {
    const step = `[${String(index + 1).padStart(width)}/${names.length}]`;
    const result = await pullInto(session, name, format, dir, io);
    if (result.ok) {
      const count = result.warnings.length;
      io.stderr(
        `${step} ${name} -> ${result.file}${count > 0 ? ` (${count} warning${count === 1 ? '' : 's'})` : ''}\n`,
      );
      for (const warning of result.warnings) io.stderr(`    ${formatWarning(warning)}\n`);
    } else {
      failed.push({ name, reason: result.reason });
      io.stderr(`${step} ${name} FAILED: ${result.reason}\n`);
    }
  }
  const pulled = names.length - failed.length;
  io.stderr(
    `pulled ${pulled} of ${names.length} pipeline${names.length === 1 ? '' : 's'} into ${dir}` +
      (failed.length > 0
        ? `; ${failed.length} failed: ${failed.map((f) => `${f.name} (${f.reason})`).join(', ')}`
        : '') +
      '\n',
  );
  return failed.length > 0 ? EXIT_UNREADABLE : EXIT_OK;
}

async function pullInto(session: LiveSession, name: string, format: PullFormat, dir: string, io: CliIo) {
  let live: LivePipeline | undefined;
  try {
    live = await session.pipelines.get(name);
  } catch (error) {
    return { ok: false as const, reason: session.cause(error) };
  }
  if (!live) return { ok: false as const, reason: 'not found (deleted while pulling?)' };
  const rendered = renderPulled(live, format);
  if (!rendered.ok) return { ok: false as const, reason: rendered.reason };
  const file = join(dir, `${name}${rendered.extension}`);
  try {
    await writeFile(resolve(io.cwd, file), rendered.text);
  } catch (error) {
    return {
      ok: false as const,
      reason: `cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return { ok: true as const, file, warnings: rendered.warnings };
}
