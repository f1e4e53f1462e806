import { firstRunningBefore } from '@pipewright/model';
import { actionLabel } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { q } from '../values.js';

export const variableNamespaceDefined: RuleModule = {
  id: 'variable-namespace-defined',
  severity: 'error',
  completeness: 'whole',
  description: '#{ns.key} references a namespace of an action that runs earlier, or variables / codepipeline.',
  docs: {
    what:
      'Checks every `#{namespace.key}` reference in action configuration, environment variable values and commands: ' +
      'the reference has the form `#{ns.key}`, and ns is `codepipeline`, `variables`, or the namespace of an action ' +
      'that runs earlier (an earlier stage, or the same stage with a lower run order).',
    why:
      'AWS: "the referencing action must occur after the action that produces the variables"; a reference to an ' +
      'unknown or later namespace fails the execution.',
    fix: "Set the producing action's namespace, correct the spelling (namespaces are case-sensitive), or move the consumer later.",
    rules: ['R49', 'R51'],
    sources: ['DOC reference-variables (Rules for variables)', 'CDK GlobalVariables/Variable.reference()'],
    notes:
      'CDK also renders `#{rule.<name>}`; no AWS page read documents it, so it is reported like any unknown namespace.',
  },
  check({ index, report }) {
    for (const action of index.actions) {
      for (const ref of action.variableRefs) {
        if (ref.namespace === '' || ref.key === '') {
          report({
            message: `${actionLabel(action)} references ${ref.text}, which is not of the form #{namespace.key}.`,
            path: ref.path,
          });
          continue;
        }
        if (ref.namespace === 'codepipeline' || ref.namespace === 'variables') continue;
        const producers = ref.producers;
        if (!producers) {
          report({
            message: `${actionLabel(action)} references ${ref.text}, but no action has namespace ${q(ref.namespace)}.`,
            path: ref.path,
          });
        } else if (!firstRunningBefore(producers, action)) {
          report({
            message: `${actionLabel(action)} references ${ref.text}, but action ${q(producers[0]!.name)} with that namespace does not run before it.`,
            path: ref.path,
            related: [`${producers[0]!.path}/namespace`],
          });
        }
      }
    }
  },
};
