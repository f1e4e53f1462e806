import { isOpaque, type Pipeline } from '@pipewright/model';
import { CONDITION_KINDS } from './conditions.js';
import type { PipelineIndex } from './pipeline-index.js';
import { at, list, q, record } from './values.js';

export interface V2Feature {
  /** What is used, for messages: "triggers", "QUEUED execution mode"... */
  what: string;
  path: string;
}

/** Everything in the declaration that only V2 pipelines take (rules.md R63-R67). */
export function v2Features(pipeline: Pipeline, index: PipelineIndex): V2Feature[] {
  const p = record(pipeline) ?? {};
  const out: V2Feature[] = [];
  if (p.triggers !== undefined && (isOpaque(p.triggers) || list(p.triggers).length > 0))
    out.push({ what: 'triggers', path: '/triggers' });
  if (p.variables !== undefined && (isOpaque(p.variables) || list(p.variables).length > 0))
    out.push({ what: 'pipeline variables', path: '/variables' });
  if (p.executionMode === 'QUEUED' || p.executionMode === 'PARALLEL')
    out.push({ what: `${p.executionMode} execution mode`, path: '/executionMode' });
  for (const stage of index.stages)
    for (const kind of CONDITION_KINDS)
      if (stage.raw[kind] !== undefined)
        out.push({ what: `the ${kind} condition of stage ${q(stage.name)}`, path: at(stage.path, kind) });
  for (const action of index.actions)
    if (action.spec?.v2Only)
      out.push({
        what: `the ${action.provider} action ${q(action.name)}`,
        path: at(action.path, 'actionTypeId', 'provider'),
      });
  return out;
}
