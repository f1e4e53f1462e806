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
 * - `generated-event-rule`: `EcrSourceAction` always creates the EventBridge rule that starts
 *   the pipeline on a push (`AWS::Events::Rule`, and the events role `generated-role` counts).
 * - `name-from-arn`: `LambdaInvokeAction` and `EcsDeployAction` write the names of the
 *   imported function, cluster and service as they read them back from the ARN the import
 *   formats (`Fn::Select` of `Fn::Split` of it); the judge evaluates those selects over the
 *   ARN's pieces and takes the result when it is the name the design gives.
 * - `default-poll-for-source-changes`: `CodeCommitSourceAction` always writes
 *   PollForSourceChanges; where the design leaves it out (CodePipeline's default, true) it is
 *   the POLL trigger's `true`.
 * - `environment-variables-json`: `CodeBuildAction` writes the `EnvironmentVariables` JSON
 *   itself (keys in name/type/value order, `PLAINTEXT` spelled out where the design leaves the
 *   type to its default); the judge compares the parsed variables.
 * - `generated-lambda-permission`: `LambdaInvokeAction` grants the pipeline's role invoke; an
 *   imported immutable role takes no policy, so L2 writes the grant on the function
 *   (`AWS::Lambda::Permission`).
 */

export type L2Difference =
  | 'generated-role'
  | 'default-run-order'
  | 'default-pipeline-type'
  | 'empty-artifact-list'
  | 'generated-event-rule'
  | 'generated-lambda-permission'
  | 'name-from-arn'
  | 'environment-variables-json'
  | 'default-poll-for-source-changes';

/** CodeBuild environment variables as data: each `{ name, type, value }`, the type defaulted. */
function parsedVariables(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const list: unknown = JSON.parse(text);
    if (!Array.isArray(list)) return undefined;
    return JSON.stringify(
      list.map((v: unknown) =>
        isRecord(v) ? { name: v['name'], type: v['type'] ?? 'PLAINTEXT', value: v['value'] } : v,
      ),
    );
  } catch {
    return undefined;
  }
}

/** A string as literal pieces and opaque values (a `Ref`...), for evaluating selects over it. */
type Piece = string | { value: unknown };

function pieces(value: unknown): Piece[] | undefined {
  if (typeof value === 'string') return [value];
  if (!isRecord(value)) return undefined;
  if (Array.isArray(value['Fn::Join'])) {
    const [glue, parts] = value['Fn::Join'] as unknown[];
    if (typeof glue !== 'string' || !Array.isArray(parts)) return undefined;
    const out: Piece[] = [];
    for (const [i, part] of parts.entries()) {
      const p = pieces(part);
      if (!p) return undefined;
      if (i > 0) out.push(glue);
      out.push(...p);
    }
    return out;
  }
  if (Array.isArray(value['Fn::Select'])) {
    const [index, list] = value['Fn::Select'] as unknown[];
    const parts = isRecord(list) ? splitPieces(list) : undefined;
    return parts?.[Number(index)];
  }
  return Object.keys(value).length === 1 ? [{ value }] : undefined;
}

/** `Fn::Split` over pieces: only literal pieces are split; an opaque value stays in its part. */
function splitPieces(value: Record<string, unknown>): Piece[][] | undefined {
  if (!Array.isArray(value['Fn::Split'])) return undefined;
  const [delimiter, source] = value['Fn::Split'] as unknown[];
  const input = pieces(source);
  if (typeof delimiter !== 'string' || delimiter === '' || !input) return undefined;
  const parts: Piece[][] = [[]];
  for (const piece of input) {
    if (typeof piece !== 'string') {
      parts[parts.length - 1]!.push(piece);
      continue;
    }
    piece.split(delimiter).forEach((text, i) => {
      if (i > 0) parts.push([]);
      if (text !== '') parts[parts.length - 1]!.push(text);
    });
  }
  return parts;
}

/** The value of an `Fn::Select` over a split ARN (a literal, or the one opaque value), or undefined. */
function selectedValue(value: unknown): unknown {
  if (!isRecord(value) || !Array.isArray(value['Fn::Select'])) return undefined;
  const selected = pieces(value);
  if (!selected) return undefined;
  if (selected.every((p) => typeof p === 'string')) return selected.join('');
  return selected.length === 1 ? (selected[0] as { value: unknown }).value : undefined;
}

/** Resources L2 adds beside the pipeline (not in the CloudFormation export), by type. */
const GENERATED: Record<string, L2Difference> = {
  'AWS::IAM::Role': 'generated-role',
  'AWS::IAM::Policy': 'generated-role',
  'AWS::Events::Rule': 'generated-event-rule',
  'AWS::Lambda::Permission': 'generated-lambda-permission',
};

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
    const generated = GENERATED[resource.Type];
    if (!source && generated) {
      delete resources[id];
      differences.add(generated);
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
        if (isRecord(action) && isRecord(sourceAction) && isRecord(action['Configuration'])) {
          const config = action['Configuration'];
          const sourceConfig = isRecord(sourceAction['Configuration']) ? sourceAction['Configuration'] : {};
          for (const key of ['FunctionName', 'ClusterName', 'ServiceName']) {
            const name = selectedValue(config[key]);
            if (name !== undefined && JSON.stringify(name) === JSON.stringify(sourceConfig[key])) {
              config[key] = name;
              differences.add('name-from-arn');
            }
          }
          const provider = isRecord(action['ActionTypeId']) ? action['ActionTypeId']['Provider'] : undefined;
          if (
            provider === 'CodeCommit' &&
            !Object.hasOwn(sourceConfig, 'PollForSourceChanges') &&
            String(config['PollForSourceChanges']) === 'true'
          ) {
            delete config['PollForSourceChanges'];
            differences.add('default-poll-for-source-changes');
          }
          const declared = sourceConfig['EnvironmentVariables'];
          const written = config['EnvironmentVariables'];
          if (written !== declared && parsedVariables(written) !== undefined) {
            if (parsedVariables(written) === parsedVariables(declared)) {
              config['EnvironmentVariables'] = declared;
              differences.add('environment-variables-json');
            }
          }
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
