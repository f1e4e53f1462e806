import type { RuleModule } from '../types.js';
import { q } from '../values.js';

export const pipelineVariableInSource: RuleModule = {
  id: 'pipeline-variable-in-source',
  severity: 'error',
  scope: 'stage',
  description: 'Source actions do not use pipeline-level variables.',
  docs: {
    what: 'Reports `#{variables.x}` in the configuration of a source action.',
    why: 'AWS: "using pipeline-level variables in any kind of Source action is not supported".',
    fix: 'Write the value literally in the source action, or use the variable in a later action.',
    rules: ['R53'],
    sources: ['DOC pipeline-level variables'],
  },
  check({ index, report }) {
    for (const action of index.actions) {
      if (action.category !== 'Source') continue;
      for (const ref of action.variableRefs)
        if (ref.namespace === 'variables')
          report({
            message: `Source action ${q(action.name)} uses pipeline variable ${ref.text}; source actions cannot.`,
            path: ref.path,
          });
    }
  },
};
