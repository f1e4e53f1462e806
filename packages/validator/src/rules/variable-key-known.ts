import { firstRunningBefore } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { list, q, text } from '../values.js';

const EXECUTION_VARIABLES = ['PipelineExecutionId'];
const CFN_MODES_WITH_VARIABLES = ['CREATE_UPDATE', 'CHANGE_SET_EXECUTE', 'CHANGE_SET_REPLACE', 'REPLACE_ON_FAILURE'];

export const variableKeyKnown: RuleModule = {
  id: 'variable-key-known',
  severity: 'warning',
  description: '#{ns.key} uses a key the producing action emits.',
  docs: {
    what:
      'For a reference to an action namespace, checks the key against the variables the producer emits (e.g. S3 ' +
      'source: ETag, VersionId). Producers with user-defined keys (CodeBuild, CloudFormation, Lambda invoke) accept any ' +
      'key; the Commands action accepts the keys listed in its `outputVariables`; CloudFormation in DELETE_ONLY mode ' +
      'emits none. For `codepipeline`, the documented key is PipelineExecutionId.',
    why: 'An unknown key resolves to nothing and fails the execution; keys are case-sensitive.',
    fix: 'Use one of the keys listed in the message, or export the variable from the producer.',
    rules: ['R52'],
    sources: [
      'DOC reference-variables',
      'action-providers.json outputVariables/dynamicOutputVariables',
      'CDK Commands outputVariables',
    ],
    notes:
      'Unknown and custom producers are skipped. A warning, not an error: the catalogue may lag behind new variables.',
  },
  check({ index, report }) {
    for (const action of index.actions) {
      for (const ref of action.variableRefs) {
        if (ref.key === '' || ref.namespace === 'variables') continue;
        if (ref.namespace === 'codepipeline') {
          if (!EXECUTION_VARIABLES.includes(ref.key))
            report({
              message: `Action ${q(action.name)} references ${ref.text}; the codepipeline namespace documents only ${EXECUTION_VARIABLES.join(', ')}.`,
              path: ref.path,
            });
          continue;
        }
        const producers = ref.producers;
        const producer = producers && firstRunningBefore(producers, action);
        const spec = producer?.spec;
        if (!producer || !spec || producer.owner === 'Custom') continue;
        let keys: readonly unknown[] | undefined = spec.outputVariables;
        if (producer.provider === 'Commands') keys = list(producer.outputVariables);
        else if (
          producer.provider === 'CloudFormation' &&
          !CFN_MODES_WITH_VARIABLES.includes(text(producer.configuration?.ActionMode) ?? 'CREATE_UPDATE')
        )
          keys = [];
        else if (spec.dynamicOutputVariables) keys = undefined;
        if (!keys || keys.includes(ref.key)) continue;
        report({
          message: `Action ${q(action.name)} references ${ref.text}, but action ${q(producer.name)} (${producer.provider}) emits ${keys.length ? keys.map((k) => text(k) ?? '').join(', ') : 'no variables'}.`,
          path: ref.path,
          related: [`${producer.path}/namespace`],
        });
      }
    }
  },
};
