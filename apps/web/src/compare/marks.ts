import type { ChangeKind, DiffChange, Pipeline, PipelineDiff } from '@pipewright/model';

/*
 * What compare mode marks on the canvas, from the diff alone (pure, tested):
 * each action and stage of the new side with its strongest change, the
 * artifact edges added or removed, and the ghosts of what is gone.
 */

export type MarkKind = Exclude<ChangeKind, 'removed'> | 'removed';

export interface ElementMark {
  kind: MarkKind;
  /** Text shown on the element (never colour alone): "added", "renamed from Build"... */
  label: string;
  /** Indices into `diff.changes` about this element. */
  changes: number[];
}

/** Stronger first: the one an element shows when several changes touch it. */
const STRENGTH: MarkKind[] = ['added', 'removed', 'moved', 'renamed', 'reordered', 'changed'];

function labelOf(kind: MarkKind, change: DiffChange, count: number): string {
  const more = count > 1 ? ` +${count - 1}` : '';
  switch (kind) {
    case 'added':
      return 'added';
    case 'removed':
      return 'removed';
    case 'moved':
      return `moved from ${String(change.oldValue)}${more}`;
    case 'renamed':
      return `renamed from ${String(change.oldValue)}${more}`;
    case 'reordered':
      return change.field === '/runOrder'
        ? `run order ${String(change.oldValue ?? 1)} → ${String(change.newValue ?? 1)}${more}`
        : `reordered${more}`;
    case 'changed':
      return count > 1 ? `${count} changes` : 'changed';
  }
}

/** Marks by element pointer of the new side (`/stages/1`, `/stages/1/actions/0`). */
export function elementMarks(diff: PipelineDiff): Map<string, ElementMark> {
  const byElement = new Map<string, number[]>();
  diff.changes.forEach((change, i) => {
    if (change.target === 'pipeline' || change.newElement === undefined) return;
    const list = byElement.get(change.newElement) ?? [];
    list.push(i);
    byElement.set(change.newElement, list);
  });
  const marks = new Map<string, ElementMark>();
  for (const [element, indices] of byElement) {
    const kinds = indices.map((i) => {
      const c = diff.changes[i] as DiffChange;
      return c.field === '' || c.kind === 'renamed' || c.kind === 'moved' || c.field === '/runOrder'
        ? c.kind
        : 'changed';
    });
    const strongest = STRENGTH.find((k) => kinds.includes(k)) ?? 'changed';
    const lead = diff.changes[indices[kinds.indexOf(strongest)] as number] as DiffChange;
    marks.set(element, { kind: strongest, label: labelOf(strongest, lead, indices.length), changes: indices });
  }
  return marks;
}

export interface ArtifactLink {
  /** Node ids of the new side's layout (`a:stage:action`), or a ghost id (`ghost:a:stage:action` of the old side). */
  source: string;
  target: string;
  artifact: string;
}

const key = (l: ArtifactLink) => `${l.source}>${l.target}>${l.artifact}`;

function outputsByName(pipeline: Pipeline): Map<string, string> {
  const producers = new Map<string, string>();
  (pipeline.stages ?? []).forEach((stage, s) =>
    (stage?.actions ?? []).forEach((action, a) => {
      for (const out of action?.outputArtifacts ?? [])
        if (typeof out?.name === 'string' && !producers.has(out.name)) producers.set(out.name, `a:${s}:${a}`);
    }),
  );
  return producers;
}

/** Every producer -> consumer link of a pipeline, by artifact name (the edges the canvas draws). */
export function artifactLinks(pipeline: Pipeline): ArtifactLink[] {
  const producers = outputsByName(pipeline);
  const links: ArtifactLink[] = [];
  (pipeline.stages ?? []).forEach((stage, s) =>
    (stage?.actions ?? []).forEach((action, a) => {
      for (const input of action?.inputArtifacts ?? []) {
        const source = typeof input?.name === 'string' ? producers.get(input.name) : undefined;
        if (source) links.push({ source, target: `a:${s}:${a}`, artifact: input.name as string });
      }
    }),
  );
  return links;
}

/**
 * Artifact edges added (in the new side, not the old one, once old actions are mapped to
 * their new places) and removed (in the old side only; an end that is gone is its ghost).
 */
export function edgeChanges(
  oldPipeline: Pipeline,
  newPipeline: Pipeline,
  diff: PipelineDiff,
): { added: Set<string>; removed: ArtifactLink[] } {
  const toNew = new Map(diff.matches.actions.map((m) => [`a:${m.old[0]}:${m.old[1]}`, `a:${m.new[0]}:${m.new[1]}`]));
  const mapped = (id: string) => toNew.get(id) ?? `ghost:${id}`;
  const oldLinks = artifactLinks(oldPipeline).map((l) => ({
    ...l,
    source: mapped(l.source),
    target: mapped(l.target),
  }));
  const newLinks = artifactLinks(newPipeline);
  const oldKeys = new Set(oldLinks.map(key));
  const newKeys = new Set(newLinks.map(key));
  return {
    added: new Set(newLinks.filter((l) => !oldKeys.has(key(l))).map(key)),
    removed: oldLinks.filter((l) => !newKeys.has(key(l))),
  };
}

export const linkKey = key;

export interface GhostAction {
  /** `ghost:a:<old stage>:<old action>` */
  id: string;
  name: string;
  provider: string;
  /** The new stage it is drawn under (its old stage's match), or undefined when that stage is gone too. */
  stage: number | undefined;
  /** The removed stage it belonged to (old index), when that stage is gone. */
  oldStage: number;
  change: number;
}

export interface GhostStage {
  oldStage: number;
  name: string;
  change: number;
}

/** What is gone, to draw as ghosts: removed actions (under the stage they were in) and removed stages. */
export function ghosts(oldPipeline: Pipeline, diff: PipelineDiff): { actions: GhostAction[]; stages: GhostStage[] } {
  const stageNew = new Map(diff.matches.stages.map((m) => [m.old, m.new]));
  const actions: GhostAction[] = [];
  const stages: GhostStage[] = [];
  diff.changes.forEach((change, i) => {
    if (change.kind !== 'removed' || change.field !== '' || change.oldPath === undefined) return;
    const m = /^\/stages\/(\d+)(?:\/actions\/(\d+))?$/.exec(change.oldPath);
    if (!m) return;
    const s = Number(m[1]);
    if (change.target === 'stage') {
      stages.push({ oldStage: s, name: change.stage ?? '(unnamed)', change: i });
      return;
    }
    const a = Number(m[2]);
    const action = oldPipeline.stages[s]?.actions[a];
    actions.push({
      id: `ghost:a:${s}:${a}`,
      name: change.action ?? '(unnamed)',
      provider: typeof action?.actionTypeId?.provider === 'string' ? action.actionTypeId.provider : '',
      stage: stageNew.get(s),
      oldStage: s,
      change: i,
    });
  });
  return { actions, stages };
}
