import { build, pipeline, role, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { actionRoleOwner } from './action-role-owner.js';

ruleTests(actionRoleOwner, {
  valid: [
    { name: 'no action roles', pipeline: pipeline() },
    {
      name: 'role on an AWS action',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('B', ['SourceOutput'], [], { roleArn: role() })),
      ),
    },
  ],
  invalid: [
    {
      name: 'role on a third-party action (CDK B4)',
      pipeline: withStages(
        stage('Source', source()),
        stage(
          'Build',
          build('build', ['SourceOutput'], [], {
            actionTypeId: { category: 'Build', owner: 'ThirdParty', provider: 'Fake', version: '1' },
            roleArn: role(),
          }),
        ),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/roleArn', fix: true }],
    },
    {
      name: 'role on Jenkins (custom)',
      pipeline: withStages(
        stage('Source', source()),
        stage(
          'Build',
          build('build', ['SourceOutput'], [], {
            actionTypeId: { category: 'Build', owner: 'Custom', provider: 'Jenkins', version: '1' },
            roleArn: role(),
          }),
        ),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/roleArn', fix: true }],
    },
  ],
});
