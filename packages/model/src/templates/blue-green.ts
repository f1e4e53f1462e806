import { placeholder } from './placeholders.js';
import { codeBuild, codeCommitSource, lambdaInvoke, pipeline, stage } from './parts.js';
import type { PipelineTemplate } from './types.js';

export const blueGreen: PipelineTemplate = {
  id: 'blue-green',
  title: 'Blue-green deployment',
  description:
    'Deploys to the blue environment, runs integration tests against it, then switches traffic after a manual approval.',
  pipeline: pipeline(
    'blue-green-deployment',
    [
      stage('Source', codeCommitSource('SourceCode', 'source_output')),
      stage(
        'Build',
        codeBuild('BuildApplication', {
          project: placeholder('build-project'),
          inputs: ['source_output'],
          outputs: ['build_output'],
        }),
      ),
      stage('DeployToBlue', {
        name: 'DeployBlueEnvironment',
        actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CodeDeploy', version: '1' },
        configuration: {
          ApplicationName: placeholder('codedeploy-application'),
          DeploymentGroupName: placeholder('blue-deployment-group'),
        },
        inputArtifacts: [{ name: 'build_output' }],
      }),
      stage(
        'TestBlue',
        codeBuild('IntegrationTests', {
          category: 'Test',
          project: placeholder('test-project'),
          inputs: ['build_output'],
          environment: [{ name: 'TARGET_ENV', value: 'blue' }],
        }),
      ),
      stage(
        'SwitchTraffic',
        {
          name: 'ManualApproval',
          actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
          configuration: { CustomData: 'Approve traffic switch from green to blue' },
          runOrder: 1,
        },
        lambdaInvoke('SwitchLoadBalancer', placeholder('traffic-switch-function'), { runOrder: 2 }),
      ),
    ],
    { kms: false },
  ),
};
