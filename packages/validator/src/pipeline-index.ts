import { lookupProvider, type Pipeline, type ProviderSpec } from '@pipewright/model';
import { accountOf, at, list, num, record, text } from './values.js';

/*
 * One shared, read-only view of the pipeline, built once per validate() call and
 * handed to every rule: actions flattened with their position, producers by
 * artifact, namespaces and names, and every `#{ns.key}` reference. Rules look
 * things up here instead of walking the pipeline again, which keeps validation
 * linear in the number of actions.
 */

export interface NamedRef {
  /** The literal name, or undefined when missing or opaque. */
  name: string | undefined;
  raw: unknown;
  path: string;
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
}

export interface PipelineIndex {
  stages: StageEntry[];
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

const REFERENCE = /#\{([^}]*)\}/g;

/** Collects `#{ns.key}` references in a literal string. */
function collectRefs(value: unknown, path: string, into: VariableRef[]): void {
  if (typeof value !== 'string' || !value.includes('#{')) return;
  for (const match of value.matchAll(REFERENCE)) {
    const inner = match[1] ?? '';
    const dot = inner.indexOf('.');
    into.push({
      namespace: dot < 0 ? inner : inner.slice(0, dot),
      key: dot < 0 ? '' : inner.slice(dot + 1),
      text: match[0],
      path,
    });
  }
}

function namedRefs(value: unknown, base: string): NamedRef[] {
  return list(value).map((item, i) => {
    const raw = record(item)?.name;
    return { name: text(raw), raw, path: at(base, i, 'name') };
  });
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const existing = map.get(key);
  if (existing) existing.push(value);
  else map.set(key, [value]);
}

export function buildIndex(pipeline: Pipeline): PipelineIndex {
  const p = (record(pipeline) ?? {}) as Record<string, unknown>;
  const stages: StageEntry[] = [];
  const actions: ActionEntry[] = [];
  const producers: PipelineIndex['producers'] = new Map();
  const namespaces: PipelineIndex['namespaces'] = new Map();
  const actionsByName: PipelineIndex['actionsByName'] = new Map();

  list(p.stages).forEach((stageValue, s) => {
    const stage = record(stageValue) ?? {};
    const stagePath = at('', 'stages', s);
    const entry: StageEntry = { index: s, raw: stage, path: stagePath, name: text(stage.name), actions: [] };
    list(stage.actions).forEach((actionValue, a) => {
      const action = record(actionValue) ?? {};
      const path = at(stagePath, 'actions', a);
      const typeId = record(action.actionTypeId) ?? {};
      const category = text(typeId.category);
      const owner = text(typeId.owner);
      const provider = text(typeId.provider);
      const version = text(typeId.version);
      const configuration = record(action.configuration);
      const variableRefs: VariableRef[] = [];
      if (configuration) {
        for (const key in configuration) collectRefs(configuration[key], at(path, 'configuration', key), variableRefs);
      }
      list(action.environmentVariables).forEach((env, e) =>
        collectRefs(record(env)?.value, at(path, 'environmentVariables', e, 'value'), variableRefs),
      );
      list(action.commands).forEach((command, c) => collectRefs(command, at(path, 'commands', c), variableRefs));
      const runOrderRaw = action.runOrder;
      const item: ActionEntry = {
        stageIndex: s,
        actionIndex: a,
        flatIndex: actions.length,
        raw: action,
        path,
        name: text(action.name),
        stageName: entry.name,
        runOrder: runOrderRaw === undefined ? 1 : num(runOrderRaw),
        category,
        owner,
        provider,
        version,
        spec:
          category && owner && provider && version
            ? lookupProvider({ category, owner, provider, version } as Parameters<typeof lookupProvider>[0])
            : undefined,
        inputs: namedRefs(action.inputArtifacts, at(path, 'inputArtifacts')),
        outputs: namedRefs(action.outputArtifacts, at(path, 'outputArtifacts')),
        namespace: text(action.namespace),
        configuration,
        variableRefs,
        account: accountOf(action.roleArn),
        region: text(action.region),
      };
      actions.push(item);
      entry.actions.push(item);
      for (const ref of item.outputs) if (ref.name !== undefined) pushTo(producers, ref.name, { action: item, ref });
      if (item.namespace !== undefined) pushTo(namespaces, item.namespace, item);
      if (item.name !== undefined) pushTo(actionsByName, item.name, item);
    });
    stages.push(entry);
  });

  const variableNames = new Set<string>();
  for (const v of list(p.variables)) {
    const name = text(record(v)?.name);
    if (name !== undefined) variableNames.add(name);
  }

  const type = p.pipelineType;
  return {
    stages,
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
