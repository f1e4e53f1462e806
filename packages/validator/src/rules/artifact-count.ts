import { isOpaque } from '@pipewright/model';
import type { ActionEntry } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';

type Bounds = { min: number; max: number };
import { at, q } from '../values.js';

function typeLabel(a: ActionEntry): string {
  return `${a.category}/${a.owner}/${a.provider}`;
}

export const artifactCount: RuleModule = {
  id: 'artifact-count',
  severity: 'error',
  scope: 'stage',
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
    const side = (action: ActionEntry, field: 'inputArtifacts' | 'outputArtifacts', count: number, bounds: Bounds) => {
      if (count >= bounds.min && count <= bounds.max) return; // the common case
      if (isOpaque(action.raw[field])) return;
      const label = field === 'inputArtifacts' ? 'input' : 'output';
      if (count < bounds.min)
        report({
          message: `Action ${q(action.name)} (${typeLabel(action)}) has ${count} ${label} artifacts; it needs at least ${bounds.min}.`,
          path: action.raw[field] === undefined ? action.path : at(action.path, field),
        });
      else
        report({
          message: `Action ${q(action.name)} (${typeLabel(action)}) has ${count} ${label} artifacts; at most ${bounds.max} are allowed.`,
          path: at(action.path, field, bounds.max),
        });
    };
    for (const action of index.actions) {
      const spec = action.spec;
      if (!spec) continue;
      side(action, 'inputArtifacts', action.inputs.length, spec.inputArtifacts);
      side(action, 'outputArtifacts', action.outputs.length, spec.outputArtifacts);
    }
  },
};
