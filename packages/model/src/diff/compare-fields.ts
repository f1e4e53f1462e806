import { formatPointer } from '../pointer/json-pointer.js';
import { equivalent, isEmpty, isMasked, isPlainObject } from './equivalence.js';
import type { ChangeKind, DiffChange, ChangeTarget } from './types.js';

/*
 * Field-by-field comparison of two values of one shape. A spec says how each
 * part compares: a leaf as a whole, an object key by key, a list item by item
 * (matched by a key such as the name, or by position). A list whose matched
 * items changed order is one `reordered` change: order is meaning there (the
 * first input artifact is the primary source).
 */

export type Spec =
  | { t: 'leaf'; masked?: boolean }
  | {
      t: 'object';
      fields?: Record<string, Spec>;
      /** Spec of keys not in `fields` (default: by value type). */
      rest?: Spec;
      /** Keys compared elsewhere (a stage's actions, an action's name). */
      skip?: readonly string[];
      /** What an absent key means (the API's default), for comparing only. */
      defaults?: Record<string, unknown>;
    }
  | { t: 'list'; key: 'index' | ((item: unknown) => string | undefined); item: Spec };

const LEAF: Spec = { t: 'leaf' };
const GENERIC_OBJECT: Spec = { t: 'object' };

function byValue(value: unknown): Spec {
  return isPlainObject(value) ? GENERIC_OBJECT : LEAF;
}

/** Where the compared values sit: the element on each side and the change's labels. */
export interface CompareScope {
  target: ChangeTarget;
  stage?: string;
  action?: string;
  oldElement?: string;
  newElement?: string;
  out: DiffChange[];
}

function emit(
  scope: CompareScope,
  kind: ChangeKind,
  oldSegs: readonly (string | number)[] | undefined,
  newSegs: readonly (string | number)[] | undefined,
  oldValue: unknown,
  newValue: unknown,
): void {
  const change: DiffChange = {
    kind,
    target: scope.target,
    field: formatPointer((newSegs ?? oldSegs) as (string | number)[]),
    risks: [],
  };
  if (scope.stage !== undefined) change.stage = scope.stage;
  if (scope.action !== undefined) change.action = scope.action;
  if (oldSegs && scope.oldElement !== undefined) change.oldPath = scope.oldElement + formatPointer(oldSegs);
  if (newSegs && scope.newElement !== undefined) change.newPath = scope.newElement + formatPointer(newSegs);
  if (scope.oldElement !== undefined) change.oldElement = scope.oldElement;
  if (scope.newElement !== undefined) change.newElement = scope.newElement;
  if (oldSegs) change.oldValue = oldValue;
  if (newSegs) change.newValue = newValue;
  scope.out.push(change);
}

/** Emits the changes between `a` (old) and `b` (new), at `oldSegs`/`newSegs` relative to the scope's elements. */
export function compareValues(
  spec: Spec,
  a: unknown,
  b: unknown,
  oldSegs: (string | number)[],
  newSegs: (string | number)[],
  scope: CompareScope,
): void {
  // An object spec that skips keys (stages, actions) compares its other keys itself: a deep
  // equality first would walk the skipped parts too, which are compared elsewhere.
  if (!(spec.t === 'object' && spec.skip) && equivalent(a, b)) return;
  if (isEmpty(a) && isEmpty(b)) return;
  if (isEmpty(a)) return emit(scope, 'added', undefined, newSegs, undefined, b);
  if (isEmpty(b)) return emit(scope, 'removed', oldSegs, undefined, a, undefined);
  if (spec.t === 'object' && isPlainObject(a) && isPlainObject(b))
    return compareObjects(spec, a, b, oldSegs, newSegs, scope);
  if (spec.t === 'list' && Array.isArray(a) && Array.isArray(b))
    return compareLists(spec, a, b, oldSegs, newSegs, scope);
  if (spec.t === 'leaf' && spec.masked && (isMasked(a) || isMasked(b))) return;
  emit(scope, 'changed', oldSegs, newSegs, a, b);
}

function compareObjects(
  spec: Extract<Spec, { t: 'object' }>,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  oldSegs: (string | number)[],
  newSegs: (string | number)[],
  scope: CompareScope,
): void {
  const visit = (key: string, va: unknown, vb: unknown) => {
    if (spec.skip?.includes(key)) return;
    if (va === vb) return; // the common case, checked before anything is allocated
    const fallback = spec.defaults && Object.hasOwn(spec.defaults, key) ? spec.defaults[key] : undefined;
    if (equivalent(va ?? fallback, vb ?? fallback)) return;
    const sub = spec.fields?.[key] ?? spec.rest ?? byValue(va ?? vb);
    compareValues(sub, va, vb, [...oldSegs, key], [...newSegs, key], scope);
  };
  for (const key of Object.keys(b)) visit(key, Object.hasOwn(a, key) ? a[key] : undefined, b[key]);
  for (const key of Object.keys(a)) if (!Object.hasOwn(b, key)) visit(key, a[key], undefined);
}

