import { useEffect, useId, useRef, useState } from 'react';
import type { ImportFormat } from '@pipewright/export';
import { LineIndex, decodeText } from '@pipewright/model';
import { useEditorStoreApi } from '../../store/index.js';
import { Dialog } from '../common/Dialog.js';
import type { DialogProps } from '../common/dialog-props.js';
import { importFile, importInBackground, warmImport } from './import-client.js';
import { importSource } from './import-source.js';
import { ImportReviewView } from './ImportReviewView.js';
import { receiveImports } from './pending-import.js';
import type { ImportCandidate, ReadImportResult } from './import-limits.js';

type Phase =
  | { kind: 'choose' }
  | { kind: 'reading'; name: string }
  | { kind: 'failed'; result: Extract<ReadImportResult, { ok: false }>; input: string | Uint8Array | undefined }
  | { kind: 'pick'; result: Extract<ReadImportResult, { ok: true }>; input: string | Uint8Array | undefined }
  | { kind: 'review'; candidate: ImportCandidate; format: ImportFormat; fileName: string | undefined };

/** The line an error points at, with a caret under its column. */
function errorExcerpt(input: string | Uint8Array | undefined, line: number | undefined, column: number | undefined) {
  if (input === undefined || line === undefined) return undefined;
  // The importers' decoder and line index, so the line shown is the line the error names (UTF-16, a lone CR).
  const text = decodeText(typeof input === 'string' ? input : input.subarray(0, 2 * 1024 * 1024)).text;
  const source = new LineIndex(text).lineText(line);
  if (source === undefined) return undefined;
  const shown = source.length > 160 ? `${source.slice(0, 160)}…` : source;
  return `${shown}\n${' '.repeat(Math.max(0, Math.min((column ?? 1) - 1, 160)))}^`;
}

/*
 * Import: open a file, drop one (here or anywhere on the window), or paste
 * JSON, CloudFormation or Terraform. The file is read in a worker; a failure
 * says what and where and leaves the document untouched; a file with several
 * pipelines lets the user pick; the import is one undoable step, followed by
 * its review.
 */
export function ImportDialog({ onClose }: DialogProps) {
  const store = useEditorStoreApi();
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const pasteId = useId();
  const generation = useRef(0);

  async function run(name: string, result: Promise<ReadImportResult>, input: Promise<string | Uint8Array | undefined>) {
    const mine = ++generation.current;
    setPhase({ kind: 'reading', name });
    const [read, raw] = await Promise.all([result, input.catch(() => undefined)]);
    if (mine !== generation.current) return; // a newer import started meanwhile
    // Performance marks split an import's main-thread cost: reading (worker) vs applying (store, canvas).
    performance.mark('pipewright:import-read');
    if (!read.ok) return setPhase({ kind: 'failed', result: read, input: raw });
    if (read.candidates.length > 1) return setPhase({ kind: 'pick', result: read, input: raw });
    apply(read.candidates[0]!, read.format, read.fileName, raw);
  }

  function apply(
    candidate: ImportCandidate,
    format: ImportFormat,
    fileName: string | undefined,
    input: string | Uint8Array | undefined,
  ) {
    // A refused replacement keeps the document (its editError says why): back to choosing, nothing to review.
    if (!store.getState().replacePipeline(candidate.pipeline, importSource(format, candidate, input, fileName)))
      return setPhase({ kind: 'choose' });
    setPhase({ kind: 'review', candidate, format, fileName });
  }

  function readFile(file: File) {
    void run(
      file.name,
      importFile(file),
      file.arrayBuffer().then((b) => new Uint8Array(b)),
    );
  }

  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => receiveImports((next) => void runRef.current(next.name, next.result, next.input)), []);
  useEffect(() => warmImport(), []);

  const title = phase.kind === 'review' ? 'Import review' : 'Import a pipeline';
  return (
    <Dialog title={title} onClose={onClose} className="pw-dialog-wide">
      {phase.kind === 'choose' && (
        <div
          className={`pw-drop-zone${dragging ? ' is-dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            e.stopPropagation();
            setDragging(false);
            const file = e.dataTransfer.files[0];
            if (file) readFile(file);
          }}
        >
          <p>CodePipeline JSON (get-pipeline or create-pipeline), a CloudFormation template or a Terraform file.</p>
          <input
            ref={fileInput}
            type="file"
            accept=".json,.yaml,.yml,.template,.tf,.tf.json,.txt"
            aria-label="Pipeline file"
            className="pw-visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) readFile(file);
            }}
          />
          <button type="button" data-autofocus onClick={() => fileInput.current?.click()}>
            Open a file…
          </button>
          <span className="pw-muted"> or drop it here.</span>
          <label htmlFor={pasteId}>Or paste its text</label>
          <textarea
            id={pasteId}
            rows={8}
            value={pasted}
            spellCheck={false}
            onChange={(e) => setPasted(e.target.value)}
            placeholder='{"pipeline": {"name": "...", "stages": [...]}}'
          />
          <button
            type="button"
            disabled={pasted.trim() === ''}
            onClick={() => void run('pasted text', importInBackground(pasted), Promise.resolve(pasted))}
          >
            Import pasted text
          </button>
        </div>
      )}
      {phase.kind === 'reading' && (
        <p role="status" aria-live="polite">
          Reading {phase.name}…
        </p>
      )}
      {phase.kind === 'failed' && (
        <div role="alert" className="pw-import-error">
          <p>
            <strong>
              Could not import {phase.result.fileName ?? 'the pasted text'}
              {phase.result.line !== undefined && `: line ${phase.result.line}, column ${phase.result.column ?? 1}`}
            </strong>
          </p>
          <p>{phase.result.message}</p>
          {errorExcerpt(phase.input, phase.result.line, phase.result.column) && (
            <pre className="pw-code-excerpt">{errorExcerpt(phase.input, phase.result.line, phase.result.column)}</pre>
          )}
          <p className="pw-muted">Your current pipeline is unchanged.</p>
          <div className="pw-dialog-actions">
            <button type="button" data-autofocus onClick={() => setPhase({ kind: 'choose' })}>
              Try another file
            </button>
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      )}
      {phase.kind === 'pick' && (
        <fieldset className="pw-fieldset">
          <legend>
            {phase.result.fileName ?? 'The pasted text'} holds {phase.result.candidates.length} pipelines: which one?
          </legend>
          <ul className="pw-pick-list">
            {phase.result.candidates.map((c) => (
              <li key={c.id}>
                <button type="button" onClick={() => apply(c, phase.result.format, phase.result.fileName, phase.input)}>
                  {c.id}
                </button>{' '}
                <span className="pw-muted">
                  {c.review.name}: {c.review.stages} stages, {c.review.actions} actions, {c.review.problems.error}{' '}
                  errors
                </span>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {phase.kind === 'review' && (
        <>
          <ImportReviewView review={phase.candidate.review} format={phase.format} fileName={phase.fileName} />
          <div className="pw-dialog-actions">
            <button
              type="button"
              onClick={() => {
                store.getState().undo();
                onClose();
              }}
            >
              Undo import
            </button>
            <button type="button" className="pw-primary" data-autofocus onClick={onClose}>
              Done
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
