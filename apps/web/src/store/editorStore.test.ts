import type { Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, createEditorStore } from './editorStore.js';
import { buildDiagnosticsIndex, pointerPrefixes } from './diagnosticsIndex.js';
import { action, twoStages } from './fixtures.test-helpers.js';

const rename = (name: string) => ({ kind: 'renameAction', stage: 1, action: 1, name }) as const;
/** setField is not refused for a duplicate name (renameAction is): the validator reports it instead. */
const setName = (name: string) => ({ kind: 'setField', path: '/stages/1/actions/1/name', value: name }) as const;

describe('createEditorStore', () => {
  it('applies edits through dispatch and re-validates', () => {
    const store = createEditorStore({ pipeline: twoStages() });
    expect(store.getState().diagnosticsIndex.at('/stages/1/actions/1/name')).toHaveLength(0);

    expect(store.getState().dispatch(setName('Build'))).toBe(true);
    const state = store.getState();
    expect(state.pipeline.stages[1]?.actions[1]?.name).toBe('Build');
    expect(state.diagnostics.map((d) => d.path)).toContain('/stages/1/actions/1/name');
    expect(state.diagnosticsIndex.at('/stages/1/actions/1').length).toBeGreaterThan(0);
    expect(state.diagnosticsIndex.at('/stages/0').length).toBeLessThan(state.diagnostics.length);
    expect(state.revision).toBe(1);
  });

  it('undoes and redoes the document, and the diagnostics follow', () => {
    const store = createEditorStore({ pipeline: twoStages() });
    store.getState().dispatch(setName('Build'));
    store.getState().undo();
    expect(store.getState().pipeline.stages[1]?.actions[1]?.name).toBe('Lint');
    expect(store.getState().diagnosticsIndex.at('/stages/1/actions/1/name')).toHaveLength(0);
    store.getState().redo();
    expect(store.getState().pipeline.stages[1]?.actions[1]?.name).toBe('Build');
    expect(store.getState().diagnosticsIndex.at('/stages/1/actions/1').length).toBeGreaterThan(0);
  });

  it('does not record selection or view changes in the history', () => {
    const store = createEditorStore({ pipeline: twoStages() });
    store.getState().select({ kind: 'action', stage: 1, action: 0 });
    store.getState().openDock('json');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('keeps at least 100 undo steps', () => {
    const store = createEditorStore({ pipeline: twoStages() });
    for (let i = 0; i < 150; i++) store.getState().dispatch(rename(`Lint${i}`));
    expect(store.temporal.getState().pastStates).toHaveLength(Math.min(150, HISTORY_LIMIT));
    for (let i = 0; i < 150; i++) store.getState().undo();
    expect(store.getState().pipeline.stages[1]?.actions[1]?.name).toBe('Lint');
  });

  it('coalesces keystrokes made under one key into one undo step, each validated at once', () => {
    const store = createEditorStore({ pipeline: twoStages() });
    const type = (key: string, name: string) =>
      store.getState().coalesce(key, () => store.getState().dispatch(setName(name)));
    type('name field, session 1', 'B');
    type('name field, session 1', 'Bu');
    expect(store.getState().diagnosticsIndex.at('/stages/1/actions/1/name')).toHaveLength(0);
    type('name field, session 1', 'Build');
    expect(store.getState().diagnosticsIndex.at('/stages/1/actions/1/name').length).toBeGreaterThan(0);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().pipeline.stages[1]?.actions[1]?.name).toBe('Lint');
    store.getState().redo();
    expect(store.getState().pipeline.stages[1]?.actions[1]?.name).toBe('Build');
  });

  it('starts a new undo step for another key, an edit in between, or after undo', () => {
    const store = createEditorStore({ pipeline: twoStages() });
    const type = (key: string, name: string) =>
      store.getState().coalesce(key, () => store.getState().dispatch(setName(name)));
    type('session 1', 'A');
    type('session 2', 'AB');
    expect(store.temporal.getState().pastStates).toHaveLength(2);
    store.getState().dispatch({ kind: 'renameStage', stage: 0, name: 'Sources' });
    type('session 2', 'ABC');
    expect(store.temporal.getState().pastStates).toHaveLength(4);
    store.getState().undo();
    type('session 2', 'ABD');
    expect(store.temporal.getState().pastStates).toHaveLength(4);
    store.getState().undo();
    expect(store.getState().pipeline.stages[1]?.actions[1]?.name).toBe('AB');
    expect(store.getState().pipeline.stages[0]?.name).toBe('Sources');
  });

  it('sets a transient editError for a refused edit and leaves the document alone', () => {
    const store = createEditorStore({ pipeline: twoStages() });
    const before = store.getState().pipeline;
    expect(store.getState().dispatch({ kind: 'removeStage', stage: 9 })).toBe(false);
    expect(store.getState().pipeline).toBe(before);
    expect(store.getState().editError?.edit).toBe('removeStage');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().clearEditError();
    expect(store.getState().editError).toBeNull();
  });

  it('stays silent about stages whose content the import could not represent', () => {
    // A Terraform `dynamic "stage"` block: the imported pipeline has only its static stages.
    const onlySource: Pipeline = { ...twoStages(), stages: twoStages().stages.slice(0, 1) };
    const plain = createEditorStore({ pipeline: onlySource });
    expect(plain.getState().diagnostics.map((d) => d.ruleId)).toContain('stage-count');

    const store = createEditorStore();
    store.getState().replacePipeline(onlySource, { kind: 'import', format: 'terraform', incomplete: ['/stages/1'] });
    expect(store.getState().diagnostics.map((d) => d.ruleId)).not.toContain('stage-count');
  });

  it('makes replacePipeline one undoable step', () => {
    const store = createEditorStore({ pipeline: twoStages() });
    const other: Pipeline = { name: 'other', roleArn: 'r', stages: [] };
    store.getState().replacePipeline(other, { kind: 'import', format: 'json' });
    expect(store.getState().pipeline.name).toBe('other');
    store.getState().undo();
    expect(store.getState().pipeline.name).toBe('demo');
    expect(store.getState().source.kind).toBe('blank');
  });

  it('selects an added action and clears a selection whose action was removed', () => {
    const store = createEditorStore({ pipeline: twoStages() });
    store.getState().dispatch({ kind: 'addAction', stage: 1, action: action('Test', { runOrder: 2 }) });
    const selection = store.getState().selection;
    expect(selection.kind).toBe('action');
    if (selection.kind !== 'action') return;
    expect(store.getState().pipeline.stages[1]?.actions[selection.action]?.name).toBe('Test');

    store.getState().dispatch({ kind: 'removeAction', stage: 1, action: selection.action });
    expect(store.getState().selection).toEqual({ kind: 'none' });
  });

  it('selects what a batch added (paste)', () => {
    const store = createEditorStore({ pipeline: twoStages() });
    store.getState().select({ kind: 'action', stage: 1, action: 0 });
    store.getState().dispatch({ kind: 'batch', edits: [{ kind: 'addAction', stage: 1, action: action('Pasted') }] });
    const selection = store.getState().selection;
    expect(selection.kind === 'action' && store.getState().pipeline.stages[1]?.actions[selection.action]?.name).toBe(
      'Pasted',
    );
  });

  it('shifts the selection when an earlier action in its stage is removed', () => {
    const store = createEditorStore({ pipeline: twoStages() });
    store.getState().select({ kind: 'action', stage: 1, action: 1 });
    store.getState().dispatch({ kind: 'removeAction', stage: 1, action: 0 });
    expect(store.getState().selection).toEqual({ kind: 'action', stage: 1, action: 0 });
  });

  it('clears a selection that undo makes dangling', () => {
    const store = createEditorStore({ pipeline: twoStages() });
    store.getState().dispatch({ kind: 'addAction', stage: 1, action: action('Extra') });
    store.getState().undo();
    expect(store.getState().selection).toEqual({ kind: 'none' });
  });
});

describe('diagnostics index', () => {
  it('lists every prefix of a pointer', () => {
    expect(pointerPrefixes('/stages/1/name')).toEqual(['', '/stages', '/stages/1', '/stages/1/name']);
    expect(pointerPrefixes('')).toEqual(['']);
  });

  it('reuses unchanged groups so selectors stay stable', () => {
    const a = { ruleId: 'R1', severity: 'error' as const, message: 'm', path: '/stages/0/name' };
    const b = { ruleId: 'R2', severity: 'warning' as const, message: 'n', path: '/stages/1/name' };
    const first = buildDiagnosticsIndex([a, b]);
    const second = buildDiagnosticsIndex([{ ...a }, { ...b, message: 'changed' }], first);
    expect(second.at('/stages/0')).toBe(first.at('/stages/0'));
    expect(second.at('/stages/1')).not.toBe(first.at('/stages/1'));
    expect(second.at('')).toHaveLength(2);
    expect(second.at('/nothing/here')).toHaveLength(0);
  });

  it('groups as a plain grouping by every prefix does, and keeps an unchanged stage whole', () => {
    const paths = ['', '/stages', '/roleArn', '/stages/0', '/stages/0/name', '/stages/1/actions/0/name'];
    paths.push('/stages/1/actions/0/configuration/X', '/stages/10/actions/2', '/stages/1/actions/0/name');
    const list = paths.map((path, i) => ({ ruleId: `R${i % 3}`, severity: 'error' as const, message: 'm', path }));
    const first = buildDiagnosticsIndex(list);
    const edited = list.map((d) => (d.path.startsWith('/stages/10/') ? { ...d, message: 'changed' } : d));
    const second = buildDiagnosticsIndex(edited, first);
    for (const [index, diagnostics] of [
      [first, list],
      [second, edited],
    ] as const) {
      const prefixes = new Set(diagnostics.flatMap((d) => pointerPrefixes(d.path)));
      for (const prefix of [...prefixes, '/stages/2', '/x'])
        expect(index.at(prefix)).toEqual(diagnostics.filter((d) => pointerPrefixes(d.path).includes(prefix)));
    }
    expect(second.at('/stages/1/actions/0')).toBe(first.at('/stages/1/actions/0'));
    expect(second.at('/stages/10')).not.toBe(first.at('/stages/10'));
  });
});

describe('deferred validation of large documents', () => {
  it('draws a large new document first and validates it when the scheduler runs', () => {
    const tasks: (() => void)[] = [];
    const options = { syncValidationLimit: 1, schedule: (t: () => void) => tasks.push(t) };
    const store = createEditorStore({ pipeline: twoStages() }, options);
    expect(store.getState().diagnosticsPending).toBe(true);
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(store.getState().diagnosticsPending).toBe(false);

    // Imports are new documents too; several coalesce into one validation.
    const withDuplicate = structuredClone(twoStages());
    withDuplicate.stages[1]!.actions[1]!.name = 'Build';
    store.getState().replacePipeline(withDuplicate, { kind: 'import' });
    store.getState().replacePipeline(structuredClone(withDuplicate), { kind: 'import' });
    expect(store.getState().diagnosticsIndex.at('/stages/1/actions/1/name')).toHaveLength(0);
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(store.getState().diagnosticsIndex.at('/stages/1/actions/1/name').length).toBeGreaterThan(0);
  });

  it('re-validates edits of a large document at once', () => {
    const tasks: (() => void)[] = [];
    const store = createEditorStore(
      { pipeline: twoStages() },
      { syncValidationLimit: 1, schedule: (t) => tasks.push(t) },
    );
    tasks.shift()!();
    store.getState().dispatch(setName('Build'));
    expect(tasks).toHaveLength(0);
    expect(store.getState().diagnosticsIndex.at('/stages/1/actions/1/name').length).toBeGreaterThan(0);
  });
});
