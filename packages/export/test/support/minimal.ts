import type { Pipeline } from '@pipewright/model';

/** A small valid pipeline for unit tests; `patch` edits a deep copy. */
export function minimalPipeline(patch: (p: Pipeline) => void = () => {}): Pipeline {
  const pipeline: Pipeline = {
    name: 'demo',
    roleArn: 'arn:aws:iam::123456789012:role/pipeline',
    artifactStore: { type: 'S3', location: 'demo-artifacts' },
    stages: [
      {
        name: 'Source',
        actions: [
          {
            name: 'GitHub',
            actionTypeId: { category: 'Source', owner: 'ThirdParty', provider: 'GitHub', version: '1' },
            configuration: { Owner: 'me', Repo: 'app', Branch: 'main', OAuthToken: 'ghp_secret' },
            outputArtifacts: [{ name: 'Src' }],
          },
        ],
      },
      {
        name: 'Build',
        actions: [
          {
            name: 'Build',
            actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
            configuration: { ProjectName: 'app-build' },
            inputArtifacts: [{ name: 'Src' }],
            runOrder: 1,
          },
        ],
      },
    ],
  };
  patch(pipeline);
  return pipeline;
}
