import { describeChange, type DiffChange, type PipelineDiff } from '@pipewright/model';

/*
 * `pipewright diff`'s text output: a summary line, the risks, then the changes
 * grouped by stage, each with the pointer of the side it is on.
 */

function group(change: DiffChange): string {
  return change.target === 'pipeline' ? 'Pipeline' : `Stage '${change.stage ?? '(unnamed)'}'`;
}

function pointer(change: DiffChange): string {
  return change.newPath ?? change.newElement ?? change.oldPath ?? change.oldElement ?? '';
}

export function formatDiffText(diff: PipelineDiff, oldLabel: string, newLabel: string): string {
  const out: string[] = [];
  const n = diff.changes.length;
  if (n === 0) return `${oldLabel} -> ${newLabel}: no change\n`;
  out.push(
    `${oldLabel} -> ${newLabel}: ${n} change${n === 1 ? '' : 's'}, ${diff.risks.length} risk${diff.risks.length === 1 ? '' : 's'}`,
  );
  if (diff.risks.length > 0) {
    out.push('', 'Risks:');
    for (const r of diff.risks)
      out.push(`  ${r.severity.padEnd(6)}  ${r.id}  ${r.newPath ?? r.oldPath ?? ''}  ${r.message}`);
  }
  out.push('', 'Changes:');
  let current: string | undefined;
  for (const change of diff.changes) {
    const name = group(change);
    if (name !== current) {
      out.push(`  ${name}`);
      current = name;
    }
    const prefix =
      change.target === 'action' && change.field !== '' && change.kind !== 'renamed' && change.field !== '/runOrder'
        ? `action '${change.action ?? ''}' `
        : '';
    out.push(`    ${change.kind.padEnd(9)}  ${prefix}${describeChange(change)}  (${pointer(change)})`);
  }
  return `${out.join('\n')}\n`;
}
