import type { OpaqueSource, Pipeline } from '@pipewright/model';
import type { ImportExtras } from './import/extras.js';

export type { CloudFormationExtras, CloudFormationPatch, ImportExtras, TerraformExtras } from './import/extras.js';

/** Every format Pipewright writes. */
export type ExportTarget = 'terraform' | 'terraform-json' | 'cdk' | 'cloudformation' | 'cloudformation-json' | 'json';

export const EXPORT_TARGETS: readonly ExportTarget[] = [
  'terraform',
  'terraform-json',
  'cdk',
  'cloudformation',
  'cloudformation-json',
  'json',
];

/** Something the export could not express as given, or needs the user to know. Never silent. */
export interface ExportWarning {
  /** Stable machine-readable code, e.g. `secret-lifted`, `opaque-placeholder`, `cfn-unsupported-field`. */
  code: string;
  message: string;
  /** JSON pointer into the pipeline declaration, when the warning is about one place. */
  path?: string;
  /**
   * `error`: what the target got is not a valid pipeline (a stage without actions, fewer than
   * two stages), so the output must not be deployed as it is. Absent: the output is valid, and
   * the warning says what it lost or changed.
   */
  severity?: 'error';
}

export interface ExportResult {
  text: string;
  fileName: string;
  warnings: ExportWarning[];
}

/** A condition a target must declare for a Terraform choice (`var.x ? [1] : []`) turned into `Fn::If`. */
export interface PlannedCondition {
  /** CloudFormation condition name. */
  name: string;
  /** The `"true"`/`"false"` parameter the condition tests. */
  parameter: string;
  /** The Terraform expression it stands for, e.g. `var.require_approval`. */
  expression: string;
  /** The parameter value the condition holds for (`"true"` when absent). */
  holdsWhen?: 'false';
}

export interface ExportOptions {
  /** Add an EventBridge rule for this pipeline's execution state changes (IaC targets). */
  monitoring?: boolean;
  /** CloudFormation logical id / Terraform resource label / CDK construct id. Derived from the pipeline name when absent. */
  resourceName?: string;
  /** What an import kept outside the pipeline; each emitter uses only its own format's extras. */
  extras?: ImportExtras;
  /** The CDK export's construct level: `l1` (`CfnPipeline`, the default) or `l2` (`codepipeline.Pipeline`). */
  cdkStyle?: CdkStyle;
}

export type CdkStyle = 'l1' | 'l2';
export const CDK_STYLES: readonly CdkStyle[] = ['l1', 'l2'];

/** A secret configuration value lifted out of the pipeline: emitted as a parameter or variable, never as a literal. */
export interface SecretParam {
  /** Alphanumeric, unique in the plan, PascalCase (e.g. `SourceOAuthToken`). Snake-case it where a target prefers. */
  paramName: string;
  /** JSON pointer of the configuration value, e.g. `/stages/0/actions/0/configuration/OAuthToken`. */
  path: string;
  description: string;
}

/**
 * A value still holding a template placeholder (`<your-account-id>`): targets that take
 * parameters ask for it at deploy time (a CloudFormation parameter without default) instead
 * of writing a value that cannot work.
 */
export interface PlaceholderParam {
  /** Alphanumeric, unique among secrets and placeholders, PascalCase. */
  paramName: string;
  path: string;
  /** The placeholder text as the pipeline holds it. */
  value: string;
  description: string;
}

/**
 * A distinct expression of another format (a Terraform `aws_iam_role.x.arn`, `var.env`) that
 * the target cannot evaluate, asked for as a parameter of the target instead.
 */
export interface ExpressionParam {
  /** Alphanumeric, unique among secrets, placeholders and expressions, PascalCase. */
  paramName: string;
  source: OpaqueSource;
  /** The expression as written in its source, without `${ }`. */
  expression: string;
  /** The `<your-...>` placeholder the create-pipeline JSON writes for it. */
  placeholder: string;
  description: string;
  /** It stands alone in an integer field (`run_order = var.order`): a CloudFormation `Number` parameter. */
  numeric?: boolean;
}

/** A value holding such expressions: literal text and parameters, in order. */
export interface ExpressionValue {
  path: string;
  source: OpaqueSource;
  /** The value as its source wrote it. */
  display: string;
  parts: ({ text: string } | { param: string })[];
}

/** An opaque value of the pipeline and what the plan did with it for this target. */
export interface OpaqueEntry {
  path: string;
  source: OpaqueSource;
  /** Human rendering of the expression. */
  display: string;
  /**
   * `kept`: the target is the value's own format; `parameter`: asked for as parameters of the
   * target (`ExportPlan.expressionValues`); `placeholder`: replaced by a marked string;
   * `removed`: dropped from a numeric field.
   */
  handling: 'kept' | 'parameter' | 'placeholder' | 'removed';
}

export interface MonitoringPlan {
  /** Logical id / label of the rule, derived from the pipeline's resource name. */
  resourceName: string;
  /** The EventBridge event pattern, with the pipeline's name (possibly opaque) in `detail.pipeline`. */
  eventPattern: {
    source: ['aws.codepipeline'];
    'detail-type': ['CodePipeline Pipeline Execution State Change'];
    detail: { pipeline: [Pipeline['name']] };
  };
}

/**
 * The target-neutral intermediate form every emitter consumes.
 *
 * `pipeline` is ready to write: secret literals are replaced by `SECRET_PLACEHOLDER(...)`
 * strings (the emitter writes a reference to `secrets[i].paramName` at `secrets[i].path`
 * instead), opaque values of another format are replaced by marked placeholders.
 * Opaque values of the target's own format are kept as `OpaqueValue`s.
 */
export interface ExportPlan {
  target: ExportTarget;
  pipeline: Pipeline;
  /** The pipeline as given (the JSON export writes this one: it keeps what it was given). */
  source: Pipeline;
  secrets: SecretParam[];
  /**
   * Values holding template placeholders (`<your-...>`), left in `pipeline` as they are; the
   * CloudFormation and CDK emitters ask for them as parameters, the JSON export warns.
   */
  placeholders: PlaceholderParam[];
  opaque: OpaqueEntry[];
  /**
   * Expressions of another format turned into parameters (`plan.pipeline` holds their
   * placeholders at `expressionValues[i].path`; CloudFormation and CDK write `Ref`/`Fn::Sub`).
   */
  expressionParams: ExpressionParam[];
  expressionValues: ExpressionValue[];
  /**
   * Conditions the CloudFormation and CDK emitters declare (each over a `"true"`/`"false"`
   * parameter) for Terraform dynamic blocks written as `Fn::If`.
   */
  conditions?: PlannedCondition[];
  /** The condition the pipeline resource carries (a Terraform `count = var.x ? 1 : 0`; CloudFormation and CDK). */
  resourceCondition?: string;
  /** Present when the monitoring option is on. */
  monitoring?: MonitoringPlan;
  /** Alphanumeric PascalCase name for the pipeline resource (CFN logical id, CDK id). */
  resourceName: string;
  /** snake_case label for the pipeline resource (Terraform). */
  resourceLabel: string;
  extras?: ImportExtras;
  /** The CDK export's construct level (ExportOptions.cdkStyle). */
  cdkStyle?: CdkStyle;
  /** Warnings common to every target (secrets lifted, placeholders); emitters add their own. */
  warnings: ExportWarning[];
}
