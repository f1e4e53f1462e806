import type { Connection, FinalConnectionState, OnConnectEnd } from '@xyflow/react';
import { useCallback } from 'react';
import { useEditorStoreApi } from '../store/index.js';
import { connectEdit } from './authoring.js';

/** The action card under a screen point, by its node id (nothing else is a connection target). */
function actionCardAt(x: number, y: number): string | undefined {
  const card = document.elementFromPoint(x, y)?.closest<HTMLElement>('.react-flow__node-action');
  return card?.dataset.id;
}

function pointerOf(event: MouseEvent | TouchEvent): { x: number; y: number } | undefined {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0];
    return touch ? { x: touch.clientX, y: touch.clientY } : undefined;
  }
  return { x: event.clientX, y: event.clientY };
}

export interface ConnectHandlers {
  onConnect: (connection: Connection) => void;
  onConnectEnd: OnConnectEnd;
}

/**
 * Artifacts by dragging from a handle: dropped on the other handle (React Flow's onConnect) or
 * anywhere on the other action's card (onConnectEnd, from the card under the pointer), so the
 * 8 px handle need not be hit. A drag from an input handle connects the card it ends on as the
 * producer. A refused connection says why on the canvas.
 */
export function useConnectArtifacts(): ConnectHandlers {
  const store = useEditorStoreApi();
  const connect = useCallback(
    (sourceId: string, targetId: string) => {
      const { pipeline, dispatch, notify } = store.getState();
      const result = connectEdit(pipeline, sourceId, targetId);
      if (result.ok) dispatch(result.edit);
      else notify(result.reason);
    },
    [store],
  );
  const onConnect = useCallback((connection: Connection) => connect(connection.source, connection.target), [connect]);
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      // A drop on a handle was a connection already (onConnect ran first).
      if (state.isValid || !state.fromNode || !state.fromHandle) return;
      const point = pointerOf(event);
      const dropped = point && actionCardAt(point.x, point.y);
      // Let go on its own card, or off every card: no connection was meant.
      if (!dropped || dropped === state.fromNode.id) return;
      if (state.fromHandle.type === 'source') connect(state.fromNode.id, dropped);
      else connect(dropped, state.fromNode.id);
    },
    [connect],
  );
  return { onConnect, onConnectEnd };
}
