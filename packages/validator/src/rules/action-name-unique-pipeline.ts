import { NAME_SPECS, uniqueName } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

export const actionNameUniquePipeline: RuleModule = {
  id: 'action-name-unique-pipeline',
  severity: 'warning',
  description: "Action names are unique across the whole pipeline (the design's stricter rule).",
  docs: {
    what: 'Reports an action whose name an action of an earlier stage already uses.',
    why:
      'AWS requires unique names only within a stage, but the design asks for unique names across the pipeline: ' +
      'trigger `sourceActionName`, notifications, logs and CLI commands (`retry-stage-execution`, approvals) are easier ' +
      'to read and harder to get wrong when a name points at one action.',
    fix: 'Rename one of the actions, e.g. prefix it with its stage.',
    rules: ['R3'],
    sources: ['seed-design.md "Validation Strategy" 4: Action names unique across pipeline', 'DOC action-requirements'],
    notes: 'Duplicates within one stage are errors of `action-name-unique`; this rule only looks across stages.',
  },
  check({ index, report }) {
    if (!index.duplicateActionNames) return;
    for (const actions of index.actionsByName.values()) {
      if (actions.length < 2) continue; // the common case: no tuple to build, nothing to compare
      const name = actions[0]!.name!;
      const firstStage = actions[0]!.stageIndex;
      for (const action of actions) {
        if (action.stageIndex === firstStage) continue;
        const renamed = uniqueName(
          `${action.stageName ?? 'stage'}-${name}`,
          (n) => index.actionsByName.has(n),
          NAME_SPECS.action.max,
        );
        report({
          message: `Action name ${q(name)} in stage ${q(action.stageName)} is also used in stage ${q(actions[0]!.stageName)}.`,
          path: at(action.path, 'name'),
          related: [at(actions[0]!.path, 'name')],
          fix: {
            title: `Rename the action to '${renamed}'`,
            edit: { kind: 'renameAction', stage: action.stageIndex, action: action.actionIndex, name: renamed },
          },
        });
      }
    }
  },
};
