import { useSelection } from '../../store/index.js';
import { PanelErrorBoundary } from '../common/PanelErrorBoundary.js';
import { ActionForm } from './ActionForm.js';
import { PipelineForm } from './PipelineForm.js';
import { StageForm } from './StageForm.js';
import { CompareInspector } from '../../compare/CompareInspector.js';

/** Forms for whatever is selected: the pipeline (nothing selected), a stage or an action. */
export function InspectorPanel() {
  return (
    <section aria-label="Inspector" className="pw-panel pw-inspector">
      <PanelErrorBoundary name="inspector" id="inspector">
        <CompareInspector />
        <InspectorBody />
      </PanelErrorBoundary>
    </section>
  );
}

function InspectorBody() {
  const selection = useSelection();
  switch (selection.kind) {
    case 'action':
      return (
        <ActionForm key={`a${selection.stage}/${selection.action}`} stage={selection.stage} index={selection.action} />
      );
    case 'stage':
      return <StageForm key={`s${selection.stage}`} index={selection.stage} />;
    default:
      return <PipelineForm />;
  }
}
