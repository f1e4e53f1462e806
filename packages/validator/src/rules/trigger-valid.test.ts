import type { Trigger } from '@pipewright/model';
import { build, pipeline, source, stage } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { triggerValid } from './trigger-valid.js';

const git = (gitConfiguration: object): Trigger => ({
  providerType: 'CodeStarSourceConnection',
  gitConfiguration: { sourceActionName: 'Source', ...gitConfiguration } as never,
});
const withTriggers = (...triggers: Trigger[]) => pipeline({ triggers });
const patterns = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);

ruleTests(triggerValid, {
  valid: [
    { name: 'no triggers', pipeline: pipeline() },
    { name: 'push on tags', pipeline: withTriggers(git({ push: [{ tags: { includes: ['v*'] } }] })) },
    {
      name: 'push on branches and file paths',
      pipeline: withTriggers(
        git({ push: [{ branches: { includes: ['main'] }, filePaths: { includes: ['src/**'] } }] }),
      ),
    },
    {
      name: 'pull request with events',
      pipeline: withTriggers(git({ pullRequest: [{ branches: { includes: ['main'] }, events: ['OPEN', 'UPDATED'] }] })),
    },
    {
      name: 'push and pull request together (CDK T6: the API allows it)',
      pipeline: withTriggers(
        git({ push: [{ tags: { includes: ['v1'] } }], pullRequest: [{ branches: { includes: ['main'] } }] }),
      ),
    },
  ],
  invalid: [
    {
      name: 'nine tag excludes (CDK T1)',
      pipeline: withTriggers(git({ push: [{ tags: { excludes: patterns(9), includes: ['a'] } }] })),
      diagnostics: [{ path: '/triggers/0/gitConfiguration/push/0/tags/excludes' }],
    },
    {
      name: 'nine branch includes on a pull request (CDK T2)',
      pipeline: withTriggers(git({ pullRequest: [{ branches: { includes: patterns(9) } }] })),
      diagnostics: [{ path: '/triggers/0/gitConfiguration/pullRequest/0/branches/includes' }],
    },
    {
      name: 'pull request without branches (CDK T3)',
      pipeline: withTriggers(git({ pullRequest: [{}] })),
      diagnostics: [{ path: '/triggers/0/gitConfiguration/pullRequest/0' }],
    },
    {
      name: 'four push filters (CDK T4)',
      pipeline: withTriggers(git({ push: Array.from({ length: 4 }, () => ({ tags: { includes: ['a'] } })) })),
      diagnostics: [{ path: '/triggers/0/gitConfiguration/push' }],
    },
    {
      name: 'neither push nor pull request (CDK T7)',
      pipeline: withTriggers(git({})),
      diagnostics: [{ path: '/triggers/0/gitConfiguration' }],
    },
    {
      name: 'source action not CodeStarSourceConnection (CDK T8)',
      pipeline: pipeline({
        stages: [
          stage(
            'Source',
            source('FakeSource', 'SourceOutput', {
              actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
            }),
          ),
          stage('Build', build()),
        ],
        triggers: [git({ sourceActionName: 'FakeSource', push: [{ tags: { includes: ['a'] } }] })],
      }),
      diagnostics: [
        {
          path: '/triggers/0/gitConfiguration/sourceActionName',
          related: ['/stages/0/actions/0/actionTypeId/provider'],
        },
      ],
    },
    {
      name: 'two triggers for one source action (CDK T_dup)',
      pipeline: withTriggers(
        git({ push: [{ tags: { includes: ['a'] } }] }),
        git({ push: [{ tags: { includes: ['b'] } }] }),
      ),
      diagnostics: [
        {
          path: '/triggers/1/gitConfiguration/sourceActionName',
          related: ['/triggers/0/gitConfiguration/sourceActionName'],
        },
      ],
    },
    {
      name: 'unknown source action',
      pipeline: withTriggers(git({ sourceActionName: 'Nope', push: [{ tags: { includes: ['a'] } }] })),
      diagnostics: [{ path: '/triggers/0/gitConfiguration/sourceActionName' }],
    },
    {
      name: 'file paths without branches',
      pipeline: withTriggers(git({ push: [{ filePaths: { includes: ['a'] } }] })),
      diagnostics: [{ path: '/triggers/0/gitConfiguration/push/0' }],
    },
    {
      name: 'tags with branches',
      pipeline: withTriggers(git({ push: [{ tags: { includes: ['a'] }, branches: { includes: ['main'] } }] })),
      diagnostics: [{ path: '/triggers/0/gitConfiguration/push/0/tags' }],
    },
    {
      name: 'unknown event',
      pipeline: withTriggers(git({ pullRequest: [{ branches: { includes: ['main'] }, events: ['MERGED'] }] })),
      diagnostics: [{ path: '/triggers/0/gitConfiguration/pullRequest/0/events/0' }],
    },
  ],
});
