import { isIntrinsic } from '../../cloudformation/intrinsics.js';
import { isPlainObject, ownEntries } from '../../plan/own.js';
import { scalarProp } from '../cfn-to-ts.js';
import { arr, call, code, construct, data, obj, str, type TsExpr } from '../ts-ir.js';
import { libraryAction } from './l2-library.js';
import type { L2Scope } from './l2-scope.js';

/*
 * One CloudFormation action declaration as an L2 action object. A `codepipeline_actions`
 * class is used where it renders exactly the declaration's configuration (`l2-library.ts`);
 * every other action is a `DeclaredAction` (a small `codepipeline.Action`
 * subclass the stack file defines), which takes the declaration's provider and configuration
 * as they are, with the reason (`declaredWhy`) for the caller's warning. Fields L2 actions have no
 * prop for are returned as `overrides` for the caller to write as L1 property overrides.
 */

export interface L2Action {
  expr: TsExpr;
  /** `DeclaredAction` is used: the stack file needs its class. */
  declared: boolean;
  /** `codepipeline_actions` is used. */
  library: boolean;
  /** Declaration fields (CFN names) L2 cannot express: `[field, value]`, written as overrides. */
  overrides: [string, unknown][];
  /** Modules the action's imported resources need (`codecommit`, `s3`, `lambda`...). */
  imports: string[];
  /** Why a `DeclaredAction` stands where a library class would (the fields it cannot express). */
  declaredWhy?: string;
}

const CATEGORIES: Record<string, string> = {
  Source: 'SOURCE',
  Build: 'BUILD',
  Test: 'TEST',
  Approval: 'APPROVAL',
  Deploy: 'DEPLOY',
  Invoke: 'INVOKE',
  Compute: 'COMPUTE',
};

/** Fields an L2 action expresses (CFN names); the rest of a declaration becomes overrides. */
const EXPRESSED = new Set([
  'Name',
  'ActionTypeId',
  'Configuration',
  'InputArtifacts',
  'OutputArtifacts',
  'RunOrder',
  'Namespace',
  'RoleArn',
  'Commands',
  'OutputVariables',
  'TimeoutInMinutes',
]);

function artifactNames(list: unknown): string[] | undefined {
  if (list === undefined) return [];
  if (!Array.isArray(list)) return undefined;
  const names: string[] = [];
  for (const item of list) {
    if (!isPlainObject(item) || typeof item['Name'] !== 'string' || Object.keys(item).length !== 1) return undefined;
    names.push(item['Name']);
  }
  return names;
}

/** Why an action cannot be an L2 action at all (the export then stays L1), or undefined. */
export function l2ActionBlocker(action: unknown): string | undefined {
  if (!isPlainObject(action) || isIntrinsic(action)) return 'a conditional or computed action';
  const type = action['ActionTypeId'];
  if (!isPlainObject(type) || isIntrinsic(type)) return 'a computed action type';
  for (const key of ['Category', 'Owner', 'Provider'])
    if (typeof type[key] !== 'string') return `a computed ActionTypeId.${key}`;
  // A template may spell the version as a number (`Version: 1`): it is written as its text.
  if (typeof type['Version'] !== 'string' && typeof type['Version'] !== 'number')
    return 'a computed ActionTypeId.Version';
  if (!Object.hasOwn(CATEGORIES, type['Category'] as string)) return `the category ${String(type['Category'])}`;
  if (typeof action['Name'] !== 'string') return 'a computed action name';
  if (artifactNames(action['InputArtifacts']) === undefined) return 'computed input artifacts';
  if (artifactNames(action['OutputArtifacts']) === undefined) return 'computed output artifacts or output files';
  if (action['Configuration'] !== undefined && !isPlainObject(action['Configuration']))
    return 'a computed configuration';
  return undefined;
}

function artifactRefs(names: string[], scope: L2Scope): TsExpr[] {
  return names.map((n) => code(scope.artifacts.get(n) ?? 'undefined'));
}

/**
 * The common props every L2 action takes: name, run order, namespace, role. Not the region:
 * an L2 action in another region needs the stack's own region fixed and a replication
 * bucket stack, so `Region` stays an override (`EXPRESSED` leaves it out).
 */
function commonProps(action: Record<string, unknown>, scope: L2Scope): [string, TsExpr][] {
  const props: [string, TsExpr][] = [['actionName', str(action['Name'] as string)]];
  if (action['RunOrder'] !== undefined) props.push(['runOrder', scalarProp(action['RunOrder'], 'number', scope.ctx)]);
  if (action['Namespace'] !== undefined)
    props.push(['variablesNamespace', scalarProp(action['Namespace'], 'string', scope.ctx)]);
  if (action['RoleArn'] !== undefined)
    props.push(['role', importedRole(action['RoleArn'], action['Name'] as string, scope)]);
  return props;
}

/** `iam.Role.fromRoleArn` throws on a literal that is not a role ARN (`<CODEPIPELINE_ROLE_ARN>`): it stays an override. */
export function isLiteralNonArn(value: unknown): boolean {
  return typeof value === 'string' && !/^arn:[^:]*:iam::[^:]*:role\/./.test(value);
}

