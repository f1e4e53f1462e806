import { useDiagnosticsAt, useSelection } from '../store/index.js';

/* Placeholders (see ./index.ts): the panels engineer replaces this file. */

export interface DialogProps {
  onClose(): void;
}

export function InspectorPanel() {
  const selection = useSelection();
  return (
    <section aria-label="Inspector">
      <p>Inspector: {selection.kind}</p>
    </section>
  );
}

export function ProblemsPanel() {
  const diagnostics = useDiagnosticsAt('');
  return (
    <section aria-label="Problems">
      <ul>
        {diagnostics.map((d, i) => (
          <li key={i}>
            {d.severity}: {d.message} ({d.path})
          </li>
        ))}
      </ul>
    </section>
  );
}

export function JsonPanel() {
  return <section aria-label="JSON">JSON view</section>;
}

function PlaceholderDialog({ title, onClose }: DialogProps & { title: string }) {
  return (
    <div role="dialog" aria-label={title}>
      <h2>{title}</h2>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

export const ImportDialog = (props: DialogProps) => <PlaceholderDialog title="Import" {...props} />;
export const ExportDialog = (props: DialogProps) => <PlaceholderDialog title="Export" {...props} />;
export const TemplatePicker = (props: DialogProps) => <PlaceholderDialog title="New from template" {...props} />;
export const ShareDialog = (props: DialogProps) => <PlaceholderDialog title="Share" {...props} />;
