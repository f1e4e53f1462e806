import type { Action } from '@pipewright/model';
import { pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { computeFields } from './compute-fields.js';

const commands = (extra: Partial<Action> = {}): Action => ({
  name: 'Run',
  actionTypeId: { category: 'Compute', owner: 'AWS', provider: 'Commands', version: '1' },
  inputArtifacts: [{ name: 'SourceOutput' }],
  commands: ['npm test'],
  ...extra,
});
const withCommands = (extra: Partial<Action>) => withStages(stage('Source', source()), stage('Run', commands(extra)));

ruleTests(computeFields, {
  valid: [
    { name: 'clean pipeline', pipeline: pipeline() },
    {
      name: 'Commands action',
      pipeline: withCommands({ outputVariables: ['VERSION'], outputArtifacts: [{ name: 'Out', files: ['dist/**'] }] }),
    },
  ],
  invalid: [
    {
      name: 'Commands without commands',
      pipeline: withCommands({ commands: undefined }),
      diagnostics: [{ path: '/stages/1/actions/0/commands', fix: true }],
    },
    {
      name: 'empty commands',
      pipeline: withCommands({ commands: [] }),
      diagnostics: [{ path: '/stages/1/actions/0/commands' }],
    },
    {
      name: '51 commands',
      pipeline: withCommands({ commands: Array.from({ length: 51 }, () => 'x') }),
      diagnostics: [{ path: '/stages/1/actions/0/commands' }],
    },
    {
      name: '16 output variables',
      pipeline: withCommands({ outputVariables: Array.from({ length: 16 }, (_, i) => `V${i}`) }),
      diagnostics: [{ path: '/stages/1/actions/0/outputVariables' }],
    },
    {
      name: '11 files (CDK A7)',
      pipeline: withCommands({
        outputArtifacts: [{ name: 'Out', files: Array.from({ length: 11 }, (_, i) => `f${i}`) }],
      }),
      diagnostics: [{ path: '/stages/1/actions/0/outputArtifacts/0/files' }],
    },
    {
      name: 'empty file path',
      pipeline: withCommands({ outputArtifacts: [{ name: 'Out', files: [''] }] }),
      diagnostics: [{ path: '/stages/1/actions/0/outputArtifacts/0/files/0' }],
    },
  ],
});
