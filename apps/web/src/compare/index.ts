/*
 * Compare mode: the document against another version of it, with
 * the model's diffPipelines. The shared files mount these pieces in one line
 * each: Toolbar (the Compare… button), App (bar, dialog, changes tab),
 * ActionNode/LaneNode (CompareMark), ArtifactEdge (useEdgeAdded), Canvas
 * (CompareGhosts), InspectorPanel (CompareInspector).
 */
import './compare.css';

export { CompareBar } from './CompareBar.js';
export { CompareDialog } from './CompareDialog.js';
export { ChangesPanel } from './ChangesPanel.js';
export { CompareGhosts } from './CompareGhosts.js';
export { CompareInspector } from './CompareInspector.js';
export { CompareMark } from './CompareMark.js';
export { useCompare, useCompareApi, useEdgeAdded, useElementMark } from './hooks.js';
export { compareStoreFor } from './compare-store.js';
