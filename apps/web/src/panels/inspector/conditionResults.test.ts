import { describe, expect, it } from 'vitest';
import { CONDITION_KINDS, RESULTS, type Pipeline } from '@pipewright/model';
import { validate } from '@pipewright/validator';
import { conditionResultOptions, stageFailureResultOptions } from './conditionResults.js';

const rule = {
  name: 'Alarm',
  ruleTypeId: { category: 'Rule', owner: 'AWS', provider: 'CloudWatchAlarm', version: '1' },
  configuration: { AlarmName: 'a' },
};

function pipelineWith(stageFields: Record<string, unknown>): Pipeline {
  return {
    name: 'p',
    roleArn: 'arn:aws:iam::123456789012:role/p',
    pipelineType: 'V2',
    artifactStore: { type: 'S3', location: 'bucket' },
    stages: [
      {
        name: 'Source',
        actions: [
          {
            name: 'Src',
            actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
            configuration: { S3Bucket: 'b', S3ObjectKey: 'k' },
            outputArtifacts: [{ name: 'Out' }],
          },
        ],
      },
      {
        name: 'Approve',
        actions: [
          { name: 'Ok', actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' } },
        ],
        ...stageFields,
      },
    ],
  } as Pipeline;
}

const flagged = (pipeline: Pipeline, path: string) =>
  validate(pipeline).some((d) => d.ruleId === 'stage-conditions' && d.path === path);

describe('the stage form offers exactly the results the validator accepts', () => {
  for (const kind of CONDITION_KINDS) {
    for (const result of RESULTS) {
      const offered = conditionResultOptions(kind).includes(result);
      it(`${kind} condition result ${result}: ${offered ? 'offered and accepted' : 'not offered and reported'}`, () => {
        const p = pipelineWith({ [kind]: { conditions: [{ result, rules: [rule] }] } });
        expect(flagged(p, `/stages/1/${kind}/conditions/0/result`)).toBe(!offered);
      });
    }
  }
  for (const result of RESULTS) {
    const offered = stageFailureResultOptions().includes(result);
    it(`onFailure.result ${result}: ${offered ? 'offered and accepted' : 'not offered and reported'}`, () => {
      expect(flagged(pipelineWith({ onFailure: { result } }), '/stages/1/onFailure/result')).toBe(!offered);
    });
  }
});
