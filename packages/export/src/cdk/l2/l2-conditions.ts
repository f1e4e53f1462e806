import { isIntrinsic } from '../../cloudformation/intrinsics.js';
import { isPlainObject, ownEntries } from '../../plan/own.js';
import { scalarProp, type CfnToTsContext } from '../cfn-to-ts.js';
import { arr, code, construct, obj, str, type TsExpr } from '../ts-ir.js';

/*
 * Triggers (`triggers:` on codepipeline.Pipeline) and stage conditions (`beforeEntry`,
 * `onSuccess`, `onFailure` with `Conditions` of `codepipeline.Rule`s) as L2 props, where
 * aws-cdk-lib 2.276 renders them exactly (`Trigger._render`, `Stage.getConditions`,
 * `Rule._render` in node_modules/aws-cdk-lib/aws-codepipeline). L2 leaves out empty lists and
 * fills in default pull-request events, and a Rule takes only an `iam.Role` it owns: a value
 * it would write otherwise is returned as undefined, and the caller keeps the field as an L1
 * property override with a warning naming it.
 */

const nonEmptyList = (value: unknown): value is unknown[] => Array.isArray(value) && value.length > 0;

function textList(value: unknown[], ctx: CfnToTsContext): TsExpr {
  return arr(value.map((v) => scalarProp(v, 'string', ctx)));
}

/** `{ Includes, Excludes }` as `<prefix>Includes`/`<prefix>Excludes` entries; undefined when L2 would write it otherwise. */
function filterEntries(value: unknown, prefix: string, ctx: CfnToTsContext): [string, TsExpr][] | undefined {
  if (!isPlainObject(value)) return undefined;
  const entries: [string, TsExpr][] = [];
  for (const [k, v] of ownEntries(value)) {
    if ((k !== 'Includes' && k !== 'Excludes') || !nonEmptyList(v)) return undefined;
    entries.push([`${prefix}${k}`, textList(v, ctx)]);
  }
  return entries.length > 0 ? entries : undefined;
}

const PUSH_FIELDS: Record<string, string> = { Branches: 'branches', FilePaths: 'filePaths', Tags: 'tags' };
const PULL_FIELDS: Record<string, string> = { Branches: 'branches', FilePaths: 'filePaths' };
const EVENTS = ['OPEN', 'UPDATED', 'CLOSED'];

function gitFilter(
  value: unknown,
  fields: Record<string, string>,
  pull: boolean,
  ctx: CfnToTsContext,
): TsExpr | undefined {
  if (!isPlainObject(value)) return undefined;
  const entries: [string, TsExpr][] = [];
  for (const [k, v] of ownEntries(value)) {
    if (pull && k === 'Events') continue;
    const prefix = fields[k];
    const parts = prefix ? filterEntries(v, prefix, ctx) : undefined;
    if (!parts) return undefined;
    entries.push(...parts);
  }
  if (pull) {
    // L2 writes the distinct events, or all three when none are given.
    const events = value['Events'];
    if (!nonEmptyList(events) || new Set(events).size !== events.length) return undefined;
    if (!events.every((e) => typeof e === 'string' && EVENTS.includes(e))) return undefined;
    entries.push(['events', arr(events.map((e) => code(`codepipeline.GitPullRequestEvent.${e as string}`)))]);
  }
  return entries.length > 0 ? obj(entries) : undefined;
}

/**
 * The `triggers` prop, given the variables holding the source actions by name; undefined when
 * L2 cannot write them as declared (they stay an override).
 */
export function l2Triggers(
  triggers: unknown,
  sourceAction: (name: string) => string | undefined,
  ctx: CfnToTsContext,
): TsExpr | undefined {
  if (!nonEmptyList(triggers)) return undefined;
  const items: TsExpr[] = [];
  for (const trigger of triggers) {
    if (!isPlainObject(trigger) || isIntrinsic(trigger)) return undefined;
    if (trigger['ProviderType'] !== 'CodeStarSourceConnection') return undefined;
    const entries: [string, TsExpr][] = [
      ['providerType', code('codepipeline.ProviderType.CODE_STAR_SOURCE_CONNECTION')],
    ];
    for (const k of Object.keys(trigger)) if (k !== 'ProviderType' && k !== 'GitConfiguration') return undefined;
    const git = trigger['GitConfiguration'];
    if (git !== undefined) {
      if (!isPlainObject(git) || typeof git['SourceActionName'] !== 'string') return undefined;
      const action = sourceAction(git['SourceActionName']);
      if (!action) return undefined;
      const gitEntries: [string, TsExpr][] = [['sourceAction', code(action)]];
      for (const [k, v] of ownEntries(git)) {
        if (k === 'SourceActionName') continue;
        if ((k !== 'Push' && k !== 'PullRequest') || !nonEmptyList(v)) return undefined;
        const pull = k === 'PullRequest';
        const filters = v.map((f) => gitFilter(f, pull ? PULL_FIELDS : PUSH_FIELDS, pull, ctx));
        if (filters.some((f) => f === undefined)) return undefined;
        gitEntries.push([pull ? 'pullRequestFilter' : 'pushFilter', arr(filters as TsExpr[])]);
      }
      entries.push(['gitConfiguration', obj(gitEntries)]);
    }
    items.push(obj(entries));
  }
  return arr(items);
}

