/*
 * The `aws_codepipeline` resource's arguments and how each maps onto the pipeline model.
 * One table drives both directions (export: model -> blocks; import: hcl2json -> model), so
 * an argument is named once. Attribute order is the order the emitter writes them in.
 */

/** How a Terraform argument's value maps onto the model. */
export type FieldKind =
  /** A string (or an opaque expression). */
  | 'string'
  /** An integer (or an opaque expression). */
  | 'number'
  /** A list of strings. */
  | 'strings'
  /** A list of artifact names <-> `[{ name }]`. */
  | 'artifacts'
  /** A map of strings (`configuration`). */
  | 'map';

export interface AttributeSpec {
  tf: string;
  /** Path of the value inside the model object (action type fields sit one level down). */
  path: string[];
  kind: FieldKind;
}

export interface BlockSpec {
  tf: string;
  /** Model key holding the object (single) or the array (many). */
  model: string;
  many: boolean;
  body: BodySpec;
  /** The model requires the list: an import without such blocks (only `dynamic` ones) gets `[]`. */
  required?: boolean;
  /**
   * When one block type has two argument sets (a Compute action's outputs): the body for a model
   * object (export) and for a Terraform block (import). `body` is used where these are absent.
   */
  variants?: { model(item: Record<string, unknown>): BodySpec; terraform(item: Record<string, unknown>): BodySpec };
}

export interface BodySpec {
  attributes: AttributeSpec[];
  blocks: BlockSpec[];
  /** Model keys the provider has no argument for (exported with a warning, never written). */
  unsupported?: Record<string, string>;
}

const a = (tf: string, path: string | string[], kind: FieldKind = 'string'): AttributeSpec => ({
  tf,
  path: Array.isArray(path) ? path : [path],
  kind,
});
const one = (tf: string, model: string, body: BodySpec): BlockSpec => ({ tf, model, many: false, body });
const many = (tf: string, model: string, body: BodySpec): BlockSpec => ({ tf, model, many: true, body });

const FILTER: BodySpec = {
  attributes: [a('includes', 'includes', 'strings'), a('excludes', 'excludes', 'strings')],
  blocks: [],
};

const GIT_CONFIGURATION: BodySpec = {
  attributes: [a('source_action_name', 'sourceActionName')],
  blocks: [
    many('push', 'push', {
      attributes: [],
      blocks: [
        one('branches', 'branches', FILTER),
        one('file_paths', 'filePaths', FILTER),
        one('tags', 'tags', FILTER),
      ],
    }),
    many('pull_request', 'pullRequest', {
      attributes: [a('events', 'events', 'strings')],
      blocks: [one('branches', 'branches', FILTER), one('file_paths', 'filePaths', FILTER)],
    }),
  ],
};

export const TRIGGER: BodySpec = {
  attributes: [a('provider_type', 'providerType')],
  blocks: [one('git_configuration', 'gitConfiguration', GIT_CONFIGURATION)],
};

export const VARIABLE: BodySpec = {
  attributes: [a('name', 'name'), a('default_value', 'defaultValue'), a('description', 'description')],
  blocks: [],
};

const RULE: BodySpec = {
  attributes: [
    a('name', 'name'),
    a('region', 'region'),
    a('role_arn', 'roleArn'),
    a('timeout_in_minutes', 'timeoutInMinutes', 'number'),
    a('input_artifacts', 'inputArtifacts', 'artifacts'),
    a('commands', 'commands', 'strings'),
    a('configuration', 'configuration', 'map'),
  ],
  blocks: [
    one('rule_type_id', 'ruleTypeId', {
      attributes: [a('category', 'category'), a('owner', 'owner'), a('provider', 'provider'), a('version', 'version')],
      blocks: [],
    }),
  ],
};

const CONDITION: BodySpec = { attributes: [a('result', 'result')], blocks: [many('rule', 'rules', RULE)] };

const CONDITIONS: BodySpec = { attributes: [], blocks: [many('condition', 'conditions', CONDITION)] };

/** Action arguments every action has; `output_artifacts` or the compute block are added below. */
const ACTION_ATTRIBUTES: AttributeSpec[] = [
  a('name', 'name'),
  a('category', ['actionTypeId', 'category']),
  a('owner', ['actionTypeId', 'owner']),
  a('provider', ['actionTypeId', 'provider']),
  a('version', ['actionTypeId', 'version']),
  a('region', 'region'),
  a('namespace', 'namespace'),
  a('role_arn', 'roleArn'),
  a('run_order', 'runOrder', 'number'),
  a('timeout_in_minutes', 'timeoutInMinutes', 'number'),
  a('input_artifacts', 'inputArtifacts', 'artifacts'),
];

