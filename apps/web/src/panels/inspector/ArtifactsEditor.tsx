import { literal, type Action } from '@pipewright/model';
import { useState } from 'react';
import { useDispatch, usePipeline } from '../../store/index.js';
import { FieldDiagnostics } from '../common/FieldDiagnostics.js';
import { TextField } from '../common/fields.js';
import { artifactsAvailableTo } from './artifacts.js';

/*
 * Input artifacts are picked from those produced before the action runs; an
 * input naming an artifact nobody produces earlier stays listed (with its
 * diagnostic) until removed. Output artifacts are named here; renaming one
 * renames its consumers too.
 */
export function ArtifactsEditor({ stage, index, action }: { stage: number; index: number; action: Action }) {
  const pipeline = usePipeline();
  const dispatch = useDispatch();
  const base = `/stages/${stage}/actions/${index}`;
  const available = artifactsAvailableTo(pipeline, stage, index);
  const inputs = (action.inputArtifacts ?? []).map((a) => literal(a.name));
  const unavailable = (action.inputArtifacts ?? [])
    .map((a, i) => ({ name: literal(a.name), i }))
    .filter(({ name }) => name === undefined || !available.some((p) => p.name === name));
  const [newOutput, setNewOutput] = useState('');
  const outputs = action.outputArtifacts ?? [];
  return (
    <>
      <fieldset className="pw-fieldset">
        <legend>Input artifacts</legend>
        <FieldDiagnostics pointer={`${base}/inputArtifacts`} />
        {available.length === 0 && <p className="pw-empty">No artifact is produced before this action runs.</p>}
        {available.map((artifact) => {
          const checked = inputs.includes(artifact.name);
          return (
            <label key={`${artifact.name}:${artifact.producer}`} className="pw-check">
              <input
                type="checkbox"
                checked={checked}
                onChange={() =>
                  dispatch({
                    kind: checked ? 'removeInputArtifact' : 'addInputArtifact',
                    stage,
                    action: index,
                    name: artifact.name,
                  })
                }
              />{' '}
              {artifact.name} <span className="pw-muted">from {artifact.producer}</span>
            </label>
          );
        })}
        {unavailable.map(({ name, i }) => (
          <div key={`missing-${i}`} className="pw-check pw-missing">
            <span>{name ?? '(opaque name)'}</span> <span className="pw-muted">not produced earlier</span>{' '}
            <button
              type="button"
              onClick={() =>
                dispatch({
                  kind: 'setField',
                  path: `${base}/inputArtifacts`,
                  value: (action.inputArtifacts ?? []).filter((_, j) => j !== i),
                })
              }
            >
              Remove input {name ?? i + 1}
            </button>
          </div>
        ))}
      </fieldset>
      <fieldset className="pw-fieldset">
        <legend>Output artifacts</legend>
        <FieldDiagnostics pointer={`${base}/outputArtifacts`} exact />
        {outputs.map((artifact, i) => {
          const name = literal(artifact.name);
          return (
            <div key={i} className="pw-key-value">
              <TextField
                pointer={`${base}/outputArtifacts/${i}/name`}
                label={`Output artifact ${i + 1}`}
                value={artifact.name}
                onCommit={(v) =>
                  name !== undefined && v
                    ? dispatch({ kind: 'renameArtifact', from: name, to: v })
                    : dispatch({ kind: 'setField', path: `${base}/outputArtifacts/${i}/name`, value: v ?? '' })
                }
              />
              {name !== undefined && (
                <button
                  type="button"
                  className="pw-icon-button"
                  aria-label={`Remove output artifact ${name}`}
                  onClick={() => dispatch({ kind: 'removeOutputArtifact', stage, action: index, name })}
                >
                  ×
                </button>
              )}
            </div>
          );
        })}
        <form
          className="pw-inline-add"
          aria-label="Add an output artifact"
          onSubmit={(e) => {
            e.preventDefault();
            const name = newOutput.trim();
            if (name === '') return;
            dispatch({ kind: 'addOutputArtifact', stage, action: index, name });
            setNewOutput('');
          }}
        >
          <label>
            New output artifact <input value={newOutput} onChange={(e) => setNewOutput(e.target.value)} />
          </label>
          <button type="submit" disabled={newOutput.trim() === ''}>
            Add output
          </button>
        </form>
      </fieldset>
    </>
  );
}
