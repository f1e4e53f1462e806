import type { RuleModule } from '../types.js';
import { list, q, record } from '../values.js';

export const pipelineVariableDeclared: RuleModule = {
  id: 'pipeline-variable-declared',
  severity: 'error',
  description: '#{variables.x} references a declared pipeline variable.',
  docs: {
    what: 'Reports `#{variables.x}` in an action when the pipeline declares no variable named x.',
    why: 'The reference cannot resolve, so the execution fails.',
    fix: 'Declare the variable under `variables` (the fix adds it), or correct the name (names are case-sensitive).',
    rules: ['R53'],
    sources: ['DOC reference-variables (pipeline-level variables)', 'CDK Variable.reference()'],
    notes: 'rules.md marks this as an inference: a reference to an undeclared variable is an error.',
  },
  check({ pipeline, index, report }) {
    const declared = list(record(pipeline)?.variables);
    const added = new Set<string>();
    for (const action of index.actions) {
      for (const ref of action.variableRefs) {
        if (ref.namespace !== 'variables' || ref.key === '' || index.variableNames.has(ref.key)) continue;
        const fix = added.has(ref.key)
          ? undefined
          : {
              title: `Declare pipeline variable '${ref.key}'`,
              edit: { kind: 'setField' as const, path: '/variables', value: [...declared, { name: ref.key }] },
            };
        added.add(ref.key);
        report({
          message: `Action ${q(action.name)} in stage ${q(action.stageName)} references ${ref.text}, but the pipeline declares no variable ${q(ref.key)}.`,
          path: ref.path,
          ...(fix && { fix }),
        });
      }
    }
  },
};
