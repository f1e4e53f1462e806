import { approval, build, deploy, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { looksLikeProduction } from '@pipewright/model';
import { approvalBeforeProduction } from './approval-before-production.js';
import { expect, it } from 'vitest';

it('recognises production-like names', () => {
  expect(['Prod', 'DeployToProd', 'deploy-production', 'PRD', 'Live'].map(looksLikeProduction)).toEqual([
    true,
    true,
    true,
    true,
    true,
  ]);
  expect(['Product', 'Producer', 'Staging', 'Delivery', undefined].map(looksLikeProduction)).toEqual([
    false,
    false,
    false,
    false,
    false,
  ]);
});

ruleTests(approvalBeforeProduction, {
  valid: [
    { name: 'no production deploy', pipeline: pipeline() },
    {
      name: 'approval stage before production',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build()),
        stage('Approve', approval()),
        stage('Production', deploy()),
      ),
    },
    {
      name: 'approval earlier in the same stage',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build()),
        stage('Production', approval('A', { runOrder: 1 }), deploy('D', 'BuildOutput', { runOrder: 2 })),
      ),
    },
  ],
  invalid: [
    {
      name: 'production stage without approval',
      pipeline: withStages(stage('Source', source()), stage('Build', build()), stage('Prod', deploy())),
      diagnostics: [{ path: '/stages/2/actions/0/name' }],
    },
    {
      name: 'production action, approval in parallel',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build()),
        stage('Release', approval(), deploy('DeployToProduction')),
      ),
      diagnostics: [{ path: '/stages/2/actions/1/name' }],
    },
  ],
});
