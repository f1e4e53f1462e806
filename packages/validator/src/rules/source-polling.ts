import { setConfigKey } from '../fixes.js';
import type { RuleModule } from '../types.js';
import { at, q, text } from '../values.js';

/** Source providers that poll unless PollForSourceChanges is "false". */
const POLLING: ReadonlySet<string> = new Set(['AWS/S3', 'AWS/CodeCommit', 'ThirdParty/GitHub']);

export const sourcePolling: RuleModule = {
  id: 'source-polling',
  severity: 'warning',
  scope: 'stage',
  description: 'Source actions use change events, not polling.',
  docs: {
    what:
      'Reports an S3, CodeCommit or GitHub (version 1) source action whose `PollForSourceChanges` is "true" or absent ' +
      '(it defaults to polling when the pipeline is created from the CLI or CloudFormation).',
    why:
      'The design\'s anti-pattern "Polling for Changes: Use CloudWatch Events/webhooks". Polling is slower, counts ' +
      'against the 300 polling pipelines per Region, and AWS recommends event-based change detection.',
    fix:
      'Set PollForSourceChanges to "false" (the fix does) and add an EventBridge rule (CodeCommit, S3 with CloudTrail) ' +
      'or a webhook; better, move GitHub sources to CodeStarSourceConnection.',
    rules: [],
    sources: [
      'seed-design.md Anti-Patterns 3',
      'DOC22 limits.md (polling pipelines per Region)',
      'action-providers.json PollForSourceChanges-defaults',
    ],
  },
  check({ index, report }) {
    for (const action of index.actions) {
      if (action.category !== 'Source' || !POLLING.has(`${action.owner}/${action.provider}`)) continue;
      const raw = action.configuration?.PollForSourceChanges;
      const value = text(raw);
      if (raw !== undefined && value === undefined) continue; // opaque: cannot tell
      if (value !== undefined && value.toLowerCase() !== 'true') continue;
      report({
        message:
          value === undefined
            ? `Source action ${q(action.name)} (${action.provider}) polls for changes by default.`
            : `Source action ${q(action.name)} (${action.provider}) polls for changes.`,
        path:
          value === undefined
            ? at(action.path, 'configuration')
            : at(action.path, 'configuration', 'PollForSourceChanges'),
        fix: setConfigKey(
          action,
          'PollForSourceChanges',
          'false',
          'Set PollForSourceChanges to "false" (add an event rule or webhook)',
        ),
      });
    }
  },
};