/** One `codepipeline.Rule`, or undefined when L2 would write it otherwise. */
function rule(value: unknown, ctx: CfnToTsContext): TsExpr | undefined {
  if (!isPlainObject(value) || isIntrinsic(value)) return undefined;
  const type = value['RuleTypeId'];
  if (!isPlainObject(type) || type['Category'] !== 'Rule' || type['Owner'] !== 'AWS') return undefined;
  if (typeof type['Provider'] !== 'string') return undefined;
  if (Object.keys(type).some((k) => !['Category', 'Owner', 'Provider', 'Version'].includes(k))) return undefined;
  const name = value['Name'];
  if (typeof name !== 'string' || !/^[A-Za-z0-9.@\-_]{1,100}$/.test(name)) return undefined;
  const entries: [string, TsExpr][] = [
    ['name', str(name)],
    ['provider', str(type['Provider'])],
  ];
  if (type['Version'] !== undefined) entries.push(['version', scalarProp(type['Version'], 'string', ctx)]);
  for (const [k, v] of ownEntries(value)) {
    if (k === 'Name' || k === 'RuleTypeId') continue;
    if (k === 'Configuration' && isPlainObject(v) && !isIntrinsic(v)) {
      entries.push(['configuration', obj(ownEntries(v).map(([ck, cv]) => [ck, scalarProp(cv, 'config', ctx)]))]);
    } else if (k === 'InputArtifacts' && Array.isArray(v)) {
      const names = v.map((a) => (isPlainObject(a) && Object.keys(a).length === 1 ? a['Name'] : undefined));
      if (!names.every((n) => typeof n === 'string')) return undefined;
      entries.push(['inputArtifacts', arr(names.map((n) => str(n as string)))]);
    } else if (k === 'Commands' && Array.isArray(v)) {
      entries.push(['commands', textList(v, ctx)]);
    } else if (k === 'Region') {
      entries.push(['region', scalarProp(v, 'string', ctx)]);
    } else {
      // RoleArn: a Rule takes an `iam.Role` construct, not an imported role.
      return undefined;
    }
  }
  return construct('codepipeline.Rule', [obj(entries)]);
}

const RESULTS = ['ROLLBACK', 'FAIL', 'RETRY', 'SKIP'];

function result(value: unknown): TsExpr | undefined {
  return typeof value === 'string' && RESULTS.includes(value) ? code(`codepipeline.Result.${value}`) : undefined;
}

function conditions(value: unknown, ctx: CfnToTsContext): TsExpr | undefined {
  if (!nonEmptyList(value)) return undefined;
  const items: TsExpr[] = [];
  for (const condition of value) {
    if (!isPlainObject(condition) || isIntrinsic(condition)) return undefined;
    const entries: [string, TsExpr][] = [];
    for (const [k, v] of ownEntries(condition)) {
      if (k === 'Result') {
        const r = result(v);
        if (!r) return undefined;
        entries.push(['result', r]);
      } else if (k === 'Rules' && nonEmptyList(v)) {
        const rules = v.map((r) => rule(r, ctx));
        if (rules.some((r) => r === undefined)) return undefined;
        entries.push(['rules', arr(rules as TsExpr[])]);
      } else return undefined;
    }
    items.push(obj(entries));
  }
  return arr(items);
}

const STAGE_PROPS: Record<string, string> = {
  BeforeEntry: 'beforeEntry',
  OnSuccess: 'onSuccess',
  OnFailure: 'onFailure',
};

/** A stage's `BeforeEntry`/`OnSuccess`/`OnFailure` as its L2 prop `[name, value]`, or undefined. */
export function l2StageCondition(field: string, value: unknown, ctx: CfnToTsContext): [string, TsExpr] | undefined {
  const prop = STAGE_PROPS[field];
  if (!prop || !isPlainObject(value) || isIntrinsic(value)) return undefined;
  const entries: [string, TsExpr][] = [];
  for (const [k, v] of ownEntries(value)) {
    if (k === 'Conditions') {
      const c = conditions(v, ctx);
      if (!c) return undefined;
      entries.push(['conditions', c]);
    } else if (field === 'OnFailure' && k === 'Result') {
      const r = result(v);
      if (!r) return undefined;
      entries.push(['result', r]);
    } else if (field === 'OnFailure' && k === 'RetryConfiguration') {
      const mode = isPlainObject(v) && Object.keys(v).length === 1 ? v['RetryMode'] : undefined;
      if (mode !== 'ALL_ACTIONS' && mode !== 'FAILED_ACTIONS') return undefined;
      entries.push(['retryMode', code(`codepipeline.RetryMode.${mode}`)]);
    } else return undefined;
  }
  // An empty object would be written as `{}` by L2 only with conditions; keep it as declared.
  if (!entries.some(([k]) => k === 'conditions') && field !== 'OnFailure') return undefined;
  if (entries.length === 0) return undefined;
  return [prop, obj(entries)];
}
