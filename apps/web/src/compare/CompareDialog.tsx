import type { Pipeline } from '@pipewright/model';
import { useMemo, useState } from 'react';
import { Dialog } from '../panels/common/Dialog.js';
import { importFile, importInBackground } from '../panels/import/import-client.js';
import type { ReadImportResult } from '../panels/import/import-limits.js';
import { useEditorStoreApi } from '../store/index.js';
import { useCompareApi } from './hooks.js';
import { earlierVersions } from './versions.js';

/*
 * "Compare…": pick the other version (the old side; the document is the new
 * one): an earlier state, a file or pasted text in any format Pipewright reads.
 * Reading never touches the document.
 */
export function CompareDialog({ onClose }: { onClose(): void }) {
  const editor = useEditorStoreApi();
  const compare = useCompareApi();
  const versions = useMemo(() => earlierVersions(editor), [editor]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const begin = (pipeline: Pipeline, label: string) => {
    compare.getState().start({ pipeline, label });
    editor.getState().openDock('changes');
    onClose();
  };

  const take = (result: ReadImportResult, label: string) => {
    setBusy(false);
    if (!result.ok) {
      const at = result.line !== undefined ? `line ${result.line}, column ${result.column ?? 1}: ` : '';
      setError(`Could not read ${label}: ${at}${result.message}`);
      return;
    }
    const [first] = result.candidates;
    if (!first) return setError(`No pipeline in ${label}.`);
    const name = result.candidates.length > 1 ? `${label} (${first.id}, first of ${result.candidates.length})` : label;
    begin(first.pipeline, name);
  };

  return (
    <Dialog title="Compare with another version" onClose={onClose} className="dialog-wide">
      <p className="pw-cmp-intro">
        The canvas shows the current document and marks what changed since the version you pick here. Nothing in compare
        mode changes the document unless you ask.
      </p>
      {versions.length > 0 && (
        <fieldset className="pw-cmp-versions">
          <legend>An earlier version</legend>
          {versions.map((v) => (
            <button
              key={v.id}
              type="button"
              onClick={() => {
                begin(v.pipeline, v.label.toLowerCase());
              }}
            >
              {v.label}
            </button>
          ))}
        </fieldset>
      )}
      <fieldset className="pw-cmp-versions">
        <legend>A file</legend>
        <input
          type="file"
          aria-label="Version file"
          accept=".json,.yaml,.yml,.template,.tf"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return;
            setBusy(true);
            setError(null);
            void importFile(file).then((r) => take(r, file.name));
          }}
        />
      </fieldset>
      <fieldset className="pw-cmp-versions">
        <legend>Pasted text</legend>
        <textarea
          aria-label="Version text"
          rows={8}
          value={text}
          placeholder="CodePipeline JSON, CloudFormation or Terraform"
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <button
          type="button"
          disabled={busy || text.trim() === ''}
          onClick={() => {
            setBusy(true);
            setError(null);
            void importInBackground(text).then((r) => take(r, 'the pasted text'));
          }}
        >
          Compare with the pasted text
        </button>
      </fieldset>
      {error && (
        <p role="alert" className="pw-cmp-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
