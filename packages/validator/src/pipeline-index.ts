import { displayValue, isOpaque, lookupProvider, type Pipeline, type ProviderSpec } from '@pipewright/model';
import { accountOf, at, list, num, record, text } from './values.js';

/*
 * One shared, read-only view of the pipeline, built once per validate() call and
 * handed to every rule: actions flattened with their position, producers by
 * artifact, namespaces and names, and every `#{ns.key}` reference. Rules look
 * things up here instead of walking the pipeline again, which keeps validation
 * linear in the number of actions.
 */

/** One input or output artifact of an action. */
export class NamedRef {
  constructor(
    /** The literal name, or undefined when missing or opaque. */
    readonly name: string | undefined,
    readonly raw: unknown,
    private readonly base: string,
    readonly index: number,
  ) {}

  /** Pointer to the `name` field; built on demand, since most refs are never reported. */
  get path(): string {
    return `${this.base}/${this.index}/name`;
  }
}

export interface VariableRef {
  namespace: string;
  key: string;
  /** The whole reference as written, e.g. `#{SourceVariables.CommitId}`. */
  text: string;
  /** Pointer to the field holding the reference. */
  path: string;
}

export interface ActionEntry {
  stageIndex: number;
  actionIndex: number;
  /** Position in `index.actions`. */
  flatIndex: number;
  raw: Record<string, unknown>;
  /** `/stages/<s>/actions/<a>` */
  path: string;
  name: string | undefined;
  stageName: string | undefined;
  /** Effective run order (default 1); undefined when opaque or not a number. */
  runOrder: number | undefined;
  category: string | undefined;
  owner: string | undefined;
  provider: string | undefined;
  version: string | undefined;
  /** The catalogue entry, when the type is known. */
  spec: ProviderSpec | undefined;
  inputs: NamedRef[];
  outputs: NamedRef[];
  namespace: string | undefined;
  configuration: Record<string, unknown> | undefined;
  /** The configuration's keys, listed once here so rules do not each enumerate the map. */
  configKeys: readonly string[];
  variableRefs: VariableRef[];
  /** Account of the action's `roleArn`, when it is a literal ARN. */
  account: string | undefined;
  region: string | undefined;
}

export interface StageEntry {
  index: number;
  raw: Record<string, unknown>;
  path: string;
  name: string | undefined;
  actions: ActionEntry[];
  /** Actions that are opaque as a whole (e.g. a CloudFormation `Fn::If`): counted, never inspected. */
  opaqueActions: number;
}

export interface PipelineIndex {
  stages: StageEntry[];
  /** Stages that are opaque as a whole: counted, never inspected. */
  opaqueStages: number;
  actions: ActionEntry[];
  /** Every output declaration by artifact name, in document order. */
  producers: Map<string, { action: ActionEntry; ref: NamedRef }[]>;
  /** Actions by literal namespace, in document order. */
  namespaces: Map<string, ActionEntry[]>;
  /** Actions by literal name, in document order. */
  actionsByName: Map<string, ActionEntry[]>;
  /** Declared pipeline-level variable names. */
  variableNames: Set<string>;
  /** Account of the pipeline `roleArn`. */
  pipelineAccount: string | undefined;
  /** `V1`, `V2`, undefined when omitted, or `opaque`. */
  pipelineType: 'V1' | 'V2' | 'opaque' | 'other' | undefined;
}

/** True when `a` finishes before `b` starts: an earlier stage, or the same stage with a lower run order. */
export function runsBefore(a: ActionEntry, b: ActionEntry): boolean {
  if (a.stageIndex !== b.stageIndex) return a.stageIndex < b.stageIndex;
  if (a.runOrder === undefined || b.runOrder === undefined) return true; // unknown: give the benefit of the doubt
  return a.runOrder < b.runOrder;
}

