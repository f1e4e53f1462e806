import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { incompleteParts } from '@pipewright/export/read';
import { readPipelines } from '../input/read-pipelines.js';
import { rules, validate, type Diagnostic, type Severity } from '@pipewright/validator';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, type CliIo, type Command } from './types.js';

/*
 * `pipewright validate <file|dir>...`: reads every pipeline of every file, runs
 * the validator and prints the diagnostics as text, JSON or SARIF 2.1.0.
 * Reading -> checking -> formatting; the three parts below do one job each.
 */

// ---------------------------------------------------------------- reading

const PIPELINE_FILE = /\.(json|ya?ml|template|tf)$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** Pipeline files under a directory (sorted), and what was left out and why. */
async function findPipelineFiles(dir: string): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  const walk = async (current: string) => {
    const entries = (await readdir(current, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name)) skipped.push(`${path}${sep} (dependency or VCS directory)`);
        else await walk(path);
      } else if (PIPELINE_FILE.test(entry.name)) files.push(path);
      else skipped.push(`${path} (not .json, .yaml, .yml, .template or .tf)`);
    }
  };
  await walk(dir);
  return { files, skipped };
}

// ---------------------------------------------------------------- checking

interface LocatedDiagnostic extends Diagnostic {
  line: number;
  column: number;
  /** The pipeline's id, when the file holds several. */
  pipeline?: string;
}

interface FileReport {
  file: string;
  diagnostics: LocatedDiagnostic[];
  unreadable: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

async function checkFile(path: string, display: string, minSeverity: Severity): Promise<FileReport> {
  const read = await readPipelines(path);
  if (!read.ok)
    return {
      file: display,
      unreadable: true,
      diagnostics: [
        {
          ruleId: 'parse-error',
          severity: 'error',
          message: read.error.message,
          path: '',
          line: read.error.line ?? 1,
          column: read.error.column ?? 1,
        },
      ],
    };
  const diagnostics: LocatedDiagnostic[] = [];
  for (const item of read.pipelines) {
    // A Terraform resource's `region` (hashicorp/aws 6) is the pipeline Region the cross-Region rules need.
    const options = { incomplete: incompleteParts(item.fidelity), ...(item.region ? { region: item.region } : {}) };
    for (const d of validate(item.pipeline, options)) {
      if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[minSeverity]) continue;
      const at = item.locate(d.path) ?? { line: 1, column: 1 };
      diagnostics.push({
        ...d,
        line: at.line,
        column: at.column,
        ...(read.pipelines.length > 1 && { pipeline: item.id }),
      });
    }
  }
  return { file: display, unreadable: false, diagnostics };
}

// ---------------------------------------------------------------- formatting

function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports)
    for (const d of r.diagnostics)
      lines.push(
        `${r.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.pipeline ? `[${d.pipeline}] ` : ''}${d.message}`,
      );
  const count = (s: Severity) => reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === s).length, 0);
  lines.push(
    `${reports.length} file(s): ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info`,
  );
  return lines.join('\n') + '\n';
}

