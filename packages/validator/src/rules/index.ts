import type { RuleModule } from '../types.js';
import { actionConfigArtifactRef } from './action-config-artifact-ref.js';
import { actionConfigRequired } from './action-config-required.js';
import { actionConfigUnknown } from './action-config-unknown.js';
import { actionConfigValue } from './action-config-value.js';
import { actionCount } from './action-count.js';
import { actionNameUniquePipeline } from './action-name-unique-pipeline.js';
import { actionNameUnique } from './action-name-unique.js';
import { actionRoleOwner } from './action-role-owner.js';
import { actionTimeout } from './action-timeout.js';
import { actionTypeKnown } from './action-type-known.js';
import { approvalBeforeProduction } from './approval-before-production.js';
import { artifactCloneRefConsumer } from './artifact-clone-ref-consumer.js';
import { artifactCount } from './artifact-count.js';
import { artifactInputOrder } from './artifact-input-order.js';
import { artifactInputProduced } from './artifact-input-produced.js';
import { artifactInputUnique } from './artifact-input-unique.js';
import { artifactOutputUnique } from './artifact-output-unique.js';
import { artifactStoreEncryption } from './artifact-store-encryption.js';
import { artifactStoreRegion } from './artifact-store-region.js';
import { artifactStoreValid } from './artifact-store-valid.js';
import { conditionSkipRules } from './condition-skip-rules.js';
import { computeFieldsMisplaced } from './compute-fields-misplaced.js';
import { computeFields } from './compute-fields.js';
import { crossAccountConsistency } from './cross-account-consistency.js';
import { crossAccountKms } from './cross-account-kms.js';
import { fieldBounds } from './field-bounds.js';
import { hardcodedAccountId } from './hardcoded-account-id.js';
import { inboundTransitionStage } from './inbound-transition-stage.js';
import { namePattern } from './name-pattern.js';
import { namespaceUnique } from './namespace-unique.js';
import { parallelizableActions } from './parallelizable-actions.js';
import { pipelineVariableDeclared } from './pipeline-variable-declared.js';
import { pipelineVariableDefault } from './pipeline-variable-default.js';
import { pipelineVariableInSource } from './pipeline-variable-in-source.js';
import { pipelineVariableValid } from './pipeline-variable-valid.js';
import { placeholder } from './placeholder.js';
import { plaintextSecret } from './plaintext-secret.js';
import { providerDisabled } from './provider-disabled.js';
import { providerNotRecommended } from './provider-not-recommended.js';
import { roleArnFormat } from './role-arn-format.js';
import { ruleConfigRequired } from './rule-config-required.js';
import { ruleConfigUnknown } from './rule-config-unknown.js';
import { ruleConfigValue } from './rule-config-value.js';
import { runOrderRange } from './run-order-range.js';
import { sourceFirstStageOnly } from './source-first-stage-only.js';
import { sourcePolling } from './source-polling.js';
import { sourceRequired } from './source-required.js';
import { stageBlockers } from './stage-blockers.js';
import { stageConditions } from './stage-conditions.js';
import { stageCount } from './stage-count.js';
import { stageNameUnique } from './stage-name-unique.js';
import { triggerValid } from './trigger-valid.js';
import { v2ImplicitUpgrade } from './v2-implicit-upgrade.js';
import { v2OnlyFeature } from './v2-only-feature.js';
import { variableKeyKnown } from './variable-key-known.js';
import { variableNamespaceDefined } from './variable-namespace-defined.js';

/** Every rule, in the order they run (structure, actions, artifacts, variables, Regions, V2, the design's anti-patterns). */
export const rules: readonly RuleModule[] = [
  placeholder,
  stageCount,
  actionCount,
  namePattern,
  stageNameUnique,
  actionNameUnique,
  actionNameUniquePipeline,
  sourceRequired,
  sourceFirstStageOnly,
  actionTypeKnown,
  providerDisabled,
  providerNotRecommended,
  actionConfigRequired,
  actionConfigUnknown,
  actionConfigValue,
  actionConfigArtifactRef,
  runOrderRange,
  actionTimeout,
  roleArnFormat,
  actionRoleOwner,
  fieldBounds,
  computeFields,
  computeFieldsMisplaced,
  artifactOutputUnique,
  artifactInputUnique,
  artifactInputProduced,
  artifactInputOrder,
  artifactCount,
  artifactCloneRefConsumer,
  namespaceUnique,
  variableNamespaceDefined,
  variableKeyKnown,
  pipelineVariableDeclared,
  pipelineVariableInSource,
  pipelineVariableValid,
  pipelineVariableDefault,
  artifactStoreValid,
  artifactStoreRegion,
  crossAccountKms,
  crossAccountConsistency,
  stageBlockers,
  stageConditions,
  conditionSkipRules,
  ruleConfigRequired,
  ruleConfigUnknown,
  ruleConfigValue,
  inboundTransitionStage,
  triggerValid,
  v2OnlyFeature,
  v2ImplicitUpgrade,
  artifactStoreEncryption,
  sourcePolling,
  approvalBeforeProduction,
  parallelizableActions,
  hardcodedAccountId,
  plaintextSecret,
];
