import { useEffect } from 'react';
import { useEditorStore } from '../store/index.js';

const NOTICE_MS = 6000;

/** Transient messages over the canvas: refused edits and refused gestures, announced to screen readers. */
export function CanvasNotices() {
  const editError = useEditorStore((s) => s.editError);
  const notice = useEditorStore((s) => s.canvasNotice);
  const clearEditError = useEditorStore((s) => s.clearEditError);
  const notify = useEditorStore((s) => s.notify);

  useEffect(() => {
    if (!editError) return;
    const timer = setTimeout(clearEditError, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [editError, clearEditError]);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => notify(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, notify]);

  const message = notice?.message ?? (editError ? `Edit refused: ${editError.message}` : undefined);
  return (
    <div className="pw-notices" role="status" aria-live="polite">
      {message && (
        <div className="pw-notice" data-testid="canvas-notice">
          <span>{message}</span>
          <button
            type="button"
            aria-label="Dismiss"
            onClick={() => {
              notify(null);
              clearEditError();
            }}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
