/*
 * The panels and dialogs the app layout mounts. OWNED BY THE PANELS ENGINEER from
 * the first commit on: these are placeholders the web-core engineer wrote so the
 * layout could be built; replace them freely, keeping the export names and props.
 *
 * Panels read and write the editor store through the hooks in ../store (never
 * props): `usePipeline()`, `useSelection()`, `useDiagnosticsAt(pointer)`,
 * `useDispatch()`; dialogs get `onClose`.
 */
export { InspectorPanel, ProblemsPanel, JsonPanel } from './placeholders.js';
export { ImportDialog, ExportDialog, TemplatePicker, ShareDialog } from './placeholders.js';
export type { DialogProps } from './placeholders.js';
