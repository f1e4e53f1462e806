import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { fieldBounds } from './field-bounds.js';

const withBuild = (extra: object) => withStages(stage('Source', source()), stage('Build', { ...build(), ...extra }));

ruleTests(fieldBounds, {
  valid: [
    { name: 'clean pipeline', pipeline: pipeline() },
    {
      name: 'region and env vars',
      pipeline: withBuild({
        region: 'eu-west-1',
        environmentVariables: [{ name: 'STAGE', value: 'prod', type: 'PLAINTEXT' }],
      }),
    },
    { name: 'tags', pipeline: { ...pipeline(), tags: [{ key: 'team', value: 'a' }] } as never },
  ],
  invalid: [
    {
      name: 'short region',
      pipeline: withBuild({ region: 'eu' }),
      diagnostics: [{ path: '/stages/1/actions/0/region' }],
    },
    {
      name: 'boolean configuration value',
      pipeline: withBuild({ configuration: { ProjectName: 'p', BatchEnabled: false } }),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/BatchEnabled', fix: true }],
    },
    {
      name: 'empty configuration value',
      pipeline: withBuild({ configuration: { ProjectName: '' } }),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/ProjectName' }],
    },
    {
      name: 'configuration value over 1000',
      pipeline: withBuild({ configuration: { ProjectName: 'p'.repeat(1001) } }),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/ProjectName' }],
    },
    {
      name: 'configuration key over 50',
      pipeline: withBuild({ configuration: { ProjectName: 'p', ['K'.repeat(51)]: 'v' } }),
      diagnostics: [{ path: `/stages/1/actions/0/configuration/${'K'.repeat(51)}` }],
    },
    {
      name: 'environment variables',
      pipeline: withBuild({
        environmentVariables: [
          { name: 'BAD-NAME', value: '' },
          { name: 'TOKEN', value: 'x', type: 'SECRETS_MANAGER' },
        ],
      }),
      diagnostics: [
        { path: '/stages/1/actions/0/environmentVariables/0/name' },
        { path: '/stages/1/actions/0/environmentVariables/0/value' },
        { path: '/stages/1/actions/0/environmentVariables/1/type' },
      ],
    },
    {
      name: 'empty environmentVariables list',
      pipeline: withBuild({ environmentVariables: [] }),
      diagnostics: [{ path: '/stages/1/actions/0/environmentVariables' }],
    },
    {
      name: 'duplicate tag keys',
      pipeline: {
        ...pipeline(),
        tags: [
          { key: 'a', value: '1' },
          { key: 'a', value: '2' },
        ],
      } as never,
      diagnostics: [{ path: '/tags/1/key' }],
    },
  ],
});
