import { z } from 'zod';
import { Num, Str, enumOrOpaque } from './opaque.js';

/*
 * zod schemas of the CodePipeline pipeline declaration, field for field as
 * `codepipeline-service-2.json` (shared/reference) defines it. The schemas are
 * structural only (types, required fields, enums): patterns, lengths and
 * cross-field rules live in the validator, so a broken pipeline still loads.
 * Every object is loose: fields a newer API adds are kept, never stripped.
 */

export const ACTION_CATEGORIES = ['Source', 'Build', 'Deploy', 'Test', 'Invoke', 'Approval', 'Compute'] as const;
export const ACTION_OWNERS = ['AWS', 'ThirdParty', 'Custom'] as const;
export const EXECUTION_MODES = ['QUEUED', 'SUPERSEDED', 'PARALLEL'] as const;
export const PIPELINE_TYPES = ['V1', 'V2'] as const;
export const RESULTS = ['ROLLBACK', 'FAIL', 'RETRY', 'SKIP'] as const;
export const RETRY_MODES = ['FAILED_ACTIONS', 'ALL_ACTIONS'] as const;
export const ENVIRONMENT_VARIABLE_TYPES = ['PLAINTEXT', 'SECRETS_MANAGER'] as const;
export const PULL_REQUEST_EVENTS = ['OPEN', 'UPDATED', 'CLOSED'] as const;
export const TRIGGER_PROVIDER_TYPES = ['CodeStarSourceConnection'] as const;

export const EncryptionKey = z.looseObject({
  id: Str,
  type: enumOrOpaque(['KMS']),
});
export type EncryptionKey = z.infer<typeof EncryptionKey>;

export const ArtifactStore = z.looseObject({
  type: enumOrOpaque(['S3']),
  location: Str,
  encryptionKey: EncryptionKey.optional(),
});
export type ArtifactStore = z.infer<typeof ArtifactStore>;

export const ActionTypeId = z.looseObject({
  category: enumOrOpaque(ACTION_CATEGORIES),
  owner: enumOrOpaque(ACTION_OWNERS),
  provider: Str,
  version: Str,
});
export type ActionTypeId = z.infer<typeof ActionTypeId>;

export const InputArtifact = z.looseObject({ name: Str });
export type InputArtifact = z.infer<typeof InputArtifact>;

export const OutputArtifact = z.looseObject({
  name: Str,
  files: z.array(Str).optional(),
});
export type OutputArtifact = z.infer<typeof OutputArtifact>;

export const EnvironmentVariable = z.looseObject({
  name: Str,
  value: Str,
  type: enumOrOpaque(ENVIRONMENT_VARIABLE_TYPES).optional(),
});
export type EnvironmentVariable = z.infer<typeof EnvironmentVariable>;

/** Configuration values are strings in the API; opaque values stand in for intrinsics. */
export const Configuration = z.record(z.string(), Str);
export type Configuration = z.infer<typeof Configuration>;

export const Action = z.looseObject({
  name: Str,
  actionTypeId: ActionTypeId,
  runOrder: Num.optional(),
  configuration: Configuration.optional(),
  commands: z.array(Str).optional(),
  outputArtifacts: z.array(OutputArtifact).optional(),
  inputArtifacts: z.array(InputArtifact).optional(),
  outputVariables: z.array(Str).optional(),
  roleArn: Str.optional(),
  region: Str.optional(),
  namespace: Str.optional(),
  timeoutInMinutes: Num.optional(),
  environmentVariables: z.array(EnvironmentVariable).optional(),
});
export type Action = z.infer<typeof Action>;

export const RuleTypeId = z.looseObject({
  category: enumOrOpaque(['Rule']),
  owner: enumOrOpaque(['AWS']).optional(),
  provider: Str,
  version: Str.optional(),
});
export type RuleTypeId = z.infer<typeof RuleTypeId>;

export const RuleDeclaration = z.looseObject({
  name: Str,
  ruleTypeId: RuleTypeId,
  configuration: Configuration.optional(),
  commands: z.array(Str).optional(),
  inputArtifacts: z.array(InputArtifact).optional(),
  roleArn: Str.optional(),
  region: Str.optional(),
  timeoutInMinutes: Num.optional(),
});
export type RuleDeclaration = z.infer<typeof RuleDeclaration>;

