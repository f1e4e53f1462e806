import type { RuleModule } from '../types.js';
import { q } from '../values.js';

export const artifactInputProduced: RuleModule = {
  id: 'artifact-input-produced',
  severity: 'error',
  completeness: 'whole',
  description: 'Every input artifact is produced by some action of the pipeline.',
  docs: {
    what: 'Reports an input artifact whose name no action declares as an output (a dangling input).',
    why:
      'CodePipeline rejects it: "The input artifact of an action must exactly match the output artifact declared in a ' +
      'preceding action".',
    fix: 'Correct the name (names are case-sensitive) or add the action that produces it.',
    rules: ['R43'],
    sources: ['API InputArtifact', 'DOC action-requirements', 'CDK validateArtifacts', 'cfn-lint E3701'],
    notes: 'An artifact that is produced, but too late, is `artifact-input-order`.',
  },
  check({ index, report }) {
    for (const action of index.actions) {
      for (const ref of action.inputs) {
        if (ref.name === undefined || ref.producers) continue;
        report({
          message: `Action ${q(action.name)} in stage ${q(action.stageName)} uses input artifact ${q(ref.name)}, which no action produces.`,
          path: ref.path,
        });
      }
    }
  },
};