export function importedRole(arn: unknown, owner: string, scope: L2Scope): TsExpr {
  // Imported and immutable: L2 adds no policy to a role the design names.
  return call('iam.Role.fromRoleArn', [
    code('this'),
    str(scope.importedId(`${owner}Role`)),
    scalarProp(arn, 'string', scope.ctx),
    obj([['mutable', data(false)]]),
  ]);
}

function configurationExpr(config: Record<string, unknown>, scope: L2Scope): TsExpr {
  return obj(ownEntries(config).map(([k, v]) => [k, scalarProp(v, 'config', scope.ctx)]));
}

export function l2Action(action: Record<string, unknown>, scope: L2Scope): L2Action {
  const declared = action['ActionTypeId'] as Record<string, unknown>;
  const type: Record<string, string> = Object.fromEntries(
    Object.entries(declared).map(([k, v]) => [k, typeof v === 'number' ? String(v) : (v as string)]),
  );
  const config = isPlainObject(action['Configuration']) ? action['Configuration'] : undefined;
  const inputs = artifactNames(action['InputArtifacts']) ?? [];
  const outputs = artifactNames(action['OutputArtifacts']) ?? [];
  const overrides: [string, unknown][] = ownEntries(action).filter(
    ([k, v]) => !EXPRESSED.has(k) || (k === 'RoleArn' && isLiteralNonArn(v)),
  );
  const common = commonProps(action, scope);
  const result = (expr: TsExpr, extra: Partial<L2Action> = {}): L2Action => ({
    expr,
    declared: false,
    library: true,
    overrides,
    imports: [],
    ...extra,
  });

  const library = libraryAction({ action, type, config, inputs, outputs, common, scope });
  if (library && 'expr' in library) return result(library.expr, { imports: library.imports });
  const declaredWhy = library
    ? `codepipeline_actions.${library.className} cannot express ${library.unexpressed.join(', ')}`
    : `codepipeline_actions has no class for ${type['Owner'] ?? ''} ${type['Category'] ?? ''} ${type['Provider'] ?? ''} version ${type['Version'] ?? ''}`;

  // Everything else: the declaration as it is.
  const props: [string, TsExpr][] = [
    ...common,
    ['category', code(`codepipeline.ActionCategory.${CATEGORIES[type['Category'] ?? ''] ?? 'BUILD'}`)],
    ['owner', str(type['Owner'] ?? '')],
    ['provider', str(type['Provider'] ?? '')],
    ['version', str(type['Version'] ?? '')],
    [
      'artifactBounds',
      obj([
        ['minInputs', data(inputs.length)],
        ['maxInputs', data(inputs.length)],
        ['minOutputs', data(outputs.length)],
        ['maxOutputs', data(outputs.length)],
      ]),
    ],
  ];
  if (inputs.length > 0) props.push(['inputs', arr(artifactRefs(inputs, scope))]);
  if (outputs.length > 0) props.push(['outputs', arr(artifactRefs(outputs, scope))]);
  if (Array.isArray(action['Commands']))
    props.push(['commands', arr(action['Commands'].map((c) => scalarProp(c, 'string', scope.ctx)))]);
  else if (action['Commands'] !== undefined) overrides.push(['Commands', action['Commands']]);
  if (Array.isArray(action['OutputVariables']))
    props.push(['outputVariables', arr(action['OutputVariables'].map((c) => scalarProp(c, 'string', scope.ctx)))]);
  else if (action['OutputVariables'] !== undefined) overrides.push(['OutputVariables', action['OutputVariables']]);
  if (typeof action['TimeoutInMinutes'] === 'number')
    props.push(['timeout', call('cdk.Duration.minutes', [data(action['TimeoutInMinutes'])])]);
  else if (action['TimeoutInMinutes'] !== undefined) overrides.push(['TimeoutInMinutes', action['TimeoutInMinutes']]);
  const args: TsExpr[] = [obj(props)];
  if (config !== undefined) args.push(configurationExpr(config, scope));
  return {
    expr: construct('DeclaredAction', args),
    declared: true,
    library: false,
    overrides,
    imports: [],
    declaredWhy,
  };
}

/** The `DeclaredAction` class the stack file defines when an action needs it (constant code). */
export const DECLARED_ACTION_CLASS = [
  '/** An action as CodePipeline declares it (provider and configuration as given), for providers without an L2 class. */',
  'class DeclaredAction extends codepipeline.Action {',
  '  protected readonly providedActionProperties: codepipeline.ActionProperties;',
  '',
  '  constructor(',
  '    properties: codepipeline.ActionProperties,',
  '    private readonly configuration?: Record<string, unknown>,',
  '  ) {',
  '    super();',
  '    this.providedActionProperties = properties;',
  '  }',
  '',
  '  protected bound(): codepipeline.ActionConfig {',
  '    return { configuration: this.configuration };',
  '  }',
  '}',
];
