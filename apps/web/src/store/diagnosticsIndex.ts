import type { Diagnostic } from './modelApi.js';

/**
 * Diagnostics grouped under every prefix of their path, so "everything at or below
 * `/stages/2/actions/1`" is one map lookup. Arrays are reused from the previous
 * index when their content is unchanged, so a selector on an untouched path keeps
 * returning the same array and its component does not re-render.
 */
export interface DiagnosticsIndex {
  at(pointer: string): readonly Diagnostic[];
  readonly byPrefix: ReadonlyMap<string, readonly Diagnostic[]>;
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

function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((d, i) => {
    const o = b[i];
    return (
      o !== undefined &&
      d.ruleId === o.ruleId &&
      d.path === o.path &&
      d.severity === o.severity &&
      d.message === o.message
    );
  });
}

export function buildDiagnosticsIndex(
  diagnostics: readonly Diagnostic[],
  previous?: DiagnosticsIndex,
): DiagnosticsIndex {
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    for (const prefix of pointerPrefixes(diagnostic.path)) {
      const group = groups.get(prefix);
      if (group) group.push(diagnostic);
      else groups.set(prefix, [diagnostic]);
    }
  }
  const byPrefix = new Map<string, readonly Diagnostic[]>();
  for (const [prefix, group] of groups) {
    const before = previous?.byPrefix.get(prefix);
    byPrefix.set(prefix, before && sameDiagnostics(before, group) ? before : group);
  }
  return { byPrefix, at: (pointer) => byPrefix.get(pointer) ?? NO_DIAGNOSTICS };
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
