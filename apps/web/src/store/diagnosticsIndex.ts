import type { Diagnostic } from './modelApi.js';

/**
 * Diagnostics grouped under every prefix of their path, so "everything at or below
 * `/stages/2/actions/1`" is one map lookup. Arrays are reused from the previous
 * index when their content is unchanged, so a selector on an untouched path keeps
 * returning the same array and its component does not re-render. The groups of each stage are
 * kept apart: a stage whose diagnostics are the same as before (the usual case after an edit of
 * one action) takes its groups from the previous index as they are, without grouping again.
 */
export interface DiagnosticsIndex {
  at(pointer: string): readonly Diagnostic[];
}

export const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);

/** `/a/b/c` -> `['', '/a', '/a/b', '/a/b/c']`. */
export function pointerPrefixes(pointer: string): string[] {
  const prefixes = [''];
  let end = pointer.indexOf('/', 1);
  while (end !== -1) {
    prefixes.push(pointer.slice(0, end));
    end = pointer.indexOf('/', end + 1);
  }
  if (pointer !== '') prefixes.push(pointer);
  return prefixes;
}

const STAGES = '/stages/';

/** `/stages/<i>` for a pointer at or below a stage, else undefined. */
function stageOf(pointer: string): string | undefined {
  if (!pointer.startsWith(STAGES) || pointer.length === STAGES.length) return undefined;
  const end = pointer.indexOf('/', STAGES.length);
  return end === -1 ? pointer : pointer.slice(0, end);
}

/** One stage's diagnostics, in order, and their groups by every prefix from the stage down. */
interface StageGroups {
  diagnostics: readonly Diagnostic[];
  byPrefix: ReadonlyMap<string, readonly Diagnostic[]>;
}

class Index implements DiagnosticsIndex {
  constructor(
    /** Groups of prefixes above any stage (`''`, `/stages`, `/roleArn`...). */
    readonly outside: ReadonlyMap<string, readonly Diagnostic[]>,
    readonly stages: ReadonlyMap<string, StageGroups>,
  ) {}

  at(pointer: string): readonly Diagnostic[] {
    const stage = stageOf(pointer);
    const group = stage === undefined ? this.outside.get(pointer) : this.stages.get(stage)?.byPrefix.get(pointer);
    return group ?? NO_DIAGNOSTICS;
  }
}

function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((d, i) => {
    const o = b[i];
    return (
      d === o ||
      (o !== undefined &&
        d.ruleId === o.ruleId &&
        d.path === o.path &&
        d.severity === o.severity &&
        d.message === o.message)
    );
  });
}

/** Groups by every prefix of each path (from `from` on), each array reused from `previous` when unchanged. */
function groupByPrefix(
  diagnostics: readonly Diagnostic[],
  from: number,
  previous: ((prefix: string) => readonly Diagnostic[] | undefined) | undefined,
): Map<string, readonly Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const prefixes = pointerPrefixes(diagnostic.path);
    for (let i = from; i < prefixes.length; i++) {
      const prefix = prefixes[i]!;
      const group = groups.get(prefix);
      if (group) group.push(diagnostic);
      else groups.set(prefix, [diagnostic]);
    }
  }
  const byPrefix = new Map<string, readonly Diagnostic[]>();
  for (const [prefix, group] of groups) {
    const before = previous?.(prefix);
    byPrefix.set(prefix, before && sameDiagnostics(before, group) ? before : group);
  }
  return byPrefix;
}

export function buildDiagnosticsIndex(
  diagnostics: readonly Diagnostic[],
  previous?: DiagnosticsIndex,
): DiagnosticsIndex {
  const old = previous instanceof Index ? previous : undefined;
  const outsideStages: Diagnostic[] = [];
  const byStage = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const stage = stageOf(diagnostic.path);
    if (stage === undefined) outsideStages.push(diagnostic);
    else {
      const list = byStage.get(stage);
      if (list) list.push(diagnostic);
      else byStage.set(stage, [diagnostic]);
    }
  }
  const stages = new Map<string, StageGroups>();
  for (const [stage, list] of byStage) {
    const before = old?.stages.get(stage);
    if (before && sameDiagnostics(before.diagnostics, list)) stages.set(stage, before);
    // Prefixes from the stage down ('' and '/stages' are the index's own).
    else
      stages.set(stage, {
        diagnostics: list,
        byPrefix: groupByPrefix(list, 2, before && ((p) => before.byPrefix.get(p))),
      });
  }
  const outside = groupByPrefix(outsideStages, 0, old && ((p) => old.outside.get(p)));
  const inStages = diagnostics.filter((d) => d.path === '/stages' || stageOf(d.path) !== undefined);
  if (inStages.length > 0) outside.set('/stages', reuse(old?.outside.get('/stages'), inStages));
  if (diagnostics.length > 0) outside.set('', reuse(old?.outside.get(''), diagnostics));
  return new Index(outside, stages);
}

function reuse(before: readonly Diagnostic[] | undefined, group: readonly Diagnostic[]): readonly Diagnostic[] {
  return before && sameDiagnostics(before, group) ? before : group;
}

/** The most severe level among diagnostics, for markers. */
export function worstSeverity(diagnostics: readonly Diagnostic[]): Diagnostic['severity'] | undefined {
  if (diagnostics.some((d) => d.severity === 'error')) return 'error';
  if (diagnostics.some((d) => d.severity === 'warning')) return 'warning';
  return diagnostics.length > 0 ? 'info' : undefined;
}

/** Errors and warnings only: what the canvas marks and counts (infos live in the problems panel). */
export function withoutInfos(diagnostics: readonly Diagnostic[]): readonly Diagnostic[] {
  return diagnostics.some((d) => d.severity === 'info')
    ? diagnostics.filter((d) => d.severity !== 'info')
    : diagnostics;
}
