import { useMemo } from 'react';
import type { PipelineLayout } from '../canvas/layout.js';
import { placeGhosts } from './ghost-layout.js';
import { useCompare, useCompareApi } from './hooks.js';
import { useEditorStore } from '../store/index.js';
import { selectionFor } from './select-change.js';

/*
 * What is gone, drawn over the canvas in compare mode (inside React Flow's
 * ViewportPortal, so in flow coordinates): ghost actions and stages, dashed,
 * each labelled "removed", and removed artifact edges as dashed lines.
 */
export function CompareGhosts({ layout }: { layout: PipelineLayout }) {
  const view = useCompare((s) => s.view);
  const compare = useCompareApi();
  const select = useEditorStore((s) => s.select);
  const placed = useMemo(
    () => (view ? placeGhosts(layout, view.ghostActions, view.ghostStages, view.removedEdges) : null),
    [layout, view],
  );
  if (!placed || !view) return null;
  const pick = (index: number) => {
    compare.getState().selectChange(index);
    const change = view.diff.changes[index];
    if (change) select(selectionFor(change, view));
  };
  const width = Math.max(layout.width, ...placed.stages.map((s) => s.box.x + s.box.width), 1);
  const height = Math.max(layout.totalHeight, ...placed.actions.map((a) => a.box.y + a.box.height), 1) + 40;
  return (
    <>
      <svg className="pw-cmp-ghost-edges" width={width} height={height} aria-hidden="true">
        {placed.edges.map(({ link, from, to }, i) => (
          <g key={i}>
            <path d={`M${from.x},${from.y} C${from.x + 60},${from.y} ${to.x - 60},${to.y} ${to.x},${to.y}`} />
            <text x={(from.x + to.x) / 2} y={(from.y + to.y) / 2 - 6}>
              removed: {link.artifact}
            </text>
          </g>
        ))}
      </svg>
      {placed.stages.map(({ ghost, box }) => (
        <div
          key={`s${ghost.oldStage}`}
          className="pw-cmp-ghost-stage"
          data-testid="ghost-stage"
          style={{ transform: `translate(${box.x}px, ${box.y}px)`, width: box.width, height: box.height }}
        >
          <button type="button" onClick={() => pick(ghost.change)}>
            {ghost.name}
          </button>
          <span className="pw-cmp-badge pw-cmp-removed">removed</span>
        </div>
      ))}
      {placed.actions.map(({ ghost, box }) => (
        <button
          key={ghost.id}
          type="button"
          className="pw-cmp-ghost-action"
          data-testid="ghost-action"
          data-action-name={ghost.name}
          style={{ transform: `translate(${box.x}px, ${box.y}px)`, width: box.width, height: box.height }}
          onClick={() => pick(ghost.change)}
        >
          {/* Named by its visible text ("Lint removed CodeBuild"), so speech and sight agree. */}
          <span className="pw-cmp-ghost-name">{ghost.name}</span>{' '}
          <span className="pw-cmp-badge pw-cmp-removed">removed</span>
          {ghost.provider && (
            <>
              {' '}
              <span className="pw-cmp-ghost-provider">{ghost.provider}</span>
            </>
          )}
        </button>
      ))}
    </>
  );
}
