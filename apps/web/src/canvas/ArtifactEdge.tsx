import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ArtifactFlowEdge } from './flowElements.js';
import { useDetailed } from './lod.js';

/** An artifact passed from producer to consumer, labelled with its name (hidden when zoomed far out). */
function ArtifactEdgeView(props: EdgeProps<ArtifactFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd } = props;
  const detailed = useDetailed();
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const backwards = data?.backwards ?? false;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={backwards ? 'pw-edge pw-edge-backwards' : 'pw-edge'}
      />
      {detailed && data && (
        <EdgeLabelRenderer>
          <div
            className={`pw-edge-label${backwards ? ' pw-edge-label-backwards' : ''}`}
            data-testid="artifact-label"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {data.artifact}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const ArtifactEdge = memo(ArtifactEdgeView);
