import { applyEdit, templates, type Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { layoutPipeline } from '../canvas/layout.js';
import { createEditorStore } from '../store/index.js';
import { compareStoreFor, compareView } from './compare-store.js';
import { placeGhosts } from './ghost-layout.js';
import { revertEdit } from './revert.js';
import { selectionFor } from './select-change.js';

/* Compare mode's pure parts and its store: marks, edges, ghosts, revert, re-diff on edit. */

const base = structuredClone(templates.find((t) => t.id === 'standard-cicd')?.pipeline) as Pipeline;

function edited(edit: (p: Pipeline) => void): Pipeline {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}

describe('compare view', () => {
  it('marks each changed element by its strongest change, with a text label', () => {
    const next = edited((p) => {
      p.stages[1]!.actions[0]!.name = 'Compile';
      p.stages[1]!.actions[0]!.configuration = { ...p.stages[1]!.actions[0]!.configuration, Extra: 'x' };
      p.stages[0]!.name = 'Checkout';
    });
    const view = compareView(base, next);
    expect(view.marks.get('/stages/1/actions/0')).toMatchObject({
      kind: 'renamed',
      label: expect.stringMatching(/^renamed from .+ \+1$/),
    });
    expect(view.marks.get('/stages/0')).toMatchObject({ kind: 'renamed' });
    expect(view.marks.get('/stages/2/actions/0')).toBeUndefined();
  });

  it('finds removed actions (ghosts under their stage) and removed and added artifact edges', () => {
    const next = edited((p) => {
      p.stages[1]!.actions.splice(0, 1);
    });
    const view = compareView(base, next);
    expect(view.ghostActions.map((g) => [g.id, g.stage])).toEqual([['ghost:a:1:0', 1]]);
    expect(view.removedEdges.length).toBeGreaterThan(0);
    expect(view.removedEdges.every((l) => l.source === 'ghost:a:1:0' || l.target === 'ghost:a:1:0')).toBe(true);
    const placed = placeGhosts(layoutPipeline(next), view.ghostActions, view.ghostStages, view.removedEdges);
    expect(placed.actions).toHaveLength(1);
    expect(placed.actions[0]!.box.y).toBeGreaterThan(layoutPipeline(next).height);
    expect(placed.edges.length).toBe(view.removedEdges.length);
    const removed = view.diff.changes.find((c) => c.kind === 'removed')!;
    expect(selectionFor(removed, view)).toEqual({ kind: 'stage', stage: 1 });
  });

  it('a removed stage is a ghost lane after the last one', () => {
    const next = edited((p) => void p.stages.splice(2, 1));
    const view = compareView(base, next);
    expect(view.ghostStages.map((g) => g.oldStage)).toEqual([2]);
    const layout = layoutPipeline(next);
    const placed = placeGhosts(layout, view.ghostActions, view.ghostStages, view.removedEdges);
    expect(placed.stages[0]!.box.x).toBeGreaterThan(layout.addLane.x);
    expect(placed.actions.every((a) => a.box.x >= placed.stages[0]!.box.x)).toBe(true);
  });
});

describe('revert this change', () => {
  it('puts the old value, the old name or removes an added action, and the diff loses that change', () => {
    const next = edited((p) => {
      p.stages[1]!.actions[0]!.name = 'Compile';
      p.roleArn = 'arn:aws:iam::123456789012:role/other';
      p.stages[1]!.actions.push({
        name: 'Lint',
        actionTypeId: { category: 'Test', owner: 'AWS', provider: 'CodeBuild', version: '1' },
      });
    });
    const view = compareView(base, next);
    expect(view.diff.changes).toHaveLength(3);
    for (const change of view.diff.changes) {
      const edit = revertEdit(change);
      expect(edit, change.kind).toBeDefined();
      const reverted = applyEdit(next, edit!);
      expect(reverted.ok).toBe(true);
      if (!reverted.ok) continue;
      expect(compareView(base, reverted.pipeline).diff.changes).toHaveLength(2);
    }
  });

  it('offers nothing for a move or a removed action', () => {
    const moved = compareView(
      base,
      edited((p) => {
        const [a] = p.stages[1]!.actions.splice(0, 1);
        p.stages[2]!.actions.push(a!);
      }),
    );
    expect(moved.diff.changes.map((c) => revertEdit(c))).toEqual([undefined]);
    const removed = compareView(
      base,
      edited((p) => void p.stages[1]!.actions.splice(0, 1)),
    );
    expect(removed.diff.changes.map((c) => revertEdit(c))).toEqual([undefined]);
  });
});

describe('compare store', () => {
  it('re-computes the diff when the document changes and never writes to it', () => {
    const editor = createEditorStore({ pipeline: structuredClone(base) });
    const compare = compareStoreFor(editor);
    const before = editor.getState().pipeline;
    compare.getState().start({ pipeline: base, label: 'the template' });
    expect(compare.getState().view?.diff.changes).toEqual([]);
    expect(editor.getState().pipeline).toBe(before);
    editor.getState().dispatch({ kind: 'renameStage', stage: 0, name: 'Checkout' });
    expect(compare.getState().view?.diff.changes.map((c) => c.kind)).toEqual(['renamed']);
    compare.getState().leave();
    expect(compare.getState().view).toBeNull();
    expect(compareStoreFor(editor)).toBe(compare);
  });
});
