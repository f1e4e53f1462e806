import { describeChange } from './describe.js';
import type { DiffChange, PipelineDiff, RiskSeverity } from './types.js';

/*
 * The pull-request comment: the risk summary first, then the changes grouped
 * by stage, cut to a length that pastes (the rest is counted, not dropped
 * silently).
 */

export interface MarkdownOptions {
  /** Heading text (e.g. the two file names). */
  title?: string;
  /** At most this many change lines (default 60); the rest is counted. */
  maxChanges?: number;
}

const ICON: Record<RiskSeverity, string> = { high: '🔴 high', medium: '🟠 medium', low: '🔵 low' };

function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function groupName(change: DiffChange): string {
  return change.target === 'pipeline'
    ? 'Pipeline'
    : `Stage ${change.stage === undefined ? '(unnamed)' : `'${change.stage}'`}`;
}

function line(change: DiffChange): string {
  const text = describeChange(change);
  const ownLine = change.field === '' || change.kind === 'renamed' || change.field === '/runOrder';
  const prefix = change.target === 'action' && !ownLine ? `action '${change.action ?? ''}': ` : '';
  const risks = change.risks.length > 0 ? ` (${change.risks.map((r) => `\`${r}\``).join(', ')})` : '';
  return `- **${change.kind}** ${escape(prefix + text)}${risks}`;
}

export function formatDiffMarkdown(diff: PipelineDiff, options: MarkdownOptions = {}): string {
  const max = options.maxChanges ?? 60;
  const out: string[] = [`### ${escape(options.title ?? 'Pipeline changes')}`, ''];
  if (diff.changes.length === 0) {
    out.push('No change to the pipeline declaration.', '');
    return out.join('\n');
  }
  const counts = new Map<string, number>();
  for (const c of diff.changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  out.push(
    `${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'} (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}), ` +
      `${diff.risks.length} risk${diff.risks.length === 1 ? '' : 's'}.`,
    '',
  );
  if (diff.risks.length > 0) {
    out.push('#### Risks', '', '| severity | risk | what |', '| --- | --- | --- |');
    for (const r of diff.risks) out.push(`| ${ICON[r.severity]} | \`${r.id}\` | ${escape(r.message)} |`);
    out.push('');
  }
  out.push('#### Changes', '');
  let shown = 0;
  let group: string | undefined;
  for (const change of diff.changes) {
    if (shown >= max) break;
    const name = groupName(change);
    if (name !== group) {
      if (group !== undefined) out.push('');
      out.push(`**${escape(name)}**`, '');
      group = name;
    }
    out.push(line(change));
    shown++;
  }
  if (diff.changes.length > shown)
    out.push('', `… and ${diff.changes.length - shown} more changes (see \`pipewright diff --format json\`).`);
  out.push('');
  return out.join('\n');
}
