import type { Action, Pipeline } from '@pipewright/model';

/** A CodeBuild action named `name` (for store tests). */
export function action(name: string, extra: Partial<Action> = {}): Action {
  return {
    name,
    actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
    configuration: { ProjectName: 'p' },
    runOrder: 1,
    ...extra,
  };
}

/** Source (S3, output SourceOut) and Build (Build reads SourceOut, and Lint). */
export function twoStages(): Pipeline {
  return {
    name: 'demo',
    roleArn: 'arn:aws:iam::123456789012:role/demo',
    stages: [
      {
        name: 'Source',
        actions: [
          action('Src', {
            actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
            configuration: { S3Bucket: 'b', S3ObjectKey: 'k.zip' },
            outputArtifacts: [{ name: 'SourceOut' }],
          }),
        ],
      },
      { name: 'Build', actions: [action('Build', { inputArtifacts: [{ name: 'SourceOut' }] }), action('Lint')] },
    ],
  };
}
