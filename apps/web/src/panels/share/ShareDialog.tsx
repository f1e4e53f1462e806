import { useId, useMemo, useState } from 'react';
import { documentOf, shareUrl } from '../../persistence/index.js';
import { useEditorStore } from '../../store/index.js';
import { Dialog } from '../common/Dialog.js';
import type { DialogProps } from '../common/dialog-props.js';

/** Links longer than this may be cut by chat tools and some browsers' address bars. */
const LONG_LINK = 32_000;

/*
 * A link that carries the pipeline in its fragment, deflated: nothing is
 * uploaded, and the fragment never reaches a server.
 */
export function ShareDialog({ onClose }: DialogProps) {
  const pipeline = useEditorStore((s) => s.pipeline);
  const source = useEditorStore((s) => s.source);
  const link = useMemo(() => shareUrl(window.location, documentOf({ pipeline, source })), [pipeline, source]);
  const [status, setStatus] = useState<string | null>(null);
  const id = useId();
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied.');
    } catch {
      setStatus('The browser refused clipboard access: select the link and copy it by hand.');
    }
  }
  return (
    <Dialog title="Share" onClose={onClose}>
      <p>
        This link contains the whole pipeline (compressed, after the <code>#</code>). Nothing is uploaded: whoever opens
        it gets a copy, and their own work is kept one Undo away.
      </p>
      <label htmlFor={id}>Share link</label>
      <input
        id={id}
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
        className="pw-share-link"
        data-autofocus
      />
      <p className="pw-muted">
        {link.length.toLocaleString('en')} characters.
        {link.length > LONG_LINK && ' That is long: some chat tools may cut it; export a file instead if it fails.'}
      </p>
      <div className="pw-dialog-actions">
        <span role="status" aria-live="polite" className="pw-muted">
          {status}
        </span>
        <button type="button" className="pw-primary" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
    </Dialog>
  );
}
