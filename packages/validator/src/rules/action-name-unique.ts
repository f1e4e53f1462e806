import { uniqueName } from '../fixes.js';
import type { ActionEntry } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

export const actionNameUnique: RuleModule = {
  id: 'action-name-unique',
  severity: 'error',
  description: 'Action names are unique within a stage.',
  docs: {
    what: 'Reports an action whose name an earlier action of the same stage already uses.',
    why: 'CodePipeline rejects it: "All action names within a stage must be unique."',
    fix: 'Rename one of the actions.',
    rules: ['R3'],
    sources: [
      'DOC action-requirements',
      'DOC22 limits.md',
      'CFNP Actions.uniqueKeys',
      'CDK DuplicateActionName',
      'cfn-lint E2541 (legacy)',
    ],
  },
  check({ index, report }) {
    for (const stage of index.stages) {
      const first = new Map<string, ActionEntry>();
      let taken: Set<string> | undefined; // built on the first duplicate only
      for (const action of stage.actions) {
        if (action.name === undefined) continue;
        const earlier = first.get(action.name);
        if (earlier === undefined) {
          first.set(action.name, action);
          continue;
        }
        taken ??= new Set(stage.actions.flatMap((a) => (a.name === undefined ? [] : [a.name])));
        const name = uniqueName(action.name, (n) => taken!.has(n));
        taken.add(name);
        report({
          message: `Stage ${q(stage.name)} has two actions named ${q(action.name)}.`,
          path: at(action.path, 'name'),
          related: [at(earlier.path, 'name')],
          fix: {
            title: `Rename the action to '${name}'`,
            edit: { kind: 'renameAction', stage: stage.index, action: action.actionIndex, name },
          },
        });
      }
    }
  },
};
