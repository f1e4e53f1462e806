/*
 * The panels and dialogs the app layout mounts (owner: panels engineer).
 *
 * Panels read and write the editor store through the hooks in ../store (never
 * props): `usePipeline()`, `useSelection()`, `useDiagnosticsAt(pointer)`,
 * `useDispatch()`; dialogs get `onClose`.
 */
export { InspectorPanel } from './inspector/InspectorPanel.js';
export { ProblemsPanel } from './problems/ProblemsPanel.js';
export { JsonPanel } from './json/JsonPanel.js';
export { ImportDialog, ExportDialog, TemplatePicker, ShareDialog } from './placeholders.js';
export type { DialogProps } from './placeholders.js';
export { PanelErrorBoundary } from './common/PanelErrorBoundary.js';
