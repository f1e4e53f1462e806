import type { RuleModule } from '../types.js';
import { at, list, q, record } from '../values.js';

export const pipelineVariableDefault: RuleModule = {
  id: 'pipeline-variable-default',
  severity: 'warning',
  scope: 'stage',
  description: 'Pipeline variables have a default value.',
  docs: {
    what: 'Reports a pipeline variable without `defaultValue`.',
    why:
      'AWS: "If a default value is not defined for a variable at pipeline level, the variable is considered as required" ' +
      '- every start (including automatic ones from source changes) must supply it, "otherwise the pipeline execution will fail".',
    fix: 'Give the variable a default value, or make sure every start passes it.',
    rules: ['R53'],
    sources: ['DOC pipeline-level variables'],
  },
  check({ pipeline, report }) {
    list(record(pipeline)?.variables).forEach((v, i) => {
      const variable = record(v);
      if (variable && variable.defaultValue === undefined)
        report({
          message: `Pipeline variable ${q(variable.name)} has no default value, so every execution must supply it.`,
          path: at('/variables', i),
        });
    });
  },
};
