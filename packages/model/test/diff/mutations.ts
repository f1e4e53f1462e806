import type { Action, Pipeline } from '../../src/index.js';

/*
 * Random structural edits of a pipeline for the property tests: each op picks
 * its stage, action and value from the numbers it is given, so fast-check can
 * shrink a failure to a few ops.
 */

export const OPS = [
  'renameStage',
  'renameAction',
  'moveAction',
  'removeAction',
  'removeStage',
  'addAction',
  'addStage',
  'swapStages',
  'runOrder',
  'setConfig',
  'deleteConfig',
  'setRole',
  'deleteRole',
  'addInput',
  'removeInput',
  'setVariable',
  'removeVariable',
  'triggerBranch',
  'executionMode',
  'stageCondition',
  'storeKey',
  'reverseActions',
] as const;

export interface Op {
  op: (typeof OPS)[number];
  a: number;
  b: number;
  c: number;
  value: string;
}

const pick = <T>(items: readonly T[], n: number): T | undefined =>
  items.length === 0 ? undefined : items[n % items.length];

export function applyOp(p: Pipeline, { op, a, b, c, value }: Op): void {
  const stage = pick(p.stages, a);
  const action = stage ? pick(stage.actions, b) : undefined;
  switch (op) {
    case 'renameStage':
      if (stage) stage.name = `${value}Stage`;
      return;
    case 'renameAction':
      if (action) action.name = `${value}Action`;
      return;
    case 'moveAction': {
      const target = pick(p.stages, c);
      if (!stage || !action || !target) return;
      stage.actions.splice(stage.actions.indexOf(action), 1);
      target.actions.splice(b % (target.actions.length + 1), 0, action);
      return;
    }
    case 'removeAction':
      if (stage && action) stage.actions.splice(stage.actions.indexOf(action), 1);
      return;
    case 'removeStage':
      if (stage) p.stages.splice(p.stages.indexOf(stage), 1);
      return;
    case 'addAction': {
      if (!stage) return;
      const copy: Action = structuredClone(
        action ?? { name: 'x', actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' } },
      );
      copy.name = `${value}New`;
      stage.actions.splice(c % (stage.actions.length + 1), 0, copy);
      return;
    }
    case 'addStage':
      p.stages.splice(c % (p.stages.length + 1), 0, {
        name: `${value}Added`,
        actions: [
          {
            name: `${value}Gate`,
            actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
          },
        ],
      });
      return;
    case 'swapStages': {
      const other = pick(p.stages, c);
      if (!stage || !other) return;
      const i = p.stages.indexOf(stage);
      const j = p.stages.indexOf(other);
      p.stages[i] = other;
      p.stages[j] = stage;
      return;
    }
    case 'runOrder':
      if (action) action.runOrder = (c % 3) + 1;
      return;
    case 'setConfig':
      if (action)
        action.configuration = {
          ...action.configuration,
          [pick(['ProjectName', 'BranchName', 'Extra'], c) as string]: value,
        };
      return;
    case 'deleteConfig':
      if (action?.configuration) delete action.configuration[pick(Object.keys(action.configuration), c) ?? ''];
      return;
    case 'setRole':
      if (action) action.roleArn = `arn:aws:iam::${String(100000000000 + (c % 3))}:role/${value}`;
      else p.roleArn = `arn:aws:iam::123456789012:role/${value}`;
      return;
    case 'deleteRole':
      if (action) delete action.roleArn;
      return;
    case 'addInput':
      if (action) action.inputArtifacts = [...(action.inputArtifacts ?? []), { name: `${value}Art` }];
      return;
    case 'removeInput':
      if (action?.inputArtifacts) action.inputArtifacts.splice(c % Math.max(1, action.inputArtifacts.length), 1);
      return;
    case 'setVariable':
      p.variables = [...(p.variables ?? []).filter((v) => v.name !== value), { name: value, defaultValue: String(c) }];
      return;
    case 'removeVariable':
      if (p.variables) p.variables.splice(c % Math.max(1, p.variables.length), 1);
      return;
    case 'triggerBranch': {
      const trigger = pick(p.triggers ?? [], c);
      if (trigger) trigger.gitConfiguration.push = [{ branches: { includes: [value] } }];
      return;
    }
    case 'executionMode':
      p.executionMode = pick(['QUEUED', 'SUPERSEDED', 'PARALLEL'] as const, c);
      return;
    case 'stageCondition':
      if (stage) {
        if (stage.onFailure) delete stage.onFailure;
        else stage.onFailure = { result: 'ROLLBACK' };
      }
      return;
    case 'storeKey':
      if (p.artifactStore) {
        if (p.artifactStore.encryptionKey) delete p.artifactStore.encryptionKey;
        else p.artifactStore.encryptionKey = { id: `alias/${value}`, type: 'KMS' };
      }
      return;
    case 'reverseActions':
      stage?.actions.reverse();
      return;
  }
}
