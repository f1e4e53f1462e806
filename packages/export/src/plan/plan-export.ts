import { literal, type Pipeline } from '@pipewright/model';
import type { ExportOptions, ExportPlan, ExportTarget, ExportWarning, MonitoringPlan } from '../types.js';
import { pascalIdentifier, snakeIdentifier } from './names.js';
import { planExpressions, placeholderText } from './expressions.js';
import { maskedSecretWarnings } from './masked.js';
import { resolveOpaque } from './opaque.js';
import { moveStoreRegion } from './store-region.js';
import { planStructure } from './structure.js';
import { cloneData, isPlainObject, setOwn } from './own.js';
import { segmentsOf } from './pointer.js';
import { planPlaceholders, planSecrets, secretPlaceholder } from './secrets.js';

export interface PlanOptions extends ExportOptions {
  target: ExportTarget;
}

/** Writes `value` at `pointer` inside `root` (every step must exist). */
function replaceAt(root: unknown, pointer: string, value: unknown): void {
  const segments = segmentsOf(pointer);
  const last = segments.pop();
  let node: unknown = root;
  for (const s of segments)
    node = isPlainObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[s] : undefined;
  if (last !== undefined && isPlainObject(node)) setOwn(node, last, value);
}

function extrasWarnings(options: PlanOptions, pipeline: Pipeline): ExportWarning[] {
  const extras = options.extras;
  if (!extras) return [];
  const sameFamily =
    // The CDK export writes the source template's other parts as L1 constructs.
    (extras.kind === 'cloudformation' && ['cloudformation', 'cloudformation-json', 'cdk'].includes(options.target)) ||
    (extras.kind === 'terraform' && ['terraform', 'terraform-json'].includes(options.target)) ||
    (extras.kind === 'json' && options.target === 'json');
  if (sameFamily) return [];
  if (extras.kind === 'cloudformation') {
    // Patches that only keep the source's spelling of a value (`whenValue`) lose nothing here.
    // A template without a Name: the model holds the logical id instead (the patch deletes it again for CloudFormation).
    const unnamed =
      pipeline.name === extras.logicalId &&
      extras.patches.some((p) => p.op === 'delete' && p.path.length === 1 && p.path[0] === 'Name');
    const lostPatches = extras.patches.filter(
      (p) => (p.op !== 'set' || p.whenValue === undefined) && !(p.op === 'delete' && p.path[0] === 'Name'),
    );
    const lost = lostPatches.map((p) => p.path.join('.'));
    // A store the model could not hold (a Region given by an intrinsic) leaves the target without one: say so there.
    const storeLost = lostPatches.some((p) => p.path[0] === 'ArtifactStore' || p.path[0] === 'ArtifactStores');
    const store: ExportWarning[] = storeLost
      ? [
          {
            code: 'artifact-store-lost',
            // A pipeline without an artifact store is no valid pipeline: never written silently.
            severity: 'error',
            message: `The artifact store is a CloudFormation expression the pipeline model cannot hold (an intrinsic Region or store): the ${options.target} export has no artifact store; add one before deploying.`,
            path: '/artifactStore',
          },
        ]
      : [];
    const name: ExportWarning[] = unnamed
      ? [
          {
            code: 'name-from-logical-id',
            message: `The template gives the pipeline no Name, so CloudFormation would generate one when it creates the stack; ${options.target} needs a name: this export names the pipeline ${JSON.stringify(extras.logicalId)}, after its logical id. Rename it if another name is meant.`,
            path: '/name',
          },
        ]
      : [];
    return [
      ...name,
      ...store,
      {
        code: 'import-extras-dropped',
        message: `What the pipeline model cannot hold is not written to ${options.target}: the resource attributes, the rest of the template${
          lost.length > 0 ? ` and Properties ${lost.join(', ')}` : ''
        }.`,
      },
    ];
  }
  if (extras.kind === 'terraform') {
    // Name each argument or block left aside, by the model object whose block held it.
    const lost = Object.entries(extras.kept).flatMap(([pointer, bucket]) =>
      Object.keys(bucket).map((key) => `${key === 'dynamic' ? 'dynamic blocks' : key} at ${pointer || 'the resource'}`),
    );
    if (lost.length === 0) return [];
    return [
      {
        code: 'import-extras-dropped',
        message: `What the pipeline model cannot hold is not written to ${options.target}: ${lost.join(', ')}.`,
      },
    ];
  }
  return [
    {
      code: 'import-extras-dropped',
      message: `Parts of the ${extras.kind} source that the pipeline model cannot hold are not written to ${options.target}.`,
    },
  ];
}

