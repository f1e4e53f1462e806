import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ArtifactFlowEdge } from './flowElements.js';
import { useDetailed } from './lod.js';
import { useEdgeAdded } from '../compare/hooks.js';

/** An artifact passed from producer to consumer, labelled with its name (hidden when zoomed far out). */
function ArtifactEdgeView(props: EdgeProps<ArtifactFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd } = props;
  const added = useEdgeAdded(props.source, props.target, data?.artifact ?? ''); // compare mode
  const detailed = useDetailed();
  const corridorY = data?.corridorY;
  const [path, labelX, labelY] =
    corridorY === undefined
      ? getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition })
      : corridorPath(sourceX, sourceY, targetX, targetY, corridorY);
  const backwards = data?.backwards ?? false;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`${backwards ? 'pw-edge pw-edge-backwards' : 'pw-edge'}${added ? ' pw-cmp-edge-added' : ''}`}
      />
      {detailed && data && (
        <EdgeLabelRenderer>
          <div
            className={`pw-edge-label${backwards ? ' pw-edge-label-backwards' : ''}${added ? ' pw-cmp-edge-added' : ''}`}
            data-testid="artifact-label"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {data.artifact}
            {added && ' (added)'}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/** Out of the producer, down to the corridor below the lanes, along it, and up into the consumer. */
function corridorPath(sx: number, sy: number, tx: number, ty: number, cy: number): [string, number, number] {
  const r = 10;
  const out = sx + 18;
  const into = tx - 18;
  const path = [
    `M${sx},${sy}`,
    `H${out - r}`,
    `Q${out},${sy} ${out},${sy + r}`,
    `V${cy - r}`,
    `Q${out},${cy} ${out + r},${cy}`,
    `H${into - r}`,
    `Q${into},${cy} ${into},${cy - r}`,
    `V${ty + r}`,
    `Q${into},${ty} ${into + r},${ty}`,
    `H${tx}`,
  ].join(' ');
  return [path, (out + into) / 2, cy];
}

export const ArtifactEdge = memo(ArtifactEdgeView);
