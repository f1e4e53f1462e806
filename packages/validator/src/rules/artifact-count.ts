import { isOpaque } from '@pipewright/model';
import type { ActionEntry } from '../pipeline-index.js';
import type { Report, RuleModule } from '../types.js';
import { at, q } from '../values.js';

function typeLabel(a: ActionEntry): string {
  return `${a.category}/${a.owner}/${a.provider}`;
}

export const artifactCount: RuleModule = {
  id: 'artifact-count',
  severity: 'error',
  description: "Input and output artifact counts are within the provider's bounds.",
  docs: {
    what:
      'Compares the number of input and output artifacts of each action with the bounds of its provider in the ' +
      'catalogue (e.g. CodeBuild 1-5 inputs, 0-5 outputs; source actions 0 inputs and 1 output). Unknown action types ' +
      'and opaque lists are skipped.',
    why: 'CodePipeline rejects an action whose artifact counts its action type does not accept.',
    fix: 'Add the missing artifacts or remove the extra ones.',
    rules: ['R44'],
    sources: [
      'action-providers.json (catalogue)',
      'DOC reference-action-artifacts',
      'CDK ArtifactBounds',
      'cfn-lint E3702',
    ],
    notes:
      'Sources disagree on a few bounds (StackInstances inputs DOC 0-2 vs CDK 0-3, AlexaSkillsKit inputs DOC/CDK 1-2 vs ' +
      'cfn-lint 0-2, InspectorScan inputs DOC 1 vs CDK 0-1); the catalogue records the choice and its sources.',
  },
  check({ index, report }) {
    for (const action of index.actions) {
      const spec = action.spec;
      if (!spec) continue;
      const sides = [
        ['inputArtifacts', 'input', action.inputs.length, spec.inputArtifacts],
        ['outputArtifacts', 'output', action.outputs.length, spec.outputArtifacts],
      ] as const;
      for (const [field, label, count, bounds] of sides) {
        if (isOpaque(action.raw[field])) continue;
        let d: Report | undefined;
        if (count < bounds.min)
          d = {
            message: `Action ${q(action.name)} (${typeLabel(action)}) has ${count} ${label} artifacts; it needs at least ${bounds.min}.`,
            path: action.raw[field] === undefined ? action.path : at(action.path, field),
          };
        else if (count > bounds.max)
          d = {
            message: `Action ${q(action.name)} (${typeLabel(action)}) has ${count} ${label} artifacts; at most ${bounds.max} are allowed.`,
            path: at(action.path, field, bounds.max),
          };
        if (d) report(d);
      }
    }
  },
};