/** Adds the `#{ns.key}` references of a string that contains `#{` to `into` (created on first use). */
function collectRefs(value: string, path: string, into: VariableRef[] | undefined): VariableRef[] {
  const out = into ?? [];
  let start = value.indexOf('#{');
  while (start >= 0) {
    const end = value.indexOf('}', start + 2);
    if (end < 0) break;
    const inner = value.slice(start + 2, end);
    const dot = inner.indexOf('.');
    out.push({
      namespace: dot < 0 ? inner : inner.slice(0, dot),
      key: dot < 0 ? '' : inner.slice(dot + 1),
      text: value.slice(start, end + 1),
      path,
    });
    start = value.indexOf('#{', end + 1);
  }
  return out;
}

function namedRefs(value: unknown, base: string): NamedRef[] {
  if (!Array.isArray(value)) return [];
  const out: NamedRef[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const raw = record(value[i])?.name;
    out[i] = new NamedRef(typeof raw === 'string' ? raw : undefined, raw, base, i);
  }
  return out;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const existing = map.get(key);
  if (existing) existing.push(value);
  else map.set(key, [value]);
}

/** Catalogue look-ups, cached by category > owner > provider > version (no key strings to build). */
const specCache = new Map<string, Map<string, Map<string, Map<string, ProviderSpec | null>>>>();
function specOf(category: string, owner: string, provider: string, version: string): ProviderSpec | undefined {
  let byOwner = specCache.get(category);
  if (!byOwner) specCache.set(category, (byOwner = new Map()));
  let byProvider = byOwner.get(owner);
  if (!byProvider) byOwner.set(owner, (byProvider = new Map()));
  let byVersion = byProvider.get(provider);
  if (!byVersion) byProvider.set(provider, (byVersion = new Map()));
  let spec = byVersion.get(version);
  if (spec === undefined) {
    spec = lookupProvider({ category, owner, provider, version } as Parameters<typeof lookupProvider>[0]) ?? null;
    byVersion.set(version, spec);
  }
  return spec ?? undefined;
}

/** Shared by every action without references (most of them); never written to. */
/** The first of `producers` that runs before `consumer` (no closure: this sits on the hot path). */
export function firstBefore(producers: readonly ActionEntry[], consumer: ActionEntry): ActionEntry | undefined {
  for (const p of producers) if (runsBefore(p, consumer)) return p;
  return undefined;
}

const NO_REFS: VariableRef[] = [];
const NO_KEYS: readonly string[] = [];

function actionEntry(
  action: Record<string, unknown>,
  s: number,
  a: number,
  flatIndex: number,
  stageName: string | undefined,
): ActionEntry {
  const path = `/stages/${s}/actions/${a}`;
  const typeId = record(action.actionTypeId);
  const category = text(typeId?.category);
  const owner = text(typeId?.owner);
  const provider = text(typeId?.provider);
  const version = text(typeId?.version);
  const configuration = record(action.configuration);
  let variableRefs: VariableRef[] | undefined;
  const configKeys = configuration ? Object.keys(configuration) : NO_KEYS;
  if (configuration)
    for (const key of configKeys) {
      const value = configuration[key];
      if (typeof value === 'string' && value.includes('#{'))
        variableRefs = collectRefs(value, at(path, 'configuration', key), variableRefs);
    }
  const env = action.environmentVariables;
  if (Array.isArray(env))
    for (let e = 0; e < env.length; e++) {
      const value = record(env[e])?.value;
      if (typeof value === 'string' && value.includes('#{'))
        variableRefs = collectRefs(value, `${path}/environmentVariables/${e}/value`, variableRefs);
    }
  const commands = action.commands;
  if (Array.isArray(commands))
    for (let c = 0; c < commands.length; c++) {
      const value: unknown = commands[c];
      if (typeof value === 'string' && value.includes('#{'))
        variableRefs = collectRefs(value, `${path}/commands/${c}`, variableRefs);
    }
  return {
    stageIndex: s,
    actionIndex: a,
    flatIndex,
    raw: action,
    path,
    name: text(action.name),
    stageName,
    runOrder: action.runOrder === undefined ? 1 : num(action.runOrder),
    category,
    owner,
    provider,
    version,
    spec: category && owner && provider && version ? specOf(category, owner, provider, version) : undefined,
    inputs: namedRefs(action.inputArtifacts, `${path}/inputArtifacts`),
    outputs: namedRefs(action.outputArtifacts, `${path}/outputArtifacts`),
    namespace: text(action.namespace),
    configuration,
    configKeys,
    variableRefs: variableRefs ?? NO_REFS,
    account: accountOf(action.roleArn),
    region: text(action.region),
  };
}

