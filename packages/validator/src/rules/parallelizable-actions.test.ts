import type { Action } from '@pipewright/model';
import { approval, build, deploy, pipeline, role, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { parallelizableActions } from './parallelizable-actions.js';

/** A CloudFormation action on the stack `app` (issue 18: REPLACE creates the change set EXECUTE runs). */
function changeSet(name: string, mode: string, runOrder: number, extra: Partial<Action> = {}): Action {
  return {
    name,
    actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' },
    configuration: {
      ActionMode: mode,
      StackName: 'app',
      ChangeSetName: 'app-changes',
      RoleArn: role(),
      ...(mode === 'CHANGE_SET_REPLACE' && { TemplatePath: 'BuildOutput::template.yaml' }),
    },
    ...(mode === 'CHANGE_SET_REPLACE' && { inputArtifacts: [{ name: 'BuildOutput' }] }),
    runOrder,
    ...extra,
  };
}

const codeDeploy = (name: string, runOrder: number): Action => ({
  name,
  actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CodeDeploy', version: '1' },
  configuration: { ApplicationName: 'app', DeploymentGroupName: 'prod' },
  inputArtifacts: [{ name: 'BuildOutput' }],
  runOrder,
});

ruleTests(parallelizableActions, {
  valid: [
    {
      name: 'CHANGE_SET_EXECUTE after the CHANGE_SET_REPLACE that creates its change set (no artifact between them)',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build()),
        stage(
          'Deploy',
          changeSet('CreateChangeSet', 'CHANGE_SET_REPLACE', 1),
          changeSet('ExecuteChangeSet', 'CHANGE_SET_EXECUTE', 2),
        ),
      ),
    },
    {
      name: 'two deployments to the same CodeDeploy deployment group',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build()),
        stage('Deploy', codeDeploy('Canary', 1), codeDeploy('Rest', 2)),
      ),
    },
    {
      name: 'a smoke test after a deploy',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build()),
        stage(
          'Deploy',
          deploy('Deploy', 'BuildOutput', { runOrder: 1 }),
          build('SmokeTest', ['SourceOutput'], [], {
            runOrder: 2,
            actionTypeId: { category: 'Test', owner: 'AWS', provider: 'CodeBuild', version: '1' },
          }),
        ),
      ),
    },
    {
      name: 'a build only after the unit tests passed (the Feature-branch template’s order)',
      pipeline: withStages(
        stage('Source', source()),
        stage(
          'BuildAndTest',
          build('UnitTests', ['SourceOutput'], [], {
            runOrder: 1,
            actionTypeId: { category: 'Test', owner: 'AWS', provider: 'CodeBuild', version: '1' },
          }),
          build('Build', ['SourceOutput'], ['b'], { runOrder: 2 }),
        ),
      ),
    },
    { name: 'one action per stage', pipeline: pipeline() },
    {
      name: "second step uses the first one's artifact",
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('A', ['SourceOutput'], ['a'], { runOrder: 1 }), build('B', ['a'], [], { runOrder: 2 })),
      ),
    },
    {
      name: "second step uses the first one's variables",
      pipeline: withStages(
        stage('Source', source()),
        stage(
          'Build',
          build('A', ['SourceOutput'], ['a'], { runOrder: 1, namespace: 'A' }),
          build('B', ['SourceOutput'], [], { runOrder: 2, configuration: { ProjectName: '#{A.v}' } }),
        ),
      ),
    },
    {
      name: 'after an approval',
      pipeline: withStages(
        stage('Source', source()),
        stage('Gate', approval('Approve', { runOrder: 1 }), build('B', ['SourceOutput'], [], { runOrder: 2 })),
      ),
    },
    {
      name: 'already parallel',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('A', ['SourceOutput'], ['a']), build('B', ['SourceOutput'], ['b'])),
      ),
    },
  ],
  invalid: [
    {
      name: 'independent sequential builds',
      pipeline: withStages(
        stage('Source', source()),
        stage(
          'Build',
          build('A', ['SourceOutput'], ['a'], { runOrder: 1 }),
          build('B', ['SourceOutput'], ['b'], { runOrder: 2 }),
        ),
      ),
      diagnostics: [{ path: '/stages/1/actions/1/runOrder', fix: true }],
    },
  ],
});
