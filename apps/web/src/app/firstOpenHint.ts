import type { Pipeline } from '@pipewright/model';
import type { DocumentSource } from '../store/index.js';

/*
 * When the first-open hint shows (pure, unit-tested): on a blank, empty document until the user
 * dismisses it; the dismissal is remembered in localStorage (a bad or unreadable value counts
 * as not dismissed, so the worst case is one more look at the hint).
 */

export const HINT_KEY = 'pipewright:first-open-hint';
const HINT_VERSION = 1;

export function hintDismissed(stored: string | null): boolean {
  if (stored === null) return false;
  try {
    const value: unknown = JSON.parse(stored);
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { schemaVersion?: unknown }).schemaVersion === HINT_VERSION &&
      (value as { dismissed?: unknown }).dismissed === true
    );
  } catch {
    return false;
  }
}

export const DISMISSED_HINT = JSON.stringify({ schemaVersion: HINT_VERSION, dismissed: true });

export function showsFirstOpenHint(dismissed: boolean, pipeline: Pipeline, source: DocumentSource): boolean {
  return !dismissed && source.kind === 'blank' && pipeline.stages.length === 0;
}
