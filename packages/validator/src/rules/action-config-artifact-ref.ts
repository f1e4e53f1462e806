import { holdsVariableReference } from '@pipewright/model';
import { byType, type ActionEntry } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { at, q, text } from '../values.js';

type Form = 'name' | 'prefix';
/** Configuration keys whose value names (or, as `Artifact::file`, starts with) an input artifact of the action. */
const REFS: Record<string, Record<string, Form>> = {
  'Build/AWS/CodeBuild': { PrimarySource: 'name' },
  'Test/AWS/CodeBuild': { PrimarySource: 'name' },
  'Deploy/AWS/CloudFormation': { TemplatePath: 'prefix', TemplateConfiguration: 'prefix' },
  'Deploy/AWS/CloudFormationStackSet': { TemplatePath: 'prefix', Parameters: 'prefix', DeploymentTargets: 'prefix' },
  'Deploy/AWS/CodeDeployToECS': {
    TaskDefinitionTemplateArtifact: 'name',
    AppSpecTemplateArtifact: 'name',
    Image1ArtifactName: 'name',
    Image2ArtifactName: 'name',
    Image3ArtifactName: 'name',
    Image4ArtifactName: 'name',
  },
};

/** True when `value.slice(0, end)` is the name of one of the action's inputs. */
function namesAnInput(action: ActionEntry, value: string, end: number): boolean {
  for (const input of action.inputs)
    if (input.name !== undefined && input.name.length === end && value.startsWith(input.name)) return true;
  return false;
}

function inputNames(action: ActionEntry): string[] {
  return action.inputs.map((i) => i.name).filter((n): n is string => n !== undefined);
}

export const actionConfigArtifactRef: RuleModule = {
  id: 'action-config-artifact-ref',
  severity: 'error',
  scope: 'stage',
  description: "Configuration values that name an input artifact name one of the action's inputs.",
  docs: {
    what:
      'Checks configuration values that must name an input artifact of the same action: CodeBuild `PrimarySource`; ' +
      'CloudFormation `TemplatePath` and `TemplateConfiguration` (`ArtifactName::file`); StackSet `TemplatePath`, ' +
      '`Parameters`, `DeploymentTargets` in their file form; CodeDeployToECS `TaskDefinitionTemplateArtifact`, ' +
      '`AppSpecTemplateArtifact` and `Image<n>ArtifactName`. Also: Step Functions `InputType` FilePath needs an input artifact.',
    why: 'The action looks for the file in that artifact; naming an artifact it does not receive fails the action.',
    fix: "Use the name of one of the action's input artifacts, or add the artifact as an input.",
    rules: ['R46'],
    sources: [
      'DOC CodeBuild PrimarySource',
      'DOC22 CloudFormation TemplatePath',
      'cfn-lint E3703',
      'DOC StackSets',
      'DOC CodeDeployToECS',
      'DOC StepFunctions',
    ],
    notes:
      'StackSet `Parameters` and `DeploymentTargets` also accept literal values; only the `Artifact::file` form is checked. Values with `#{...}` are skipped.',
  },
  check({ index, report }) {
    const refsOf = byType(REFS);
    for (const action of index.actions) {
      const config = action.configuration;
      if (!config) continue;
      const refs = refsOf(action.spec);
      if (refs) {
        for (const key in refs) {
          const value = text(config[key]);
          if (value === undefined || holdsVariableReference(value)) continue;
          const form = refs[key]!;
          // Compared in place: slicing out the name would allocate for every action.
          const end = form === 'name' ? value.length : value.indexOf('::');
          if (end < 0 || namesAnInput(action, value, end)) continue;
          const artifact = value.slice(0, end);
          report({
            message: `Action ${q(action.name)}: ${key} names artifact ${q(artifact)}, which is not one of its input artifacts [${inputNames(action).join(', ')}].`,
            path: at(action.path, 'configuration', key),
          });
        }
      }
      if (action.provider === 'StepFunctions' && text(config.InputType) === 'FilePath' && action.inputs.length === 0)
        report({
          message: `Action ${q(action.name)}: InputType FilePath reads the input from an artifact, but the action has no input artifact.`,
          path: at(action.path, 'configuration', 'InputType'),
        });
    }
  },
};
