import { actionLabel } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { at, list, record } from '../values.js';

export const computeFieldsMisplaced: RuleModule = {
  id: 'compute-fields-misplaced',
  severity: 'warning',
  scope: 'stage',
  description: 'commands, outputVariables and output files appear only on Compute actions.',
  docs: {
    what: 'Reports `commands`, `outputVariables` or `outputArtifacts[].files` on an action whose category is not Compute.',
    why: 'The API documents these fields as belonging to the compute action; other actions ignore them or are rejected.',
    fix: 'Remove the field, or use the Commands action (Compute/AWS/Commands).',
    rules: ['R40'],
    sources: ['API ActionDeclaration.commands/outputVariables, OutputArtifact.files', 'DOC action-reference-Commands'],
    notes: 'AWS rejection was not verified, so this is a warning (an inference of rules.md R40).',
  },
  check({ index, report }) {
    for (const action of index.actions) {
      if (action.category === undefined || action.category === 'Compute') continue;
      if (action.commands !== undefined)
        report({
          message: `${actionLabel(action)} (${action.category}) sets commands, which only Compute actions take.`,
          path: at(action.path, 'commands'),
        });
      if (action.outputVariables !== undefined)
        report({
          message: `${actionLabel(action)} (${action.category}) sets outputVariables, which only Compute actions take.`,
          path: at(action.path, 'outputVariables'),
        });
      // Only actions with outputs can declare output files (action.outputs is empty otherwise).
      const outputs = list(action.outputs.length > 0 ? action.raw.outputArtifacts : undefined);
      for (let i = 0; i < outputs.length; i++)
        if (record(outputs[i])?.files !== undefined)
          report({
            message: `${actionLabel(action)} (${action.category}) sets output files, which only Compute actions take.`,
            path: at(action.path, 'outputArtifacts', i, 'files'),
          });
    }
  },
};
