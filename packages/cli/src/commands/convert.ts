import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CDK_STYLES, EXPORT_TARGETS, exportPipeline, type CdkStyle, type ExportTarget } from '@pipewright/export';
import { formatReadError, readPipelines } from '../input/read-pipelines.js';
import { EXIT_OK, EXIT_UNREADABLE, type Command } from './types.js';

function isCdkStyle(value: unknown): value is CdkStyle {
  return typeof value === 'string' && (CDK_STYLES as readonly string[]).includes(value);
}

function isTarget(value: unknown): value is ExportTarget {
  return typeof value === 'string' && (EXPORT_TARGETS as readonly string[]).includes(value);
}

export const convertCommand: Command = {
  name: 'convert',
  summary: 'Convert a pipeline file (JSON, CloudFormation, Terraform) to another format',
  usage: `convert <file> --to ${EXPORT_TARGETS.join('|')} [--resource <id>] [-o <out>] [--monitoring] [--cdk-style l1|l2]`,
  help: [
    'Reads every pipeline of <file> (the format is detected from the content) and writes one of',
    'them in the target format, on stdout or to <out>. Warnings (what the target cannot express,',
    'secrets turned into parameters, placeholders) go to stderr.',
    '',
    'Options:',
    '  --to <target>      terraform, terraform-json, cdk, cloudformation, cloudformation-json or json',
    '  --resource <id>    the pipeline to convert: CloudFormation logical id, Terraform label or',
    '                     pipeline name (default: the first; the others are listed on stderr)',
    '  -o, --out <file>   write to this file instead of stdout',
    '  --monitoring       add an EventBridge rule for the pipeline execution state changes',
    '  --cdk-style <s>    with --to cdk: l1 (CfnPipeline, the default) or l2 (codepipeline.Pipeline',
    '                     with codepipeline_actions; what L2 cannot express is an L1 override, warned)',
    '',
    'Exit codes: 0 written, 2 the file cannot be read, the pipeline is not found or bad usage.',
  ].join('\n'),
  options: {
    to: { type: 'string' },
    resource: { type: 'string' },
    out: { type: 'string', short: 'o' },
    monitoring: { type: 'boolean' },
    'cdk-style': { type: 'string' },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = positionals[0] as string;
    const to = values['to'];
    if (!isTarget(to)) {
      io.stderr(`pipewright convert: --to must be one of ${EXPORT_TARGETS.join(', ')}\n`);
      return EXIT_UNREADABLE;
    }
    const style = values['cdk-style'];
    if (style !== undefined && !isCdkStyle(style)) {
      io.stderr(`pipewright convert: --cdk-style must be one of ${CDK_STYLES.join(', ')}\n`);
      return EXIT_UNREADABLE;
    }
    if (style !== undefined && to !== 'cdk') {
      io.stderr('pipewright convert: --cdk-style applies only to --to cdk\n');
      return EXIT_UNREADABLE;
    }
    const result = await readPipelines(resolve(io.cwd, file));
    if (!result.ok) {
      io.stderr(`${formatReadError(file, result.error)}\n`);
      return EXIT_UNREADABLE;
    }
    const wanted = typeof values['resource'] === 'string' ? values['resource'] : undefined;
    const chosen =
      wanted === undefined
        ? result.pipelines[0]
        : (result.pipelines.find((p) => p.id === wanted) ?? result.pipelines.find((p) => p.pipeline.name === wanted));
    const ids = result.pipelines.map((p) => p.id);
    if (!chosen) {
      io.stderr(`${file}: no pipeline "${wanted}" (found: ${ids.join(', ')})\n`);
      return EXIT_UNREADABLE;
    }
    const others = ids.filter((id) => id !== chosen.id);
    if (wanted === undefined && others.length > 0) {
      io.stderr(
        `${file}: converting ${chosen.id}; the file also holds ${others.join(', ')} (choose with --resource)\n`,
      );
    }
    const exported = exportPipeline(chosen.pipeline, to, {
      monitoring: values['monitoring'] === true,
      ...(style !== undefined ? { cdkStyle: style } : {}),
      ...(chosen.extras ? { extras: chosen.extras } : {}),
    });
    for (const warning of exported.warnings) {
      io.stderr(`warning [${warning.code}]${warning.path ? ` ${warning.path}` : ''}: ${warning.message}\n`);
    }
    const out = typeof values['out'] === 'string' ? values['out'] : undefined;
    if (out === undefined) {
      io.stdout(exported.text);
    } else {
      await writeFile(resolve(io.cwd, out), exported.text);
      io.stderr(`wrote ${out}\n`);
    }
    return EXIT_OK;
  },
};
