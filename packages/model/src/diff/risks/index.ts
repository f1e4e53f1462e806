import type { RiskNote } from '../types.js';
import { actionRoleChanged } from './action-role-changed.js';
import { approvalRemoved } from './approval-removed.js';
import { artifactStoreChanged } from './artifact-store-changed.js';
import { encryptionKeyChanged } from './encryption-key-changed.js';
import { encryptionRemoved } from './encryption-removed.js';
import { executionHistoryReset } from './execution-history-reset.js';
import { newAccount } from './new-account.js';
import { newRegion } from './new-region.js';
import { pipelineRoleChanged } from './pipeline-role-changed.js';
import { pollingEnabled } from './polling-enabled.js';
import { stageConditionRemoved } from './stage-condition-removed.js';
import { stopsRunningExecutions } from './stops-running-executions.js';
import { triggerWidened } from './trigger-widened.js';

/** Every risk note, in the order they run. Add new ones here (the meta-test checks each is documented and tested). */
export const riskNotes: readonly RiskNote[] = [
  approvalRemoved,
  stageConditionRemoved,
  pipelineRoleChanged,
  actionRoleChanged,
  newAccount,
  newRegion,
  artifactStoreChanged,
  encryptionKeyChanged,
  encryptionRemoved,
  triggerWidened,
  pollingEnabled,
  executionHistoryReset,
  stopsRunningExecutions,
];
