import { Suspense, lazy } from 'react';
import { PanelErrorBoundary } from '../common/PanelErrorBoundary.js';

// Monaco is big: it is fetched (from this origin) the first time the JSON view opens.
const JsonEditor = lazy(() => import('./JsonEditor.js'));

export function JsonPanel() {
  return (
    <section aria-label="JSON view" className="pw-panel pw-json">
      <PanelErrorBoundary name="JSON view" id="json">
        <Suspense fallback={<p className="pw-muted">Loading the JSON editor…</p>}>
          <JsonEditor />
        </Suspense>
      </PanelErrorBoundary>
    </section>
  );
}