function formatJson(reports: FileReport[]): string {
  const out = reports.map((r) => ({
    file: r.file,
    diagnostics: r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      path: d.path,
      line: d.line,
      column: d.column,
      ...(d.pipeline !== undefined && { pipeline: d.pipeline }),
    })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: URIs relative to the working directory
 * (run it from the repository root) under %SRCROOT%, rule metadata, 1-based regions.
 */
function formatSarif(reports: FileReport[], version: string): string {
  const ruleList = [
    ...rules.map((r) => ({
      id: r.id,
      name: r.id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: r.description },
      fullDescription: { text: r.docs.what },
      help: {
        text: `${r.docs.why}\n\nHow to fix: ${r.docs.fix}`,
        markdown: `${r.docs.why}\n\n**How to fix:** ${r.docs.fix}`,
      },
      defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
      properties: { tags: ['codepipeline', ...r.docs.rules] },
    })),
    {
      id: 'parse-error',
      name: 'ParseError',
      shortDescription: { text: 'The file cannot be read as a pipeline.' },
      fullDescription: { text: 'The file is not valid JSON, YAML or HCL, or holds no readable pipeline.' },
      help: {
        text: 'Fix the syntax error at the given position.',
        markdown: 'Fix the syntax error at the given position.',
      },
      defaultConfiguration: { level: 'error' as const },
      properties: { tags: ['codepipeline'] },
    },
  ];
  const ruleIndex = new Map(ruleList.map((r, i) => [r.id, i]));
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      ...(ruleIndex.has(d.ruleId) && { ruleIndex: ruleIndex.get(d.ruleId) }),
      level: SARIF_LEVEL[d.severity],
      message: { text: d.pipeline ? `[${d.pipeline}] ${d.message}` : d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: r.file.split(sep).join('/'), uriBaseId: '%SRCROOT%' },
            region: { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) },
          },
          ...(d.path && { logicalLocations: [{ fullyQualifiedName: d.path, kind: 'member' }] }),
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pipewright',
            semanticVersion: version,
            rules: ruleList,
          },
        },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

// ---------------------------------------------------------------- command

const FORMATS = ['text', 'json', 'sarif'] as const;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check pipeline files (JSON, CloudFormation, Terraform) against the CodePipeline rules',
  usage: 'validate <file|dir>... [--format text|json|sarif] [--min-severity error|warning|info]',
  help: [
    'Checks every pipeline in every file. A directory is searched recursively for .json, .yaml, .yml,',
    '.template and .tf files; other files and node_modules/.git are listed on stderr as skipped.',
    '',
    'Options:',
    '  --format <f>        text (default: file:line:column severity ruleId message), json, or sarif (SARIF 2.1.0)',
    '  --min-severity <s>  error, warning or info (default): hide diagnostics below it',
    '',
    'Exit codes: 0 no errors, 1 errors found, 2 an input cannot be read (a parse-error diagnostic says where).',
  ].join('\n'),
  options: { format: { type: 'string' }, 'min-severity': { type: 'string' } },
  positionals: { min: 1, max: Infinity },
  async run({ values, positionals }, io) {
    const format = (values['format'] ?? 'text') as (typeof FORMATS)[number];
    if (!FORMATS.includes(format))
      return badOption(io, `--format must be one of ${FORMATS.join(', ')}, got "${String(format)}"`);
    const minSeverity = (values['min-severity'] ?? 'info') as Severity;
    if (!SEVERITIES.includes(minSeverity))
      return badOption(io, `--min-severity must be one of ${SEVERITIES.join(', ')}, got "${String(minSeverity)}"`);

    const reports: FileReport[] = [];
    for (const arg of positionals) {
      const path = resolve(io.cwd, arg);
      const isDir = await stat(path).then(
        (s) => s.isDirectory(),
        () => false,
      );
      if (!isDir) {
        reports.push(await checkFile(path, arg, minSeverity));
        continue;
      }
      const { files, skipped } = await findPipelineFiles(path);
      for (const s of skipped) io.stderr(`pipewright validate: skipped ${relative(io.cwd, s) || s}\n`);
      if (files.length === 0) io.stderr(`pipewright validate: ${arg}: no .json, .yaml, .yml, .template or .tf files\n`);
      for (const file of files) reports.push(await checkFile(file, relative(io.cwd, file) || file, minSeverity));
    }

    io.stdout(
      format === 'json'
        ? formatJson(reports)
        : format === 'sarif'
          ? formatSarif(reports, '0.1.0')
          : formatText(reports),
    );
    if (reports.some((r) => r.unreadable)) return EXIT_UNREADABLE;
    return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT_PROBLEMS : EXIT_OK;
  },
};

function badOption(io: CliIo, message: string): number {
  io.stderr(`pipewright validate: ${message}\n`);
  return EXIT_UNREADABLE;
}
