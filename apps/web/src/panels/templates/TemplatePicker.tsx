import { templates } from '@pipewright/model';
import { useEditorStoreApi } from '../../store/index.js';
import { Dialog } from '../common/Dialog.js';
import type { DialogProps } from '../common/dialog-props.js';

/*
 * New from a template: the blank pipeline or one of the design's seven
 * patterns. Replacing the document is one undoable step, so the previous
 * pipeline is an Undo away.
 */
export function TemplatePicker({ onClose }: DialogProps) {
  const store = useEditorStoreApi();
  function choose(id: string) {
    const template = templates.find((t) => t.id === id);
    if (!template) return;
    store.getState().replacePipeline(structuredClone(template.pipeline), { kind: 'template', id: template.id });
    onClose();
  }
  return (
    <Dialog title="New from template" onClose={onClose} className="pw-dialog-wide">
      <p className="pw-muted">Your current pipeline is replaced; Undo brings it back.</p>
      <ul className="pw-template-list">
        {templates.map((t, i) => (
          <li key={t.id}>
            <button
              type="button"
              className="pw-template"
              onClick={() => choose(t.id)}
              {...(i === 0 ? { 'data-autofocus': true } : {})}
            >
              <strong>{t.title}</strong>
              <span>{t.description}</span>
              <span className="pw-muted">
                {t.pipeline.stages.length} stages, {t.pipeline.stages.reduce((n, s) => n + s.actions.length, 0)} actions
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
