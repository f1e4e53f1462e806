import { displayValue } from '../schema/opaque.js';
import type { DiffChange } from './types.js';

/*
 * One line of text per change, for the CLI, the markdown summary and the
 * designer's changes list (they all say the same thing the same way).
 */

const MAX_VALUE = 80;

/** A value shortened for one line: `'main'`, `3`, `{"Ref":"X"}`... */
export function shortValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? `'${value}'` : displayValue(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function element(change: DiffChange): string {
  if (change.target === 'action') return `action ${quote(change.action)}`;
  if (change.target === 'stage') return `stage ${quote(change.stage)}`;
  return 'pipeline';
}

function quote(name: string | undefined): string {
  return name === undefined ? '(unnamed)' : `'${name}'`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `Action 'Deploy' renamed from 'Ship'`, `configuration/BranchName: 'main' -> 'dev'`, ... */
export function describeChange(change: DiffChange): string {
  const field = change.field.slice(1);
  if (change.field === '') {
    switch (change.kind) {
      case 'added':
        return `${capital(element(change))} added`;
      case 'removed':
        return `${capital(element(change))} removed`;
      case 'moved':
        return `${capital(element(change))} moved from stage ${shortValue(change.oldValue)} to ${shortValue(change.newValue)}`;
      case 'reordered':
        return `${capital(element(change))} moved from position ${Number(change.oldValue) + 1} to ${Number(change.newValue) + 1}`;
      default:
        return `${capital(element(change))} ${change.kind}`;
    }
  }
  if (change.kind === 'renamed') return `${capital(element(change))} renamed from ${shortValue(change.oldValue)}`;
  if (change.kind === 'reordered' && change.field === '/runOrder')
    return `${capital(element(change))} run order ${shortValue(change.oldValue ?? 1)} -> ${shortValue(change.newValue ?? 1)}`;
  if (change.kind === 'added') return `${field} added: ${shortValue(change.newValue)}`;
  if (change.kind === 'removed') return `${field} removed (was ${shortValue(change.oldValue)})`;
  if (change.kind === 'reordered')
    return `${field} reordered: ${shortValue(change.oldValue)} -> ${shortValue(change.newValue)}`;
  return `${field}: ${shortValue(change.oldValue)} -> ${shortValue(change.newValue)}`;
}
