import { describe, expect, it } from 'vitest';
import { findMaskedSecrets, isMaskedSecret, type Pipeline } from '../../src/index.js';

const pipeline = {
  name: 'p',
  roleArn: 'arn:aws:iam::111122223333:role/p',
  artifactStore: { type: 'S3', location: 'artifacts' },
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'GitHub',
          actionTypeId: { category: 'Source', owner: 'ThirdParty', provider: 'GitHub', version: '1' },
          configuration: { Owner: 'me', Repo: 'app', Branch: 'main', OAuthToken: '****' },
        },
      ],
    },
    {
      name: 'Deploy',
      actions: [
        {
          name: 'Ship',
          actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'S3', version: '1' },
          configuration: { BucketName: 'site', Extract: 'true', Note: '*' },
        },
      ],
      beforeEntry: {
        conditions: [
          {
            rules: [
              {
                name: 'Gate',
                ruleTypeId: { category: 'Rule', provider: 'LambdaInvoke' },
                configuration: { FunctionName: 'gate', ClientToken: '****' },
              },
            ],
          },
        ],
      },
    },
  ],
} as Pipeline;

describe('masked secrets (get-pipeline output)', () => {
  it('tells the mask from a value', () => {
    expect(isMaskedSecret('****')).toBe(true);
    expect(isMaskedSecret('*')).toBe(false);
    expect(isMaskedSecret('**x*')).toBe(false);
    expect(isMaskedSecret('real-token')).toBe(false);
    expect(isMaskedSecret({ $opaque: 'terraform', expr: '****' })).toBe(false);
  });

  it('finds each masked configuration value of actions and condition rules, with its owner', () => {
    expect(findMaskedSecrets(pipeline)).toEqual([
      { path: '/stages/0/actions/0/configuration/OAuthToken', key: 'OAuthToken', stage: 'Source', owner: 'GitHub' },
      {
        path: '/stages/1/beforeEntry/conditions/0/rules/0/configuration/ClientToken',
        key: 'ClientToken',
        stage: 'Deploy',
        owner: 'Gate',
      },
    ]);
  });
});
