import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useMemo, useState, type KeyboardEvent } from 'react';
import { useDiagnosticsAt, useDispatch, useEditorStore, withoutInfos, worstSeverity } from '../../store/index.js';
import type { LaneFlowNode } from '../flowElements.js';
import { StageStructure } from '../structure/StructureBadges.js';
import { CompareMark } from '../../compare/CompareMark.js';
import { COLLAPSED_HANDLE_Y } from '../collapse/collapseLanes.js';
import { laneKey, useLaneCollapsed } from '../collapse/collapsedLanes.js';

/** A stage lane: header with name, problem count and stage controls; actions sit on top of it. */
function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  const { stage, name, stageCount, empty, collapsed, actionCount } = data;
  const key = useEditorStore((s) => laneKey(s.pipeline, stage));
  const [, setCollapsed] = useLaneCollapsed(key);
  const all = useDiagnosticsAt(`/stages/${stage}`);
  const problems = useMemo(() => withoutInfos(all), [all]);
  const dispatch = useDispatch();
  const select = useEditorStore((s) => s.select);
  const selected = useEditorStore((s) => s.selection.kind === 'stage' && s.selection.stage === stage);
  const [editing, setEditing] = useState(false);
  const severity = worstSeverity(problems);

  const commit = (value: string) => {
    setEditing(false);
    if (value !== name && value.trim() !== '') dispatch({ kind: 'renameStage', stage, name: value.trim() });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit(event.currentTarget.value);
    if (event.key === 'Escape') setEditing(false);
    event.stopPropagation();
  };

  return (
    <div
      className={`pw-lane${selected ? ' is-selected' : ''}${collapsed ? ' is-collapsed' : ''}`}
      data-testid="stage-lane"
      data-stage-name={name}
      data-collapsed={collapsed || undefined}
    >
      <header className="pw-lane-header nodrag nopan">
        <button
          type="button"
          className="pw-lane-collapse"
          aria-expanded={!collapsed}
          aria-label={`${collapsed ? 'Expand' : 'Collapse'} stage ${name}`}
          title={collapsed ? 'Expand the stage' : 'Collapse the stage (the view only; the pipeline is unchanged)'}
          onClick={() => setCollapsed(!collapsed)}
        >
          {collapsed ? '▸' : '▾'}
        </button>
        {editing ? (
          <input
            className="pw-lane-rename"
            aria-label={`Rename stage ${name}`}
            defaultValue={name}
            autoFocus
            onBlur={(e) => commit(e.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
        ) : (
          <button
            type="button"
            className="pw-lane-title"
            aria-label={`Stage ${name}${problems.length ? `, ${problems.length} problems` : ''}`}
            onClick={() => select({ kind: 'stage', stage })}
            onDoubleClick={() => setEditing(true)}
            onKeyDown={(e) => {
              if (e.key === 'F2') setEditing(true);
            }}
          >
            {name}
          </button>
        )}
        <CompareMark pointer={`/stages/${stage}`} />
        <StageStructure stage={stage} />
        <span
          className={`pw-lane-count${severity ? ` pw-lane-count-${severity}` : ''}`}
          data-testid="stage-problem-count"
          title={`${problems.length} problems in this stage`}
        >
          {problems.length}
        </span>
        <span className="pw-lane-tools">
          <button
            type="button"
            aria-label={`Rename stage ${name}`}
            title="Rename (F2)"
            onClick={() => setEditing(true)}
          >
            ✎
          </button>
          <button
            type="button"
            aria-label={`Move stage ${name} left`}
            title="Move left"
            disabled={stage === 0}
            onClick={() => dispatch({ kind: 'moveStage', from: stage, to: stage - 1 })}
          >
            ‹
          </button>
          <button
            type="button"
            aria-label={`Move stage ${name} right`}
            title="Move right"
            disabled={stage === stageCount - 1}
            onClick={() => dispatch({ kind: 'moveStage', from: stage, to: stage + 1 })}
          >
            ›
          </button>
          <button
            type="button"
            aria-label={`Delete stage ${name}`}
            title="Delete stage"
            onClick={() => dispatch({ kind: 'removeStage', stage })}
          >
            ×
          </button>
        </span>
      </header>
      {collapsed ? (
        <>
          <p className="pw-lane-summary" data-testid="collapsed-lane-summary">
            {actionCount === 1 ? '1 action' : `${actionCount} actions`}
          </p>
          {/* Where artifact edges meet the lane while its actions are hidden (declared in flowElements.ts). */}
          <Handle
            type="target"
            position={Position.Left}
            isConnectable={false}
            className="pw-handle pw-lane-handle"
            style={{ top: COLLAPSED_HANDLE_Y }}
          />
          <Handle
            type="source"
            position={Position.Right}
            isConnectable={false}
            className="pw-handle pw-lane-handle"
            style={{ top: COLLAPSED_HANDLE_Y }}
          />
        </>
      ) : (
        empty && <p className="pw-lane-empty">Drop actions here</p>
      )}
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
