import { OTHER_ACCOUNT, build, pipeline, role, source, stage } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { crossAccountKms } from './cross-account-kms.js';

const crossAccount = (artifactStore: object) =>
  pipeline({
    artifactStore: artifactStore as never,
    stages: [
      stage('Source', source()),
      stage('Build', build('Build', ['SourceOutput'], [], { roleArn: role(OTHER_ACCOUNT, 'deployer') })),
    ],
  });

ruleTests(crossAccountKms, {
  valid: [
    { name: 'same account', pipeline: pipeline({ artifactStore: { type: 'S3', location: 'bucket' } }) },
    {
      name: 'cross-account with a key ARN',
      pipeline: crossAccount({
        type: 'S3',
        location: 'bucket',
        encryptionKey: { id: 'arn:aws:kms:us-east-1:123456789012:key/abc', type: 'KMS' },
      }),
    },
  ],
  invalid: [
    {
      name: 'cross-account without a key',
      pipeline: crossAccount({ type: 'S3', location: 'bucket' }),
      diagnostics: [{ path: '/stages/1/actions/0/roleArn', related: ['/artifactStore'] }],
    },
    {
      name: 'cross-account with an alias',
      pipeline: crossAccount({ type: 'S3', location: 'bucket', encryptionKey: { id: 'alias/pipeline', type: 'KMS' } }),
      diagnostics: [{ path: '/stages/1/actions/0/roleArn', related: ['/artifactStore'] }],
    },
  ],
});
