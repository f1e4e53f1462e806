import { NAME_SPECS, uniqueName } from '@pipewright/model';
import type { ActionEntry } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

/** The first action before `actions[i]` (same name, document order) in its stage. */
function firstInStage(actions: readonly ActionEntry[], i: number): ActionEntry | undefined {
  const stageIndex = actions[i]!.stageIndex;
  for (let j = 0; j < i; j++) if (actions[j]!.stageIndex === stageIndex) return actions[j];
  return undefined;
}

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
    // Names used once (nearly all of them) are skipped without a per-stage map of their own.
    if (!index.duplicateActionNames) return;
    let taken: Map<number, Set<string>> | undefined; // names per stage, built on the first duplicate only
    for (const actions of index.actionsByName.values()) {
      if (actions.length < 2) continue;
      for (let i = 1; i < actions.length; i++) {
        const action = actions[i]!;
        const earlier = firstInStage(actions, i);
        if (earlier === undefined) continue;
        const stage = index.stages.find((s) => s.index === action.stageIndex)!;
        taken ??= new Map();
        let names = taken.get(stage.index);
        if (!names)
          taken.set(
            stage.index,
            (names = new Set(stage.actions.flatMap((a) => (a.name === undefined ? [] : [a.name])))),
          );
        const name = uniqueName(action.name!, (n) => names.has(n), NAME_SPECS.action.max);
        names.add(name);
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
