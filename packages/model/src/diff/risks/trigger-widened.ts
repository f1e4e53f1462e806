import type { Pipeline } from '../../schema/pipeline.js';
import type { RiskNote } from '../types.js';
import { changeIndices, overlaps } from './helpers.js';

type Obj = Record<string, unknown>;
const DIMENSIONS = ['branches', 'tags', 'filePaths'] as const;
const KINDS = ['push', 'pullRequest'] as const;

function triggers(pipeline: Pipeline): Map<string, { trigger: Obj; index: number }> {
  const found = new Map<string, { trigger: Obj; index: number }>();
  (Array.isArray(pipeline.triggers) ? pipeline.triggers : []).forEach((t, index) => {
    const source = (t as { gitConfiguration?: { sourceActionName?: unknown } })?.gitConfiguration?.sourceActionName;
    if (typeof source === 'string') found.set(`${String(t.providerType)}:${source}`, { trigger: t as Obj, index });
  });
  return found;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))) : [];

/** All patterns of one kind and dimension, over every filter of the trigger (filters are OR-ed). */
function patterns(trigger: Obj, kind: (typeof KINDS)[number], dimension: string, side: 'includes' | 'excludes') {
  const filters = (trigger['gitConfiguration'] as Obj | undefined)?.[kind];
  const all = new Set<string>();
  let present = false;
  for (const filter of Array.isArray(filters) ? filters : []) {
    const criteria = (filter as Obj | null)?.[dimension] as Obj | undefined;
    if (criteria && Array.isArray(criteria[side])) present = true;
    for (const p of strings(criteria?.[side])) all.add(p);
  }
  return { all, present };
}

function filterCount(trigger: Obj, kind: string): number {
  const filters = (trigger['gitConfiguration'] as Obj | undefined)?.[kind];
  return Array.isArray(filters) ? filters.length : 0;
}

function events(trigger: Obj): Set<string> {
  const filters = (trigger['gitConfiguration'] as Obj | undefined)?.['pullRequest'];
  const all = new Set<string>();
  for (const filter of Array.isArray(filters) ? filters : [])
    for (const e of strings((filter as Obj | null)?.['events'])) all.add(e);
  return all;
}

/** How the new trigger starts on more than the old one did, one phrase per way; empty when it does not. */
export function widenings(before: Obj, after: Obj): string[] {
  const found: string[] = [];
  for (const kind of KINDS) {
    if (filterCount(after, kind) > filterCount(before, kind))
      found.push(filterCount(before, kind) === 0 ? `now starts on ${kind} events` : `has another ${kind} filter`);
    if (filterCount(before, kind) === 0 || filterCount(after, kind) === 0) continue;
    for (const dimension of DIMENSIONS) {
      const oldIn = patterns(before, kind, dimension, 'includes');
      const newIn = patterns(after, kind, dimension, 'includes');
      const added = [...newIn.all].filter((p) => !oldIn.all.has(p));
      if (added.length > 0) found.push(`${kind} ${dimension} include ${added.join(', ')}`);
      if (oldIn.present && !newIn.present) found.push(`${kind} ${dimension} no longer limited`);
      const oldEx = patterns(before, kind, dimension, 'excludes');
      const newEx = patterns(after, kind, dimension, 'excludes');
      const dropped = [...oldEx.all].filter((p) => !newEx.all.has(p));
      if (dropped.length > 0) found.push(`${kind} ${dimension} no longer exclude ${dropped.join(', ')}`);
    }
  }
  const oldEvents = events(before);
  const newEvents = [...events(after)].filter((e) => !oldEvents.has(e));
  if (oldEvents.size > 0 && newEvents.length > 0) found.push(`pull request events add ${newEvents.join(', ')}`);
  return found;
}

export const triggerWidened: RiskNote = {
  id: 'trigger-widened',
  severity: 'medium',
  description: 'A trigger now starts the pipeline on more events (branches, tags, file paths, pull requests).',
  docs: {
    what:
      'Compares each trigger (by provider and source action) with its old version: a new trigger, a new push or ' +
      'pull-request filter, an include pattern added, an include list dropped, an exclude pattern dropped, or a pull ' +
      'request event added.',
    why:
      'A wider trigger runs the pipeline, and deploys, for branches, tags, paths or pull requests that did not before ' +
      '(for example a pull request from a fork reaching a deploy stage).',
    review: 'Check that every branch, tag, path and pull-request event that now starts the pipeline should deploy.',
    sources: ['AWS CodePipeline User Guide: Add triggers with code push or pull request event types'],
  },
  check(context) {
    const before = triggers(context.old);
    for (const [key, { trigger, index }] of triggers(context.new)) {
      const old = before.get(key);
      const path = `/triggers/${index}`;
      const ways = old ? widenings(old.trigger, trigger) : ['is new'];
      if (ways.length === 0) continue;
      const about = changeIndices(
        context,
        (c) =>
          c.target === 'pipeline' &&
          (overlaps(c.newPath, path) || (old !== undefined && overlaps(c.oldPath, `/triggers/${old.index}`))),
      );
      const source = (trigger['gitConfiguration'] as Obj | undefined)?.['sourceActionName'];
      context.report(
        {
          message: `The trigger on ${JSON.stringify(source)} ${ways.join('; ')}.`,
          newPath: path,
          ...(old ? { oldPath: `/triggers/${old.index}` } : {}),
        },
        about,
      );
    }
  },
};
