import { PLACEHOLDER_MARKER, unescapePointerSegment } from '@pipewright/model';
import type { ActionEntry } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { at, record, seg } from '../values.js';

/** `<your-account-id>`: the marker, then anything up to the closing bracket. */
const PLACEHOLDERS = /<your-[^<>]*>/g;

/**
 * Calls `found(pointer, value)` for every string of the document holding a placeholder. The
 * pointer is built only for those: the walk itself allocates nothing for the other values.
 */
function walk(value: unknown, keys: (string | number)[], found: (pointer: string, text: string) => void): void {
  if (typeof value === 'string') {
    if (value.includes(PLACEHOLDER_MARKER)) found(keys.map((k) => '/' + seg(k)).join(''), value);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      keys.push(i);
      walk(value[i], keys, found);
      keys.pop();
    }
    return;
  }
  for (const key in value) {
    keys.push(key);
    walk((value as Record<string, unknown>)[key], keys, found);
    keys.pop();
  }
}

/** The field a pointer ends at, for the message: `/stages/1/actions/0/configuration/ProjectName` -> `ProjectName`. */
function fieldName(path: string): string {
  const last = unescapePointerSegment(path.slice(path.lastIndexOf('/') + 1));
  return /^\d+$/.test(last) ? path : last;
}

export const placeholder: RuleModule = {
  id: 'placeholder',
  severity: 'error',
  scope: 'stage',
  description: 'No template placeholder (`<your-...>`) is left in the pipeline.',
  docs: {
    what:
      'Reports every value that still holds a template placeholder such as `<your-account-id>` or ' +
      '`<your-kms-key-arn>`, once per value. Other rules do not report on such a value (its format is the ' +
      "placeholder's, not a mistake), so the one thing to do is said once: replace it. Actions are checked in " +
      'their configuration values, name, roleArn, region and namespace; the rest of the pipeline whole.',
    why: 'Templates mark what only the user knows (accounts, buckets, roles, keys) with placeholders; AWS rejects them or, worse, accepts them as names.',
    fix: 'Replace the placeholder with the real value (an ARN, a bucket name, an account id...).',
    rules: [],
    sources: ['packages/model templates (placeholder())'],
    notes: 'The engine drops the diagnostics of other rules at a pointer this rule reports.',
  },
  check({ pipeline, index, report }) {
    const found = (path: string, value: string) => {
      const names = [...new Set(value.match(PLACEHOLDERS) ?? [PLACEHOLDER_MARKER])];
      const what = names.length === 1 ? `the placeholder ${names[0]}` : `the placeholders ${names.join(', ')}`;
      report({ message: `${fieldName(path)}: replace ${what} with the real value.`, path });
    };
    // Everything but the actions is small: walked whole. Actions (2,500 in the benchmark) are read
    // through the index: the fields a template fills in, without a walk of every action object.
    const root = record(pipeline);
    if (!root) return;
    for (const key in root) if (key !== 'stages') walk(root[key], [key], found);
    for (const stage of index.stages) {
      for (const key in stage.raw) if (key !== 'actions') walk(stage.raw[key], ['stages', stage.index, key], found);
      for (const action of stage.actions) {
        const keys = action.configKeys;
        const values = action.configValues;
        for (let k = 0; k < values.length; k++) {
          const value = values[k];
          if (typeof value === 'string' && value.includes(PLACEHOLDER_MARKER))
            found(at(action.path, 'configuration', keys[k]!), value);
        }
        check(action.name, action, 'name', found);
        check(action.roleArn, action, 'roleArn', found);
        check(action.region, action, 'region', found);
        check(action.namespace, action, 'namespace', found);
      }
    }
  },
};

/** One action field (beside configuration) a template or a user fills in with a placeholder, read from the index. */
function check(value: unknown, action: ActionEntry, field: string, found: (pointer: string, text: string) => void) {
  if (typeof value === 'string' && value.includes(PLACEHOLDER_MARKER)) found(at(action.path, field), value);
}
