import { placeholder } from './placeholders.js';
import { codeBuild, codeCommitSource, lambdaInvoke, pipeline, stage } from './parts.js';
import type { PipelineTemplate } from './types.js';

export const gitops: PipelineTemplate = {
  id: 'gitops',
  title: 'GitOps',
  description:
    'The configuration repository is the source of truth: manifests are validated, then a Lambda function syncs them to the cluster.',
  pipeline: pipeline(
    'gitops-deployment',
    [
      stage(
        'Source',
        codeCommitSource('ConfigRepo', 'config_output', { repository: placeholder('config-repository-name') }),
      ),
      stage(
        'Validate',
        codeBuild('ValidateManifests', {
          category: 'Test',
          project: placeholder('validate-project'),
          inputs: ['config_output'],
        }),
      ),
      stage(
        'Deploy',
        lambdaInvoke('ApplyManifests', placeholder('gitops-sync-function'), { inputs: ['config_output'] }),
      ),
    ],
    { kms: false },
  ),
};
