import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEditorStoreApi } from '../../store/index.js';
import { uniqueStageName } from '../authoring.js';
import type { AddLaneFlowNode } from '../flowElements.js';

/** The drop lane after the last stage: dropping here (or pressing the button) makes a new stage. */
function AddLaneNodeView({ data }: NodeProps<AddLaneFlowNode>) {
  const store = useEditorStoreApi();
  const addStage = () => {
    const { pipeline, dispatch } = store.getState();
    const name = uniqueStageName(pipeline, `Stage${pipeline.stages.length + 1}`);
    dispatch({ kind: 'addStage', stage: { name, actions: [] } });
  };
  return (
    <div className="pw-add-lane" data-testid="add-stage-lane">
      <button type="button" className="pw-add-lane-button nodrag nopan" onClick={addStage}>
        + Add stage
      </button>
      <p>
        {data.empty
          ? 'Drag an action here from the palette to start your pipeline'
          : 'Drop an action here for a new stage'}
      </p>
    </div>
  );
}

export const AddLaneNode = memo(AddLaneNodeView);
