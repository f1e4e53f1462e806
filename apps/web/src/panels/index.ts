/*
 * The panels and dialogs the app layout mounts (owner: panels engineer).
 *
 * Panels read and write the editor store through the hooks in ../store (never
 * props): `usePipeline()`, `useSelection()`, `useDiagnosticsAt(pointer)`,
 * `useDispatch()`; dialogs get `onClose`. GlobalImport renders nothing: mount
 * it once to import files dropped on the window or pasted onto the page.
 */
import './panels.css';
import { lazyDialog } from './common/lazyDialog.js';

export { InspectorPanel } from './inspector/InspectorPanel.js';
export { ProblemsPanel } from './problems/ProblemsPanel.js';
export { JsonPanel } from './json/JsonPanel.js';
export { GlobalImport } from './import/GlobalImport.js';

// Dialogs load on first open: the exporters, importers and templates stay out of the initial bundle.
export const ImportDialog = lazyDialog(() => import('./import/ImportDialog.js').then((m) => m.ImportDialog));
export const ExportDialog = lazyDialog(() => import('./export/ExportDialog.js').then((m) => m.ExportDialog));
export const TemplatePicker = lazyDialog(() => import('./templates/TemplatePicker.js').then((m) => m.TemplatePicker));
export const ShareDialog = lazyDialog(() => import('./share/ShareDialog.js').then((m) => m.ShareDialog));
export { PanelErrorBoundary } from './common/PanelErrorBoundary.js';
export type { DialogProps } from './common/dialog-props.js';
