import type { PipelineEdit } from '@pipewright/model';
import type { Diagnostic, Selection } from '../../store/index.js';

/** A diagnostic's quick fix, when the rule offers one. */
export interface QuickFix {
  title: string;
  edit: PipelineEdit;
}

export function quickFixOf(diagnostic: Diagnostic): QuickFix | undefined {
  const fix = (diagnostic as { fix?: QuickFix }).fix;
  return fix && typeof fix.title === 'string' && fix.edit ? fix : undefined;
}

/** The node a JSON pointer belongs to: the action or stage it is inside, else the pipeline. */
export function selectionForPointer(pointer: string): Selection {
  const action = /^\/stages\/(\d+)\/actions\/(\d+)(?:\/|$)/.exec(pointer);
  if (action) return { kind: 'action', stage: Number(action[1]), action: Number(action[2]) };
  const stage = /^\/stages\/(\d+)(?:\/|$)/.exec(pointer);
  if (stage) return { kind: 'stage', stage: Number(stage[1]) };
  return { kind: 'pipeline' };
}

/** "Errors", "Warnings", "Info": headings and filter buttons. */
export function severityPlural(severity: Diagnostic['severity']): string {
  return severity === 'error' ? 'Errors' : severity === 'warning' ? 'Warnings' : 'Info';
}

export function severityLabel(severity: Diagnostic['severity']): string {
  return severity === 'error' ? 'Error' : severity === 'warning' ? 'Warning' : 'Info';
}
