import { opaque } from '@pipewright/model';
import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { actionTypeKnown } from './action-type-known.js';

const typed = (actionTypeId: unknown) =>
  withStages(stage('Source', source()), stage('Build', { ...build(), actionTypeId: actionTypeId as never }));

ruleTests(actionTypeKnown, {
  valid: [
    { name: 'known AWS provider', pipeline: pipeline() },
    {
      name: 'custom provider: structure only',
      pipeline: typed({ category: 'Build', owner: 'Custom', provider: 'MyJenkins', version: '7' }),
    },
    {
      name: 'third-party provider: structure only',
      pipeline: typed({ category: 'Test', owner: 'ThirdParty', provider: 'Runscope', version: '1' }),
    },
    {
      name: 'opaque provider',
      pipeline: typed({
        category: 'Build',
        owner: 'AWS',
        provider: opaque('cloudformation', { Ref: 'P' }),
        version: '1',
      }),
    },
  ],
  invalid: [
    {
      name: 'unknown AWS provider',
      pipeline: typed({ category: 'Build', owner: 'AWS', provider: 'Fake', version: '1' }),
      diagnostics: [{ path: '/stages/1/actions/0/actionTypeId/provider' }],
    },
    {
      name: 'AWS provider in the wrong category',
      pipeline: typed({ category: 'Deploy', owner: 'AWS', provider: 'CodeBuild', version: '1' }),
      diagnostics: [{ path: '/stages/1/actions/0/actionTypeId/provider' }],
    },
    {
      name: 'wrong version',
      pipeline: typed({ category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '2' }),
      diagnostics: [{ path: '/stages/1/actions/0/actionTypeId/version', fix: true }],
    },
    {
      name: 'version too long',
      pipeline: typed({ category: 'Build', owner: 'Custom', provider: 'X', version: '1234567890' }),
      diagnostics: [{ path: '/stages/1/actions/0/actionTypeId/version' }],
    },
    {
      name: 'bad category and owner',
      pipeline: typed({ category: 'Compile', owner: 'Me', provider: 'X', version: '1' }),
      diagnostics: [
        { path: '/stages/1/actions/0/actionTypeId/category' },
        { path: '/stages/1/actions/0/actionTypeId/owner' },
      ],
    },
    {
      name: 'provider with a dot',
      pipeline: typed({ category: 'Build', owner: 'Custom', provider: 'my.provider', version: '1' }),
      diagnostics: [{ path: '/stages/1/actions/0/actionTypeId/provider' }],
    },
    {
      name: 'missing provider',
      pipeline: typed({ category: 'Build', owner: 'AWS', version: '1' }),
      diagnostics: [{ path: '/stages/1/actions/0/actionTypeId/provider' }],
    },
    {
      name: 'missing actionTypeId',
      pipeline: typed(undefined),
      diagnostics: [{ path: '/stages/1/actions/0/actionTypeId' }],
    },
  ],
});
