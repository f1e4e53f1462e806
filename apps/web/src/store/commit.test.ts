import type { Pipeline } from '@pipewright/model';
import { validate } from '@pipewright/validator';
import { describe, expect, it } from 'vitest';
import { createEditorStore, type EditorState, type EditorStore } from './editorStore.js';
import { action, twoStages } from './fixtures.test-helpers.js';

const pipeline = twoStages();

const findings = (diagnostics: EditorState['diagnostics']) => diagnostics.map((d) => `${d.ruleId}@${d.path}`);

/** Every notification each of two subscribers sees, in order. */
function record(store: EditorStore) {
  const first: EditorState[] = [];
  const second: EditorState[] = [];
  store.subscribe((state) => void first.push(state));
  store.subscribe((state) => void second.push(state));
  return { first, second };
}

/** The notification is a consistent state: the diagnostics, their index and the selection are of its document. */
function expectConsistent(state: EditorState) {
  if (state.diagnosticsPending) expect(state.diagnostics).toHaveLength(0);
  else expect(findings(state.diagnostics)).toEqual(findings(validate(state.pipeline)));
  expect(state.diagnosticsIndex.at('')).toEqual(state.diagnostics);
  if (state.selection.kind === 'action') {
    expect(state.pipeline.stages[state.selection.stage]?.actions[state.selection.action]).toBeDefined();
  }
}

describe('one commit per change', () => {
  it('notifies once per edit, undo, redo and replacement, with the document and its diagnostics together', () => {
    const store = createEditorStore({ pipeline });
    const seen = record(store);
    const duplicateName = { kind: 'setField', path: '/stages/1/actions/1/name', value: 'Build' } as const;

    expect(store.getState().dispatch(duplicateName)).toBe(true);
    expect(seen.first).toHaveLength(1);
    expect(seen.first[0]!.diagnostics.map((d) => d.path)).toContain('/stages/1/actions/1/name');

    store.getState().undo();
    expect(seen.first).toHaveLength(2);
    store.getState().redo();
    expect(seen.first).toHaveLength(3);
    store.getState().replacePipeline({ ...pipeline, name: 'other' }, { kind: 'template', id: 'x' });
    expect(seen.first).toHaveLength(4);
    store.getState().dispatch({ kind: 'removeAction', stage: 1, action: 0 });
    expect(seen.first).toHaveLength(5);

    // Both subscribers see the same states in the same order, each one consistent.
    expect(seen.second).toEqual(seen.first);
    expect(seen.first.map((s) => s.revision)).toEqual([1, 2, 3, 4, 5]);
    seen.first.forEach(expectConsistent);
  });

  it('notifies once for a JSON-view commit: clearing an absent draft is no change', () => {
    const store = createEditorStore({ pipeline });
    const seen = record(store);
    // What JsonEditor.commitText does with text that parses: clear the draft, then replace.
    store.getState().setJsonDraft(null);
    store.getState().dispatch({ kind: 'replacePipeline', pipeline: { ...pipeline, name: 'typed' } });
    expect(seen.first).toHaveLength(1);
    expect(seen.first[0]!.pipeline.name).toBe('typed');
  });

  it('commits the selection with the edit that makes it: undo drops a selection that no longer exists', () => {
    const store = createEditorStore({ pipeline });
    store.getState().dispatch({ kind: 'addAction', stage: 1, action: action('Test', { runOrder: 2 }) });
    expect(store.getState().selection).toMatchObject({ kind: 'action', stage: 1 });
    const seen = record(store);
    store.getState().undo();
    expect(seen.first).toHaveLength(1);
    expect(seen.first[0]!.selection).toEqual({ kind: 'none' });
    expectConsistent(seen.first[0]!);
  });

  it('carries the source with a replacement: the validation options follow it in the same commit', () => {
    const store = createEditorStore({ pipeline });
    const seen = record(store);
    const onlySource = { ...pipeline, stages: pipeline.stages.slice(0, 1) };
    store.getState().replacePipeline(onlySource, { kind: 'import', format: 'terraform', incomplete: ['/stages/1'] });
    expect(seen.first).toHaveLength(1);
    expect(seen.first[0]!.source.kind).toBe('import');
    expect(seen.first[0]!.diagnostics.map((d) => d.ruleId)).not.toContain('stage-count');
    expect(validate(onlySource).map((d) => d.ruleId)).toContain('stage-count');
  });

  it('goes through applyEdit: a replacement the model refuses leaves the document and its source alone', () => {
    const store = createEditorStore({ pipeline });
    const seen = record(store);
    const broken = { ...pipeline, stages: 'none' } as unknown as Pipeline;
    expect(store.getState().replacePipeline(broken, { kind: 'import', format: 'json' })).toBe(false);
    expect(store.getState().pipeline).toBe(pipeline);
    expect(store.getState().source.kind).toBe('blank');
    expect(store.getState().editError?.edit).toBe('replacePipeline');
    expect(seen.first).toHaveLength(1);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('notifies once for a large new document, and once more when its deferred validation runs', () => {
    const tasks: (() => void)[] = [];
    const store = createEditorStore({ pipeline }, { syncValidationLimit: 1, schedule: (t) => void tasks.push(t) });
    tasks.shift()!();
    const seen = record(store);
    store.getState().replacePipeline({ ...pipeline, name: 'big' }, { kind: 'import', format: 'json' });
    expect(seen.first).toHaveLength(1);
    expect(seen.first[0]!.diagnosticsPending).toBe(true);
    tasks.shift()!();
    expect(seen.first).toHaveLength(2);
    expect(seen.first[1]!.diagnosticsPending).toBe(false);
    seen.first.forEach(expectConsistent);
  });
});
