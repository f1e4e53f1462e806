import { isOpaque } from '@pipewright/model';
import { conditionRulesOf } from '../conditions.js';
import { actionLabel, type ActionEntry } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { at, list, q, record } from '../values.js';

/** Absent, opaque, or a list of 1-maxItems strings of 1-maxLength characters (opaque items pass). */
function fits(value: unknown, maxItems: number, maxLength: number): boolean {
  if (value === undefined || isOpaque(value)) return true;
  if (!Array.isArray(value) || value.length < 1 || value.length > maxItems) return false;
  for (const item of value as unknown[])
    if ((typeof item !== 'string' || item.length < 1 || item.length > maxLength) && !isOpaque(item)) return false;
  return true;
}

export const computeFields: RuleModule = {
  id: 'compute-fields',
  severity: 'error',
  scope: 'stage',
  description: 'commands, outputVariables and output files have allowed sizes; the Commands action has commands.',
  docs: {
    what:
      'Checks `commands` (1-50 items of 1-1000 characters, on actions and condition rules), `outputVariables` (1-15 ' +
      'items of 1-128), `outputArtifacts[].files` (1-10 items of 1-128), and that a Compute/AWS/Commands action has `commands`.',
    why: 'The API rejects lists outside these bounds; an empty list is rejected too (omit the field instead). The Commands action has nothing to run without commands.',
    fix: 'Omit empty lists, split long command lists, and give the Commands action at least one command.',
    rules: ['R24', 'R40'],
    sources: [
      'API CommandList/OutputVariableList/FilePathList',
      'CDK Commands action (array length messages)',
      'DOC action-reference-Commands ("Commands Required: Yes")',
    ],
  },
  check({ index, report }) {
    const sized = (
      value: unknown,
      path: string,
      who: ActionEntry | string,
      field: string,
      maxItems: number,
      maxLength: number,
    ) => {
      if (fits(value, maxItems, maxLength)) return;
      const items = list(value);
      if (!Array.isArray(value) || items.length < 1 || items.length > maxItems)
        report({
          message: `${typeof who === 'string' ? who : actionLabel(who)}: ${field} has ${items.length} items; it needs 1-${maxItems} (omit it when empty).`,
          path,
        });
      items.forEach((item, i) => {
        if (isOpaque(item)) return;
        if (typeof item !== 'string' || item.length < 1 || item.length > maxLength)
          report({
            message: `${typeof who === 'string' ? who : actionLabel(who)}: ${field} item ${i + 1} must be 1-${maxLength} characters.`,
            path: at(path, i),
          });
      });
    };
    for (const action of index.actions) {
      // fits() first: the common case builds no path.
      if (!fits(action.commands, 50, 1000))
        sized(action.commands, at(action.path, 'commands'), action, 'commands', 50, 1000);
      if (!fits(action.outputVariables, 15, 128))
        sized(action.outputVariables, at(action.path, 'outputVariables'), action, 'outputVariables', 15, 128);
      // Only actions with outputs can declare output files (action.outputs is empty otherwise).
      const outputs = list(action.outputs.length > 0 ? action.raw.outputArtifacts : undefined);
      for (let i = 0; i < outputs.length; i++) {
        const files = record(outputs[i])?.files;
        if (!fits(files, 10, 128))
          sized(files, at(action.path, 'outputArtifacts', i, 'files'), action, 'files', 10, 128);
      }
      if (
        action.category === 'Compute' &&
        action.owner === 'AWS' &&
        action.provider === 'Commands' &&
        action.commands === undefined
      )
        report({
          message: `${actionLabel(action)} is a Commands action without commands.`,
          path: at(action.path, 'commands'),
          fix: {
            title: 'Add a commands list',
            edit: { kind: 'setField', path: at(action.path, 'commands'), value: ['echo "replace me"'] },
          },
        });
    }
    for (const stage of index.stages)
      for (const rule of conditionRulesOf(stage))
        sized(
          rule.raw.commands,
          at(rule.path, 'commands'),
          `Rule ${q(rule.raw.name)} of stage ${q(stage.name)}`,
          'commands',
          50,
          1000,
        );
  },
};
