import { AWS_OPTIONS, AWS_OPTIONS_HELP } from '../live/connection.js';
import type { LivePipelineSummary } from '../live/live-pipelines.js';
import { openSession } from '../live/session.js';
import { EXIT_OK, EXIT_UNREADABLE, type Command } from './types.js';

/*
 * `pipewright list`: the account's pipelines in one region (ListPipelines, every page).
 */

export const listCommand: Command = {
  name: 'list',
  summary: "List the pipelines of an AWS account's region (name, type, version, updated)",
  usage: 'list [--format text|json] [--profile <name>] [--region <region>] [--endpoint-url <url>]',
  help: [
    'Lists every pipeline of the account in the region, through all pages of ListPipelines.',
    '',
    'Options:',
    '  --format <format>     text (default: a table) or json ({ "pipelines": [...] } as ListPipelines',
    '                        returns them, without the page token)',
    AWS_OPTIONS_HELP,
    '',
    'Exit codes: 0 listed, 2 AWS refused or could not be reached, or bad usage.',
  ].join('\n'),
  options: { format: { type: 'string' }, ...AWS_OPTIONS },
  positionals: { min: 0, max: 0 },
  async run({ values }, io) {
    const format = values['format'] ?? 'text';
    if (format !== 'text' && format !== 'json') {
      io.stderr('pipewright list: --format must be text or json\n');
      return EXIT_UNREADABLE;
    }
    const opened = await openSession('list', values, io);
    if (!opened.ok) {
      io.stderr(`${opened.message}\n`);
      return EXIT_UNREADABLE;
    }
    let rows: LivePipelineSummary[];
    try {
      rows = await opened.session.pipelines.list();
    } catch (error) {
      opened.session.fail('ListPipelines', error);
      return EXIT_UNREADABLE;
    }
    if (format === 'json') io.stdout(`${JSON.stringify({ pipelines: rows }, null, 2)}\n`);
    else io.stdout(table(rows));
    return EXIT_OK;
  },
};

function table(rows: readonly LivePipelineSummary[]): string {
  if (rows.length === 0) return 'no pipelines\n';
  const cells = [
    ['NAME', 'TYPE', 'VERSION', 'UPDATED'],
    ...rows.map((row) => [
      row.name,
      row.pipelineType ?? '-',
      row.version === undefined ? '-' : String(row.version),
      row.updated ?? '-',
    ]),
  ];
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((line) => line[column]!.length)));
  return (
    cells
      .map((line) =>
        line.map((cell, column) => (column === line.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '),
      )
      .join('\n') + '\n'
  );
}
