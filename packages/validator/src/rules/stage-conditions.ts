import { CONDITION_RESULTS, RULE_PROVIDERS, STAGE_FAILURE_RESULTS, isOpaque } from '@pipewright/model';
import { CONDITION_KINDS } from '../conditions.js';
import type { RuleModule } from '../types.js';
import { at, list, q, record, text } from '../values.js';

const RULE_PROVIDER = /^[0-9A-Za-z_-]{1,35}$/;
const VERSION = /^[0-9A-Za-z_-]{1,9}$/;

export const stageConditions: RuleModule = {
  id: 'stage-conditions',
  severity: 'error',
  scope: 'stage',
  description:
    'Stage conditions have one condition of 1-5 rules, results their type allows, and no rollback in PARALLEL mode.',
  docs: {
    what:
      '`beforeEntry` and `onSuccess` need `conditions`; every `conditions` list has exactly one condition; a condition ' +
      'has 1-5 rules. Condition results: beforeEntry FAIL or SKIP, onSuccess ROLLBACK or FAIL, onFailure ROLLBACK; ' +
      "the stage's own `onFailure.result` ROLLBACK, RETRY or FAIL (the model's CONDITION_RESULTS and " +
      'STAGE_FAILURE_RESULTS, which the inspector offers too). Each rule has a name and a `ruleTypeId` with category ' +
      '`Rule`, owner `AWS`, a provider of 1-35 characters (documented: CloudWatchAlarm, CodeBuild, Commands, ' +
      'DeploymentWindow, LambdaInvoke, VariableCheck) and a version of 1-9. A PARALLEL pipeline cannot use ROLLBACK.',
    why: 'The API bounds the lists and enums; AWS docs list the results per condition type and exclude rollback in PARALLEL mode.',
    fix: 'Keep one condition per block, pick a result the condition type takes, or switch PARALLEL to QUEUED to keep rollback.',
    rules: ['R26', 'R33', 'R34', 'R35'],
    sources: [
      'API BeforeEntryConditions/SuccessConditions/FailureConditions/Condition/RuleDeclaration/RuleTypeId',
      'DOC concepts-how-it-works-conditions',
      'DOC execution-modes',
      'TF before_entry/on_success/on_failure',
    ],
    notes:
      'The CFN schema makes `conditions` optional and restricts `FailureConditions.Result` to ROLLBACK and RETRY; the API ' +
      'requires `conditions` in beforeEntry/onSuccess and takes ROLLBACK, FAIL, RETRY and SKIP everywhere. This rule ' +
      'follows the API for structure and the docs for condition results; `onFailure.result` takes what the API and CFN ' +
      "agree on (ROLLBACK, RETRY, with or without `retryConfiguration`) plus the API's FAIL. Unknown rule providers are not errors: the list comes from docs, not the API.",
  },
  check({ pipeline, index, report }) {
    const parallel = record(pipeline)?.executionMode === 'PARALLEL';
    const result = (value: unknown, allowed: readonly string[], path: string, what: string) => {
      if (value === undefined || isOpaque(value)) return;
      if (typeof value === 'string' && allowed.includes(value)) {
        if (parallel && value === 'ROLLBACK')
          report({ message: `${what}: rollback is not available in a PARALLEL pipeline.`, path });
        return;
      }
      report({ message: `${what}: result ${q(value)} is not one of ${allowed.join(', ')}.`, path });
    };
    for (const stage of index.stages) {
      for (const kind of CONDITION_KINDS) {
        const block = record(stage.raw[kind]);
        if (!block) continue;
        const base = at(stage.path, kind);
        const what = `Stage ${q(stage.name)} ${kind}`;
        if (kind === 'onFailure') {
          result(block.result, STAGE_FAILURE_RESULTS, at(base, 'result'), what);
          const mode = record(block.retryConfiguration)?.retryMode;
          if (mode !== undefined && !isOpaque(mode) && mode !== 'FAILED_ACTIONS' && mode !== 'ALL_ACTIONS')
            report({
              message: `${what}: retryMode ${q(mode)} is not FAILED_ACTIONS or ALL_ACTIONS.`,
              path: at(base, 'retryConfiguration', 'retryMode'),
            });
        }
        if (block.conditions === undefined) {
          if (kind !== 'onFailure')
            report({ message: `${what} has no conditions; it needs exactly one.`, path: at(base, 'conditions') });
          continue;
        }
        if (isOpaque(block.conditions)) continue;
        const conditions = list(block.conditions);
        if (conditions.length !== 1)
          report({
            message: `${what} has ${conditions.length} conditions; it needs exactly one.`,
            path: at(base, 'conditions'),
          });
        conditions.forEach((c, ci) => {
          const condition = record(c) ?? {};
          const cpath = at(base, 'conditions', ci);
          result(condition.result, CONDITION_RESULTS[kind], at(cpath, 'result'), what);
          if (isOpaque(condition.rules)) return;
          const rules = list(condition.rules);
          if (rules.length < 1 || rules.length > 5)
            report({
              message: `${what}: a condition has ${rules.length} rules; it needs 1-5.`,
              path: at(cpath, 'rules'),
            });
          rules.forEach((r, ri) => {
            const rule = record(r) ?? {};
            const rpath = at(cpath, 'rules', ri);
            const rwhat = `Rule ${q(rule.name)} of stage ${q(stage.name)}`;
            const typeId = record(rule.ruleTypeId);
            if (!typeId) {
              if (!isOpaque(rule.ruleTypeId))
                report({ message: `${rwhat} has no ruleTypeId.`, path: at(rpath, 'ruleTypeId') });
              return;
            }
            const tpath = at(rpath, 'ruleTypeId');
            if (typeId.category !== 'Rule' && !isOpaque(typeId.category))
              report({
                message: `${rwhat}: category ${q(typeId.category)} must be 'Rule'.`,
                path: at(tpath, 'category'),
              });
            if (typeId.owner !== undefined && typeId.owner !== 'AWS' && !isOpaque(typeId.owner))
              report({ message: `${rwhat}: owner ${q(typeId.owner)} must be 'AWS'.`, path: at(tpath, 'owner') });
            const provider = typeId.provider;
            if (!isOpaque(provider) && (typeof provider !== 'string' || !RULE_PROVIDER.test(provider)))
              report({
                message: `${rwhat}: provider ${q(provider)} must be 1-35 letters, digits, _ or - (e.g. ${RULE_PROVIDERS.join(', ')}).`,
                path: at(tpath, 'provider'),
              });
            const version = typeId.version;
            if (version !== undefined && !isOpaque(version) && !VERSION.test(text(version) ?? ''))
              report({
                message: `${rwhat}: version ${q(version)} must be 1-9 letters, digits, _ or -.`,
                path: at(tpath, 'version'),
              });
          });
        });
      }
    }
  },
};