export const Condition = z.looseObject({
  result: enumOrOpaque(RESULTS).optional(),
  rules: z.array(RuleDeclaration).optional(),
});
export type Condition = z.infer<typeof Condition>;

export const RetryConfiguration = z.looseObject({
  retryMode: enumOrOpaque(RETRY_MODES).optional(),
});
export type RetryConfiguration = z.infer<typeof RetryConfiguration>;

export const FailureConditions = z.looseObject({
  result: enumOrOpaque(RESULTS).optional(),
  retryConfiguration: RetryConfiguration.optional(),
  conditions: z.array(Condition).optional(),
});
export type FailureConditions = z.infer<typeof FailureConditions>;

export const SuccessConditions = z.looseObject({ conditions: z.array(Condition) });
export type SuccessConditions = z.infer<typeof SuccessConditions>;

export const BeforeEntryConditions = z.looseObject({ conditions: z.array(Condition) });
export type BeforeEntryConditions = z.infer<typeof BeforeEntryConditions>;

export const Blocker = z.looseObject({
  name: Str,
  type: enumOrOpaque(['Schedule']),
});
export type Blocker = z.infer<typeof Blocker>;

export const Stage = z.looseObject({
  name: Str,
  blockers: z.array(Blocker).optional(),
  actions: z.array(Action),
  onFailure: FailureConditions.optional(),
  onSuccess: SuccessConditions.optional(),
  beforeEntry: BeforeEntryConditions.optional(),
});
export type Stage = z.infer<typeof Stage>;

export const PipelineVariable = z.looseObject({
  name: Str,
  defaultValue: Str.optional(),
  description: Str.optional(),
});
export type PipelineVariable = z.infer<typeof PipelineVariable>;

export const FilterCriteria = z.looseObject({
  includes: z.array(Str).optional(),
  excludes: z.array(Str).optional(),
});
export type FilterCriteria = z.infer<typeof FilterCriteria>;

export const GitPushFilter = z.looseObject({
  tags: FilterCriteria.optional(),
  branches: FilterCriteria.optional(),
  filePaths: FilterCriteria.optional(),
});
export type GitPushFilter = z.infer<typeof GitPushFilter>;

export const GitPullRequestFilter = z.looseObject({
  events: z.array(enumOrOpaque(PULL_REQUEST_EVENTS)).optional(),
  branches: FilterCriteria.optional(),
  filePaths: FilterCriteria.optional(),
});
export type GitPullRequestFilter = z.infer<typeof GitPullRequestFilter>;

export const GitConfiguration = z.looseObject({
  sourceActionName: Str,
  push: z.array(GitPushFilter).optional(),
  pullRequest: z.array(GitPullRequestFilter).optional(),
});
export type GitConfiguration = z.infer<typeof GitConfiguration>;

export const Trigger = z.looseObject({
  providerType: enumOrOpaque(TRIGGER_PROVIDER_TYPES),
  gitConfiguration: GitConfiguration,
});
export type Trigger = z.infer<typeof Trigger>;

/** The pipeline declaration (`PipelineDeclaration` in the API). This is the document Pipewright edits. */
export const Pipeline = z.looseObject({
  name: Str,
  roleArn: Str,
  artifactStore: ArtifactStore.optional(),
  artifactStores: z.record(z.string(), ArtifactStore).optional(),
  stages: z.array(Stage),
  version: Num.optional(),
  executionMode: enumOrOpaque(EXECUTION_MODES).optional(),
  pipelineType: enumOrOpaque(PIPELINE_TYPES).optional(),
  variables: z.array(PipelineVariable).optional(),
  triggers: z.array(Trigger).optional(),
});
export type Pipeline = z.infer<typeof Pipeline>;

/** `get-pipeline` output metadata: kept as read, never edited. */
export const PipelineMetadata = z.looseObject({
  pipelineArn: z.string().optional(),
  created: z.union([z.string(), z.number()]).optional(),
  updated: z.union([z.string(), z.number()]).optional(),
  pollingDisabledAt: z.union([z.string(), z.number()]).optional(),
});
export type PipelineMetadata = z.infer<typeof PipelineMetadata>;

export const Tag = z.looseObject({ key: Str, value: Str });
export type Tag = z.infer<typeof Tag>;
