import { build, pipeline, role, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { placeholder } from './placeholder.js';

ruleTests(placeholder, {
  valid: [
    { name: 'no placeholders', pipeline: pipeline() },
    { name: 'angle brackets that are not a placeholder', pipeline: pipeline({ name: 'a<b>c' }) },
  ],
  invalid: [
    {
      name: 'a placeholder account in the pipeline role, and a placeholder KMS key',
      pipeline: pipeline({
        roleArn: 'arn:aws:iam::<your-account-id>:role/<your-pipeline-role-name>',
        artifactStore: {
          type: 'S3',
          location: 'demo-artifacts',
          encryptionKey: { id: '<your-kms-key-arn>', type: 'KMS' },
        },
      }),
      diagnostics: [{ path: '/artifactStore/encryptionKey/id' }, { path: '/roleArn' }],
    },
    {
      name: 'placeholders in configuration, one per value',
      pipeline: withStages(
        stage('Source', source()),
        stage(
          'Build',
          build('Build', ['SourceOutput'], [], { configuration: { ProjectName: '<your-build-project>' } }),
        ),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/ProjectName' }],
    },
    {
      name: 'a key with a slash is escaped in the pointer',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('Build', ['SourceOutput'], [], { roleArn: role(), configuration: { 'a/b': '<your-x>' } })),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/a~1b' }],
    },
  ],
});