/** The source's own name for the resource: a CloudFormation logical id or a Terraform label. */
function sourceResourceName(extras: PlanOptions['extras']): string | undefined {
  if (extras?.kind === 'cloudformation') return extras.logicalId;
  if (extras?.kind === 'terraform') return extras.label;
  return undefined;
}

/**
 * Builds the target-neutral intermediate form: secrets lifted, foreign opaque values replaced,
 * names derived, monitoring planned. Pure; never throws on a schema-valid pipeline.
 */
export function planExport(pipeline: Pipeline, options: PlanOptions): ExportPlan {
  const source = cloneData(pipeline);
  const taken = new Set<string>();
  // Structure first: the passes below record pointers into what is written, so a stage the
  // target leaves out (a Terraform dynamic block over a list) must be gone before they run.
  const structure = planStructure(source, options.target, taken, options.extras);
  const shaped = structure.pipeline;
  const lifted = options.target === 'json' ? { secrets: [], warnings: [] } : planSecrets(shaped, taken);
  const placeholders = planPlaceholders(shaped, taken, new Set(lifted.secrets.map((s) => s.path)));
  const withSecrets = cloneData(shaped);
  for (const secret of lifted.secrets) replaceAt(withSecrets, secret.path, secretPlaceholder(secret.paramName));
  const expressions = planExpressions(shaped, options.target, taken);
  for (const value of expressions.values)
    replaceAt(withSecrets, value.path, placeholderText(value, expressions.params));
  const storeWarnings = moveStoreRegion(withSecrets, options.target);
  const resolved = resolveOpaque(withSecrets, options.target);
  const emitted = resolved.value as Pipeline;

  const name = options.resourceName ?? sourceResourceName(options.extras) ?? literal(pipeline.name) ?? '';
  const resourceName = pascalIdentifier(name, 'Pipeline');
  const resourceLabel = snakeIdentifier(name, 'pipeline');

  const monitoring: MonitoringPlan | undefined = options.monitoring
    ? {
        resourceName: `${resourceName}ExecutionStateChangeRule`,
        eventPattern: {
          source: ['aws.codepipeline'],
          'detail-type': ['CodePipeline Pipeline Execution State Change'],
          detail: { pipeline: [emitted.name] },
        },
      }
    : undefined;

  const warnings: ExportWarning[] = [
    ...lifted.warnings,
    ...maskedSecretWarnings(source, options.target, lifted.secrets),
    ...expressions.warnings,
    ...storeWarnings,
    ...resolved.warnings,
    ...structure.warnings,
    ...extrasWarnings(options, source),
  ];
  if (options.target === 'json') {
    // The API takes no parameters: the values stay as they are, and the user is told.
    for (const p of placeholders) {
      warnings.push({
        code: 'placeholder-left',
        message: `${p.value} is a template placeholder: replace it before running create-pipeline.`,
        path: p.path,
      });
    }
  }
  if (options.monitoring && options.target === 'json') {
    warnings.push({
      code: 'monitoring-unsupported',
      message: 'The create-pipeline JSON holds only the pipeline: the EventBridge monitoring rule is not part of it.',
    });
  }

  return {
    target: options.target,
    pipeline: emitted,
    source,
    secrets: lifted.secrets,
    placeholders,
    opaque: [
      ...resolved.opaque,
      ...expressions.values.map((v) => ({
        path: v.path,
        source: v.source,
        display: v.display,
        handling: 'parameter' as const,
      })),
    ],
    expressionParams: expressions.params,
    expressionValues: expressions.values,
    ...(structure.conditions.length > 0 ? { conditions: structure.conditions } : {}),
    ...(structure.resourceCondition ? { resourceCondition: structure.resourceCondition } : {}),
    ...(monitoring ? { monitoring } : {}),
    resourceName,
    resourceLabel,
    ...(options.extras ? { extras: options.extras } : {}),
    ...(options.cdkStyle ? { cdkStyle: options.cdkStyle } : {}),
    warnings,
  };
}

/** The placeholder parameter for the value at `pointer`, if any. */
export function placeholderAt(plan: ExportPlan, pointer: string): ExportPlan['placeholders'][number] | undefined {
  return plan.placeholders.find((p) => p.path === pointer);
}

/** The secret lifted at `pointer`, if any: emitters check each configuration value against it. */
export function secretAt(plan: ExportPlan, pointer: string): ExportPlan['secrets'][number] | undefined {
  return plan.secrets.find((s) => s.path === pointer);
}

/** The expression value at `pointer`, if any. */
export function expressionAt(plan: ExportPlan, pointer: string): ExportPlan['expressionValues'][number] | undefined {
  return plan.expressionValues.find((v) => v.path === pointer);
}