/** The Compute action's fields (hashicorp/terraform-provider-aws#42507), written after `configuration`. */
const COMPUTE_ATTRIBUTES: AttributeSpec[] = [
  a('commands', 'commands', 'strings'),
  a('output_variables', 'outputVariables', 'strings'),
];

const ACTION_UNSUPPORTED = { environmentVariables: 'the action `environmentVariables`' };

/** An action of any category but Compute: outputs are a list of names. */
export const ACTION: BodySpec = {
  attributes: [
    ...ACTION_ATTRIBUTES,
    a('output_artifacts', 'outputArtifacts', 'artifacts'),
    a('configuration', 'configuration', 'map'),
    ...COMPUTE_ATTRIBUTES,
  ],
  blocks: [],
  unsupported: ACTION_UNSUPPORTED,
};

/**
 * A Compute action: the provider ignores `output_artifacts` for it and reads
 * `output_artifacts_for_compute_action { name, files }` instead (the API's OutputArtifact).
 */
export const COMPUTE_ACTION: BodySpec = {
  attributes: [...ACTION_ATTRIBUTES, a('configuration', 'configuration', 'map'), ...COMPUTE_ATTRIBUTES],
  blocks: [
    many('output_artifacts_for_compute_action', 'outputArtifacts', {
      attributes: [a('name', 'name'), a('files', 'files', 'strings')],
      blocks: [],
    }),
  ],
  unsupported: ACTION_UNSUPPORTED,
};

const isCompute = (category: unknown) => category === 'Compute';

const ACTION_BLOCK: BlockSpec = {
  ...many('action', 'actions', ACTION),
  required: true,
  variants: {
    model: (action) =>
      isCompute((action['actionTypeId'] as Record<string, unknown> | undefined)?.['category'])
        ? COMPUTE_ACTION
        : ACTION,
    terraform: (block) => (isCompute(block['category']) ? COMPUTE_ACTION : ACTION),
  },
};

export const STAGE: BodySpec = {
  attributes: [a('name', 'name')],
  blocks: [
    one('before_entry', 'beforeEntry', CONDITIONS),
    ACTION_BLOCK,
    one('on_success', 'onSuccess', CONDITIONS),
    one('on_failure', 'onFailure', {
      attributes: [a('result', 'result')],
      blocks: [
        one('retry_configuration', 'retryConfiguration', { attributes: [a('retry_mode', 'retryMode')], blocks: [] }),
        many('condition', 'conditions', CONDITION),
      ],
    }),
  ],
  unsupported: { blockers: 'stage `blockers`' },
};

export const ENCRYPTION_KEY: BodySpec = { attributes: [a('id', 'id'), a('type', 'type')], blocks: [] };

/** `region` is not part of the model's store: it is the key of `artifactStores` (see pipeline-blocks / map-resource). */
export const ARTIFACT_STORE: BodySpec = {
  attributes: [a('location', 'location'), a('type', 'type')],
  blocks: [one('encryption_key', 'encryptionKey', ENCRYPTION_KEY)],
};

/** The resource body; `artifact_store` is handled beside it (one model key or a map by region). */
export const PIPELINE: BodySpec = {
  attributes: [
    a('name', 'name'),
    a('role_arn', 'roleArn'),
    a('pipeline_type', 'pipelineType'),
    a('execution_mode', 'executionMode'),
  ],
  blocks: [
    { ...many('stage', 'stages', STAGE), required: true },
    many('variable', 'variables', VARIABLE),
    many('trigger', 'triggers', TRIGGER),
  ],
  unsupported: { version: 'the pipeline `version` (AWS sets it on every update)' },
};

/**
 * Resource arguments outside the model. `region` (hashicorp/aws 6.0.0, where the resource is managed)
 * is kept as written for Terraform export and, when literal, read as the pipeline's Region;
 * `trigger_all` is computed by the provider (the triggers in effect) and is dropped on import,
 * since Terraform rejects it in configuration.
 */
export const RESOURCE_REGION = 'region';
export const COMPUTED_ARGUMENTS = ['trigger_all'];

/** Resource meta-arguments kept from an import: written first, as Terraform style puts them. */
export const LEADING_META_ARGUMENTS = ['count', 'for_each', 'provider'];
