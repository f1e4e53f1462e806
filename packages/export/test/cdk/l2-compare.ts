/*
 * What an L2 `codepipeline.Pipeline` adds by design to the pipeline resource, undone before its
 * synthesized template is compared with the CloudFormation export (after `comparableSynth`).
 * Each is counted, so the test can list the differences it allowed:
 *
 * - `generated-role`: without a RoleArn in the design, L2 creates the pipeline's role and its
 *   policy (`AWS::IAM::Role`, `AWS::IAM::Policy`), points `RoleArn` at it and makes the
 *   pipeline depend on them.
 * - `default-run-order`: L2 writes `RunOrder: 1` on an action that leaves it unset (the
 *   service's default).
 * - `default-pipeline-type`: L2 writes a `PipelineType` when the design has none (V1 or V2
 *   by aws-cdk-lib's feature flag), and with V2 an `ExecutionMode`/`Triggers` default.
 * - `empty-artifact-list`: L2 leaves out an action's `InputArtifacts: []` or
 *   `OutputArtifacts: []` (the same as none to CodePipeline).
 */

export type L2Difference = 'generated-role' | 'default-run-order' | 'default-pipeline-type' | 'empty-artifact-list';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Resource {
  Type: string;
  Properties?: Record<string, unknown>;
  DependsOn?: unknown;
}

/**
 * The synthesized L2 `template` brought to the CloudFormation export's form (`expected`),
 * with the differences it took out.
 */
export function undoL2Additions(
  template: Record<string, unknown>,
  expected: Record<string, unknown>,
): { template: Record<string, unknown>; differences: Set<L2Difference> } {
  const differences = new Set<L2Difference>();
  const out = structuredClone(template);
  const resources = (isRecord(out['Resources']) ? out['Resources'] : {}) as Record<string, Resource>;
  const want = (isRecord(expected['Resources']) ? expected['Resources'] : {}) as Record<string, Resource>;
  for (const [id, resource] of Object.entries(resources)) {
    const source = want[id];
    if (!source && (resource.Type === 'AWS::IAM::Role' || resource.Type === 'AWS::IAM::Policy')) {
      delete resources[id];
      differences.add('generated-role');
      continue;
    }
    if (resource.Type !== 'AWS::CodePipeline::Pipeline' || !source) continue;
    const props = resource.Properties ?? {};
    const sourceProps = source.Properties ?? {};
    if (!Object.hasOwn(sourceProps, 'RoleArn') || isGeneratedRole(props['RoleArn'], want)) {
      if (props['RoleArn'] !== undefined && !Object.hasOwn(sourceProps, 'RoleArn')) {
        delete props['RoleArn'];
        differences.add('generated-role');
      }
    }
    if (resource.DependsOn !== undefined && source.DependsOn === undefined) {
      delete resource.DependsOn;
      differences.add('generated-role');
    }
    if (!Object.hasOwn(sourceProps, 'PipelineType') && props['PipelineType'] !== undefined) {
      delete props['PipelineType'];
      differences.add('default-pipeline-type');
      for (const k of ['ExecutionMode', 'Triggers'])
        if (!Object.hasOwn(sourceProps, k) && props[k] !== undefined) delete props[k];
    }
    const stages = Array.isArray(props['Stages']) ? props['Stages'] : [];
    const sourceStages = Array.isArray(sourceProps['Stages']) ? sourceProps['Stages'] : [];
    stages.forEach((stage: unknown, s) => {
      const actions = isRecord(stage) && Array.isArray(stage['Actions']) ? stage['Actions'] : [];
      const sourceStage: unknown = sourceStages[s];
      const sourceActions =
        isRecord(sourceStage) && Array.isArray(sourceStage['Actions']) ? sourceStage['Actions'] : [];
      actions.forEach((action: unknown, a) => {
        const sourceAction: unknown = sourceActions[a];
        if (
          isRecord(action) &&
          isRecord(sourceAction) &&
          !Object.hasOwn(sourceAction, 'RunOrder') &&
          (action['RunOrder'] === 1 || action['RunOrder'] === '1')
        ) {
          delete action['RunOrder'];
          differences.add('default-run-order');
        }
        if (isRecord(action) && isRecord(sourceAction)) {
          for (const list of ['InputArtifacts', 'OutputArtifacts']) {
            const want: unknown = sourceAction[list];
            if (Array.isArray(want) && want.length === 0 && action[list] === undefined) {
              action[list] = [];
              differences.add('empty-artifact-list');
            }
          }
        }
      });
    });
  }
  return { template: out, differences };
}

function isGeneratedRole(value: unknown, want: Record<string, Resource>): boolean {
  if (!isRecord(value) || !Array.isArray(value['Fn::GetAtt'])) return false;
  const target: unknown = value['Fn::GetAtt'][0];
  return typeof target === 'string' && !Object.hasOwn(want, target);
}
