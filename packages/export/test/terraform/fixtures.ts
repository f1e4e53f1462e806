import type { Pipeline } from '@pipewright/model';

/** A pipeline using every argument the AWS provider has, with Terraform expressions in several places. */
export const everyArgument: Pipeline = {
  name: 'release-pipeline',
  roleArn: { $opaque: 'terraform', expr: '${aws_iam_role.pipeline.arn}' },
  pipelineType: 'V2',
  executionMode: 'PARALLEL',
  artifactStores: {
    'us-east-1': {
      type: 'S3',
      location: 'artifacts-use1',
      encryptionKey: { id: 'arn:aws:kms:us-east-1:123456789012:key/abc', type: 'KMS' },
    },
    'eu-west-1': { type: 'S3', location: { $opaque: 'terraform', expr: '${aws_s3_bucket.euw1.bucket}' } },
  },
  variables: [{ name: 'Environment', defaultValue: 'staging', description: 'Where to deploy' }, { name: 'Flags' }],
  triggers: [
    {
      providerType: 'CodeStarSourceConnection',
      gitConfiguration: {
        sourceActionName: 'Source',
        push: [
          {
            branches: { includes: ['main', 'release/*'], excludes: ['wip/*'] },
            filePaths: { includes: ['src/**'] },
            tags: { includes: ['v*'] },
          },
        ],
        pullRequest: [
          { events: ['OPEN', 'UPDATED'], branches: { includes: ['main'] }, filePaths: { excludes: ['docs/**'] } },
        ],
      },
    },
  ],
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Source',
          actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1' },
          configuration: {
            ConnectionArn: { $opaque: 'terraform', expr: '${aws_codestarconnections_connection.github.arn}' },
            FullRepositoryId: { $opaque: 'terraform', expr: '${var.owner}/${var.repository}' },
            BranchName: 'main',
          },
          outputArtifacts: [{ name: 'source_output' }],
          namespace: 'SourceVariables',
        },
      ],
    },
    {
      name: 'Build',
      beforeEntry: {
        conditions: [
          {
            result: 'SKIP',
            rules: [
              {
                name: 'OnlyMain',
                ruleTypeId: { category: 'Rule', owner: 'AWS', provider: 'VariableCheck', version: '1' },
                configuration: { Variable: '#{SourceVariables.BranchName}', Operator: 'EQ', Value: 'main' },
              },
            ],
          },
        ],
      },
      actions: [
        {
          name: 'Build',
          actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
          configuration: { ProjectName: 'app-build', 'Odd Key': 'x' },
          inputArtifacts: [{ name: 'source_output' }],
          outputArtifacts: [{ name: 'build_output' }],
          runOrder: 1,
          region: 'us-east-1',
          timeoutInMinutes: 30,
        },
        {
          name: 'BuildEu',
          actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
          configuration: { ProjectName: 'app-build-eu' },
          inputArtifacts: [{ name: 'source_output' }],
          runOrder: { $opaque: 'terraform', expr: '${var.eu_run_order}' },
          region: 'eu-west-1',
          roleArn: 'arn:aws:iam::123456789012:role/cross-region',
        },
      ],
      onSuccess: {
        conditions: [
          {
            result: 'ROLLBACK',
            rules: [
              {
                name: 'AlarmCheck',
                ruleTypeId: { category: 'Rule', owner: 'AWS', provider: 'CloudWatchAlarm', version: '1' },
                configuration: { AlarmName: 'app-errors', WaitTime: '5' },
                region: 'us-east-1',
                roleArn: 'arn:aws:iam::123456789012:role/rules',
                timeoutInMinutes: 10,
                inputArtifacts: [{ name: 'build_output' }],
              },
            ],
          },
        ],
      },
      onFailure: {
        result: 'RETRY',
        retryConfiguration: { retryMode: 'FAILED_ACTIONS' },
        conditions: [
          {
            result: 'ROLLBACK',
            rules: [
              {
                name: 'Commands',
                ruleTypeId: { category: 'Rule', owner: 'AWS', provider: 'Commands', version: '1' },
                commands: ['echo "checking"', 'exit 0'],
              },
            ],
          },
        ],
      },
    },
    {
      name: 'Approve',
      actions: [
        {
          name: 'Approve',
          actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
          configuration: { CustomData: 'Ship ${it}? 100%{sure} "quoted" \\ back\nslash' },
        },
      ],
    },
  ],
};

/** Fields the provider cannot take: each must be reported and left out. */
export const unsupportedFields: Pipeline = {
  name: 'unsupported',
  roleArn: 'arn:aws:iam::123456789012:role/p',
  artifactStore: { type: 'S3', location: 'bucket' },
  version: 7,
  stages: [
    {
      name: 'Source',
      blockers: [{ name: 'Hold', type: 'Schedule' }],
      actions: [
        {
          name: 'Source',
          actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
          configuration: { S3Bucket: 'b', S3ObjectKey: 'k.zip' },
          outputArtifacts: [{ name: 'out', files: ['a.txt'] }],
        },
      ],
    },
    {
      name: 'Run',
      actions: [
        {
          name: 'Commands',
          actionTypeId: { category: 'Compute', owner: 'AWS', provider: 'Commands', version: '1' },
          commands: ['make test'],
          outputVariables: ['RESULT'],
          environmentVariables: [{ name: 'A', value: 'b' }],
          inputArtifacts: [{ name: 'out' }],
        },
      ],
    },
  ],
};

/** A V2 pipeline with a Compute action using everything hashicorp/aws 6 takes for it (terraform-provider-aws#42507). */
export const computePipeline: Pipeline = {
  name: 'compute',
  roleArn: 'arn:aws:iam::123456789012:role/p',
  pipelineType: 'V2',
  artifactStore: { type: 'S3', location: 'bucket' },
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Source',
          actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
          configuration: { S3Bucket: 'b', S3ObjectKey: 'k.zip' },
          outputArtifacts: [{ name: 'src' }],
        },
      ],
    },
    {
      name: 'Build',
      actions: [
        {
          name: 'Commands',
          actionTypeId: { category: 'Compute', owner: 'AWS', provider: 'Commands', version: '1' },
          configuration: { ComputeType: 'BUILD_GENERAL1_MEDIUM' },
          inputArtifacts: [{ name: 'src' }],
          commands: [
            'npm ci',
            'echo "tag=${IMAGE_TAG}" > out.txt',
            'test -n "%{not_a_directive}"',
            'printf \'%s\\n\' "$CODEBUILD_BUILD_ID"',
          ],
          outputVariables: ['IMAGE_TAG', 'REPORT'],
          outputArtifacts: [{ name: 'dist', files: ['dist/**/*', 'report.json'] }],
          namespace: 'BuildVariables',
        },
      ],
    },
  ],
};
