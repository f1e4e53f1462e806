import { isOpaque } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { at, list, q, record, text } from '../values.js';

const EVENTS = ['OPEN', 'UPDATED', 'CLOSED'];

export const triggerValid: RuleModule = {
  id: 'trigger-valid',
  severity: 'error',
  completeness: 'whole',
  description: 'Triggers name a CodeStarSourceConnection source action once each, with valid git filters.',
  docs: {
    what:
      'At most 50 triggers; `providerType` CodeStarSourceConnection; `gitConfiguration.sourceActionName` names a ' +
      'CodeStarSourceConnection source action of the first stage, one trigger per source action; `push` and ' +
      '`pullRequest` 1-3 filters each, at least one of them; a push filter uses tags, or branches (with optional file ' +
      'paths); a pull-request filter needs branches; includes/excludes 1-8 patterns of 1-255 characters; events 1-3 of ' +
      'OPEN, UPDATED, CLOSED.',
    why: 'The API bounds these lists and values; AWS docs list the valid filter combinations; CDK enforces the rest.',
    fix: 'Point the trigger at the CodeStarSourceConnection action, keep one trigger per action, and use a listed filter combination.',
    rules: ['R23', 'R27', 'R68', 'R69'],
    sources: [
      'API PipelineTriggerDeclaration/GitConfiguration/GitPushFilter/GitPullRequestFilter',
      'DOC pipelines-triggers',
      'CDK validateTriggers',
      'TF trigger',
    ],
    notes:
      'CDK 2.276.0 no longer rejects push and pullRequest together (its old test says it should); the API allows ' +
      'both, so this rule does too. The API requires `gitConfiguration`; CFN and CDK make it optional: this rule follows the API.',
  },
  check({ pipeline, index, report }) {
    const triggers = record(pipeline)?.triggers;
    if (triggers === undefined || isOpaque(triggers)) return;
    const items = list(triggers);
    if (items.length > 50) report({ message: `Pipeline has ${items.length} triggers; at most 50.`, path: '/triggers' });
    const seen = new Map<string, string>();
    items.forEach((t, ti) => {
      const trigger = record(t) ?? {};
      const base = at('/triggers', ti);
      if (trigger.providerType !== 'CodeStarSourceConnection' && !isOpaque(trigger.providerType))
        report({
          message: `Trigger ${ti + 1}: providerType ${q(trigger.providerType)} must be 'CodeStarSourceConnection'.`,
          path: at(base, 'providerType'),
        });
      const git = record(trigger.gitConfiguration);
      if (!git) {
        if (!isOpaque(trigger.gitConfiguration))
          report({ message: `Trigger ${ti + 1} has no gitConfiguration.`, path: at(base, 'gitConfiguration') });
        return;
      }
      const gbase = at(base, 'gitConfiguration');
      const sourceName = text(git.sourceActionName);
      const what = `Trigger for source action ${q(git.sourceActionName)}`;
      if (sourceName !== undefined) {
        const earlier = seen.get(sourceName);
        if (earlier)
          report({
            message: `${what}: another trigger already uses this source action.`,
            path: at(gbase, 'sourceActionName'),
            related: [earlier],
          });
        else seen.set(sourceName, at(gbase, 'sourceActionName'));
        // The first stage's few actions, not a by-name map of the whole pipeline.
        const action = index.stages[0]?.actions.find((a) => a.stageIndex === 0 && a.name === sourceName);
        if (!action)
          report({
            message: `${what}: the first stage has no action of that name.`,
            path: at(gbase, 'sourceActionName'),
          });
        else if (action.provider !== undefined && action.provider !== 'CodeStarSourceConnection')
          report({
            message: `${what}: its provider must be 'CodeStarSourceConnection', got ${q(action.provider)}.`,
            path: at(gbase, 'sourceActionName'),
            related: [at(action.path, 'actionTypeId', 'provider')],
          });
      } else if (git.sourceActionName === undefined) {
        report({ message: `Trigger ${ti + 1} has no sourceActionName.`, path: at(gbase, 'sourceActionName') });
      }
      const criteria = (value: unknown, path: string, label: string) => {
        const c = record(value);
        if (!c) return;
        for (const side of ['includes', 'excludes'] as const) {
          if (c[side] === undefined || isOpaque(c[side])) continue;
          const patterns = list(c[side]);
          if (patterns.length < 1 || patterns.length > 8)
            report({
              message: `${what}: ${label} ${side} has ${patterns.length} patterns; it needs 1-8.`,
              path: at(path, side),
            });
          patterns.forEach((p, pi) => {
            if (!isOpaque(p) && (typeof p !== 'string' || p.length < 1 || p.length > 255))
              report({
                message: `${what}: ${label} ${side} pattern ${pi + 1} must be 1-255 characters.`,
                path: at(path, side, pi),
              });
          });
        }
      };
      const filters = (field: 'push' | 'pullRequest') => {
        const value = git[field];
        if (value === undefined || isOpaque(value)) return 0;
        const fs = list(value);
        if (fs.length < 1 || fs.length > 3)
          report({ message: `${what}: ${field} has ${fs.length} filters; it needs 1-3.`, path: at(gbase, field) });
        fs.forEach((f, fi) => {
          const filter = record(f) ?? {};
          const fpath = at(gbase, field, fi);
          criteria(filter.branches, at(fpath, 'branches'), 'branches');
          criteria(filter.filePaths, at(fpath, 'filePaths'), 'filePaths');
          if (field === 'push') {
            criteria(filter.tags, at(fpath, 'tags'), 'tags');
            if (filter.tags === undefined && filter.branches === undefined)
              report({ message: `${what}: a push filter must specify tags or branches.`, path: fpath });
            else if (filter.tags !== undefined && (filter.branches !== undefined || filter.filePaths !== undefined))
              report({
                message: `${what}: a push filter combines tags with branches or file paths; use tags alone, or branches (with file paths).`,
                path: at(fpath, 'tags'),
              });
            else if (filter.filePaths !== undefined && filter.branches === undefined)
              report({
                message: `${what}: a push filter cannot specify file paths without branches.`,
                path: at(fpath, 'filePaths'),
              });
          } else {
            if (filter.branches === undefined)
              report({ message: `${what}: a pull-request filter must specify branches.`, path: fpath });
            if (filter.events !== undefined && !isOpaque(filter.events)) {
              const events = list(filter.events);
              if (events.length < 1 || events.length > 3)
                report({
                  message: `${what}: events has ${events.length} items; it needs 1-3.`,
                  path: at(fpath, 'events'),
                });
              events.forEach((e, ei) => {
                if (!isOpaque(e) && !EVENTS.includes(e as string))
                  report({
                    message: `${what}: event ${q(e)} is not one of ${EVENTS.join(', ')}.`,
                    path: at(fpath, 'events', ei),
                  });
              });
            }
          }
        });
        return fs.length;
      };
      const count = filters('push') + filters('pullRequest');
      if (count === 0 && !isOpaque(git.push) && !isOpaque(git.pullRequest))
        report({ message: `${what}: specify a push or a pullRequest filter.`, path: gbase });
    });
  },
};