function keysOf(spec: Extract<Spec, { t: 'list' }>, items: unknown[]): string[] | undefined {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const key = spec.key === 'index' ? String(i) : spec.key(items[i]);
    if (key === undefined || seen.has(key)) return undefined; // unnamed or duplicate items: compare the list whole
    seen.add(key);
    keys.push(key);
  }
  return keys;
}

function compareLists(
  spec: Extract<Spec, { t: 'list' }>,
  a: unknown[],
  b: unknown[],
  oldSegs: (string | number)[],
  newSegs: (string | number)[],
  scope: CompareScope,
): void {
  const oldKeys = keysOf(spec, a);
  const newKeys = keysOf(spec, b);
  if (!oldKeys || !newKeys) return emit(scope, 'changed', oldSegs, newSegs, a, b);
  const oldIndex = new Map(oldKeys.map((k, i) => [k, i]));
  let last = -1;
  for (const key of newKeys) {
    const i = oldIndex.get(key);
    if (i === undefined) continue;
    if (i < last) return emit(scope, 'reordered', oldSegs, newSegs, a, b);
    last = i;
  }
  const newIndex = new Set(newKeys);
  oldKeys.forEach((key, i) => {
    if (!newIndex.has(key)) emit(scope, 'removed', [...oldSegs, i], undefined, a[i], undefined);
  });
  newKeys.forEach((key, j) => {
    const i = oldIndex.get(key);
    if (i === undefined) emit(scope, 'added', undefined, [...newSegs, j], undefined, b[j]);
    else compareValues(spec.item, a[i], b[j], [...oldSegs, i], [...newSegs, j], scope);
  });
}

// ---------------------------------------------------------------- the declaration's specs

const nameKey = (item: unknown): string | undefined => {
  const name = (item as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : undefined;
};

const byName = (item: Spec = GENERIC_OBJECT): Spec => ({ t: 'list', key: nameKey, item });
const byIndex = (item: Spec): Spec => ({ t: 'list', key: 'index', item });

const filterCriteria: Spec = { t: 'object' }; // includes/excludes: pattern lists compared whole
const gitFilter: Spec = {
  t: 'object',
  fields: { branches: filterCriteria, tags: filterCriteria, filePaths: filterCriteria },
};

const triggerKey = (item: unknown): string | undefined => {
  const t = item as { providerType?: unknown; gitConfiguration?: { sourceActionName?: unknown } } | null;
  const source = t?.gitConfiguration?.sourceActionName;
  return typeof source === 'string' ? `${String(t?.providerType)}:${source}` : undefined;
};

const condition: Spec = {
  t: 'object',
  fields: { rules: byName({ t: 'object', fields: { configuration: { t: 'object' } } }) },
};
const conditions: Spec = { t: 'object', fields: { conditions: byIndex(condition) } };

const artifactStore: Spec = { t: 'object', fields: { encryptionKey: { t: 'object' } } };

/** The pipeline's own fields (stages are matched apart; `version` is AWS's counter, not a declaration). */
export const PIPELINE_SPEC: Spec = {
  t: 'object',
  skip: ['stages', 'version'],
  defaults: { executionMode: 'SUPERSEDED', pipelineType: 'V1' },
  fields: {
    artifactStore,
    artifactStores: { t: 'object', rest: artifactStore },
    variables: byName(),
    triggers: {
      t: 'list',
      key: triggerKey,
      item: {
        t: 'object',
        fields: {
          gitConfiguration: {
            t: 'object',
            fields: { push: byIndex(gitFilter), pullRequest: byIndex(gitFilter) },
          },
        },
      },
    },
  },
};

/** A stage's own fields (its actions are matched apart). */
export const STAGE_SPEC: Spec = {
  t: 'object',
  skip: ['name', 'actions'],
  fields: { blockers: byName(), onFailure: conditions, onSuccess: conditions, beforeEntry: conditions },
};

/** An action's fields (name and run order are compared as renames and re-orders). */
export const ACTION_SPEC: Spec = {
  t: 'object',
  skip: ['name', 'runOrder'],
  fields: {
    actionTypeId: { t: 'object' },
    configuration: { t: 'object', rest: { t: 'leaf', masked: true } },
    inputArtifacts: byName(),
    outputArtifacts: byName(),
    environmentVariables: byName(),
  },
};
