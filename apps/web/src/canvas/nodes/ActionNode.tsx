import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useDiagnosticsAt, useIsActionSelected, withoutInfos, worstSeverity } from '../../store/index.js';
import { categoryClass, providerInitials } from '../categories.js';
import type { ActionFlowNode } from '../flowElements.js';
import { useDetailed } from '../lod.js';
import { ActionStructure } from '../structure/StructureBadges.js';
import { CompareMark } from '../../compare/CompareMark.js';

/*
 * One action on the canvas: name, provider badge in its category colour, region
 * or account when they differ from the pipeline's, a problem marker and a wavy
 * underline under an offending name. Memoized; subscribes only to its own
 * diagnostics and selection.
 */
function ActionNodeView({ data }: NodeProps<ActionFlowNode>) {
  const pointer = `/stages/${data.stage}/actions/${data.action}`;
  const all = useDiagnosticsAt(pointer);
  const allOnName = useDiagnosticsAt(`${pointer}/name`);
  const problems = useMemo(() => withoutInfos(all), [all]);
  const nameProblems = useMemo(() => withoutInfos(allOnName), [allOnName]);
  const selected = useIsActionSelected(data.stage, data.action);
  const detailed = useDetailed();
  const severity = worstSeverity(problems);
  const nameSeverity = worstSeverity(nameProblems);

  return (
    <div
      className={`pw-action ${categoryClass(data.category)}${selected ? ' is-selected' : ''}${severity ? ` has-${severity}` : ''}`}
      data-testid="action-node"
      data-action-name={data.name}
    >
      <Handle type="target" position={Position.Left} className="pw-handle" title={`Input of ${data.name}`} />
      <ActionStructure stage={data.stage} action={data.action} />
      <CompareMark pointer={pointer} />
      <span className="pw-action-badge" aria-hidden="true">
        {providerInitials(data.provider)}
      </span>
      <span className="pw-action-text">
        <span
          className={`pw-action-name${nameSeverity ? ` pw-squiggle-${nameSeverity}` : ''}`}
          data-testid="action-name"
          title={nameProblems.map((d) => d.message).join('\n') || data.name}
        >
          {data.name}
        </span>
        {detailed && <span className="pw-action-meta">{data.provider}</span>}
        {detailed && data.location && (
          <span className="pw-action-location" title="Region or account other than the pipeline's">
            {data.location}
          </span>
        )}
      </span>
      {severity && (
        <span
          className={`pw-marker pw-marker-${severity}`}
          data-testid="problem-marker"
          data-severity={severity}
          role="img"
          aria-label={`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`}
          title={problems.map((d) => d.message).join('\n')}
        >
          {problems.length}
        </span>
      )}
      {data.dangling.length > 0 && (
        <span className="pw-dangling" data-testid="dangling-input">
          {data.dangling.map((name) => (
            <span key={name} className="pw-dangling-stub" title={`No action produces ${name}`}>
              {name}
            </span>
          ))}
        </span>
      )}
      <Handle type="source" position={Position.Right} className="pw-handle" title={`Output of ${data.name}`} />
    </div>
  );
}

export const ActionNode = memo(ActionNodeView);
