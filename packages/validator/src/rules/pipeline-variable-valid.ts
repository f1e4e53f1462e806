import { isOpaque } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { at, list, q, record, text } from '../values.js';

export const pipelineVariableValid: RuleModule = {
  id: 'pipeline-variable-valid',
  severity: 'error',
  scope: 'stage',
  description:
    'Pipeline variables are at most 50, uniquely named, with a default of 1-1000 and a description of at most 200 characters.',
  docs: {
    what: 'Checks the `variables` list: at most 50 entries, names unique, `defaultValue` 1-1000 characters, `description` at most 200.',
    why: 'The API bounds these fields; CDK rejects duplicate variable names.',
    fix: 'Rename duplicates, drop an empty default (omit the field), shorten long descriptions.',
    rules: ['R11', 'R23'],
    sources: [
      'API PipelineVariableDeclaration',
      'CDK VariableDuplicateNameAdded/MustBeDefaultValueVariable/DescriptionVariableGreaterThan',
    ],
    notes: 'Name characters and length are checked by `name-pattern`.',
  },
  check({ pipeline, report }) {
    const value = record(pipeline)?.variables;
    if (value === undefined || isOpaque(value)) return;
    const variables = list(value);
    if (variables.length > 50)
      report({ message: `Pipeline declares ${variables.length} variables; at most 50.`, path: '/variables' });
    const seen = new Map<string, string>();
    variables.forEach((v, i) => {
      const variable = record(v) ?? {};
      const base = at('/variables', i);
      const name = text(variable.name);
      if (name !== undefined) {
        const earlier = seen.get(name);
        if (earlier)
          report({
            message: `Pipeline variable ${q(name)} is declared twice.`,
            path: at(base, 'name'),
            related: [earlier],
          });
        else seen.set(name, at(base, 'name'));
      }
      const def = variable.defaultValue;
      if (def !== undefined && !isOpaque(def) && (typeof def !== 'string' || def.length < 1 || def.length > 1000))
        report({
          message: `Default value of variable ${q(name)} must be 1-1000 characters (omit it to make the variable required).`,
          path: at(base, 'defaultValue'),
        });
      const description = variable.description;
      if (
        description !== undefined &&
        !isOpaque(description) &&
        (typeof description !== 'string' || description.length > 200)
      )
        report({
          message: `Description of variable ${q(name)} must be at most 200 characters.`,
          path: at(base, 'description'),
        });
    });
  },
};