export function buildIndex(pipeline: Pipeline): PipelineIndex {
  const p = (record(pipeline) ?? {}) as Record<string, unknown>;
  const stages: StageEntry[] = [];
  const actions: ActionEntry[] = [];
  const producers: PipelineIndex['producers'] = new Map();
  const namespaces: PipelineIndex['namespaces'] = new Map();
  const actionsByName: PipelineIndex['actionsByName'] = new Map();

  const stageList = list(p.stages);
  let opaqueStages = 0;
  for (let s = 0; s < stageList.length; s++) {
    if (isOpaque(stageList[s])) {
      opaqueStages++;
      continue;
    }
    const stage = record(stageList[s]) ?? {};
    const entry: StageEntry = {
      index: s,
      raw: stage,
      path: `/stages/${s}`,
      name: text(stage.name),
      actions: [],
      opaqueActions: 0,
    };
    const actionList = list(stage.actions);
    for (let a = 0; a < actionList.length; a++) {
      if (isOpaque(actionList[a])) {
        entry.opaqueActions++;
        continue;
      }
      const item = actionEntry(record(actionList[a]) ?? {}, s, a, actions.length, entry.name);
      actions.push(item);
      entry.actions.push(item);
      for (const ref of item.outputs) if (ref.name !== undefined) pushTo(producers, ref.name, { action: item, ref });
      if (item.namespace !== undefined) pushTo(namespaces, item.namespace, item);
      if (item.name !== undefined) pushTo(actionsByName, item.name, item);
    }
    stages.push(entry);
  }

  const variableNames = new Set<string>();
  for (const v of list(p.variables)) {
    const name = text(record(v)?.name);
    if (name !== undefined) variableNames.add(name);
  }

  const type = p.pipelineType;
  return {
    stages,
    opaqueStages,
    actions,
    producers,
    namespaces,
    actionsByName,
    variableNames,
    pipelineAccount: accountOf(p.roleArn),
    pipelineType:
      type === undefined
        ? undefined
        : type === 'V1' || type === 'V2'
          ? type
          : typeof type === 'string'
            ? 'other'
            : 'opaque',
  };
}

/** "Action 'Build' in stage 'CI'", for messages; built only when a rule reports. */
export function actionLabel(action: ActionEntry): string {
  const name =
    action.name === undefined && isOpaque(action.raw.name) ? displayValue(action.raw.name) : quote(action.name);
  return `Action ${name} in stage ${quote(action.stageName)}`;
}

function quote(name: string | undefined): string {
  return name === undefined ? '(unnamed)' : `'${name}'`;
}

/**
 * A per-catalogue-entry lookup into a table keyed by `category/owner/provider`,
 * cached by the entry's identity so no key string is built per action.
 */
export function byType<T>(table: Record<string, T>): (spec: ProviderSpec | undefined) => T | undefined {
  const cache = new WeakMap<ProviderSpec, T | null>();
  return (spec) => {
    if (!spec) return undefined;
    let hit = cache.get(spec);
    if (hit === undefined) {
      hit = table[`${spec.category}/${spec.owner}/${spec.provider}`] ?? null;
      cache.set(spec, hit);
    }
    return hit ?? undefined;
  };
}
