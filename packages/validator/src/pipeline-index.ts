import { displayValue, isOpaque, lookupProvider, type Pipeline, type ProviderSpec } from '@pipewright/model';
import type { RuleEntry } from './conditions.js';
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
  /**
   * For an input: the output declarations of that name, in document order; undefined when no
   * action produces it. Looked up once when the index is built, for the several rules that ask.
   */
  producers: readonly NamedRef[] | undefined = undefined;

  constructor(
    /** The action that declares it. */
    readonly action: ActionEntry,
    /** The literal name, or undefined when missing or opaque. */
    readonly name: string | undefined,
    readonly raw: unknown,
    private readonly field: 'inputArtifacts' | 'outputArtifacts',
    readonly index: number,
  ) {}

  /** Pointer to the `name` field; built on demand, since most refs are never reported. */
  get path(): string {
    return `${this.action.path}/${this.field}/${this.index}/name`;
  }
}

/** One `#{namespace.key}` reference inside a field of an action. */
export class VariableRef {
  /**
   * The actions whose namespace this reference names, in document order; undefined when none
   * does. Looked up once when the index is built, for the several rules that ask.
   */
  producers: readonly ActionEntry[] | undefined = undefined;

  constructor(
    readonly namespace: string,
    readonly key: string,
    private readonly value: string,
    private readonly start: number,
    private readonly end: number,
    private readonly action: ActionEntry,
    /** Where in the action: a configuration key, or an index into environmentVariables or commands. */
    private readonly field: 'configuration' | 'environmentVariables' | 'commands',
    private readonly where: string | number,
  ) {}

  /** The whole reference as written, e.g. `#{SourceVariables.CommitId}`; built on demand for messages. */
  get text(): string {
    return this.value.slice(this.start, this.end);
  }

  /** Pointer to the field holding the reference; built on demand, like the text. */
  get path(): string {
    const base = this.action.path;
    if (this.field === 'configuration') return at(base, 'configuration', this.where);
    if (this.field === 'environmentVariables') return `${base}/environmentVariables/${this.where}/value`;
    return `${base}/commands/${this.where}`;
  }
}

const NO_VARIABLE_REFS: readonly VariableRef[] = [];
const NO_NAMED_REFS: readonly NamedRef[] = [];
const NO_KEYS: readonly string[] = [];

/**
 * One action with what rules ask of it, read once. It is built for every action on every
 * validate() call, so it allocates as little as it can: its pointer and the pointers and
 * texts of its refs are built only when a rule asks for them (most actions are never reported).
 */
export class ActionEntry {
  readonly name: string | undefined;
  /** Effective run order (default 1); undefined when opaque or not a number. */
  readonly runOrder: number | undefined;
  readonly category: string | undefined;
  readonly owner: string | undefined;
  readonly provider: string | undefined;
  readonly version: string | undefined;
  /** The catalogue entry, when the type is known. */
  readonly spec: ProviderSpec | undefined;
  readonly inputs: readonly NamedRef[];
  readonly outputs: readonly NamedRef[];
  readonly namespace: string | undefined;
  readonly configuration: Record<string, unknown> | undefined;
  /** The configuration is an opaque value as a whole: its keys cannot be known. */
  readonly configOpaque: boolean;
  /** The configuration's keys, listed once here so rules do not each enumerate the map. */
  readonly configKeys: readonly string[];
  /** The configuration's values, in the order of `configKeys` (reading a document's maps by key is slow). */
  readonly configValues: readonly unknown[];
  readonly variableRefs: readonly VariableRef[];
  /** Account of the action's `roleArn`, when it is a literal ARN. */
  readonly account: string | undefined;
  readonly region: string | undefined;
  // Fields as written (possibly opaque or malformed), read here once for the rules that check them.
  readonly roleArn: unknown;
  readonly timeoutInMinutes: unknown;
  readonly environmentVariables: unknown;
  readonly commands: unknown;
  readonly outputVariables: unknown;
  private pointer: string | undefined = undefined;

  constructor(
    readonly raw: Record<string, unknown>,
    readonly stageIndex: number,
    readonly actionIndex: number,
    /** Position in `index.actions`. */
    readonly flatIndex: number,
    readonly stageName: string | undefined,
  ) {
    // One pass over the keys the action has, instead of a look-up per field it may lack: a
    // document's actions come in many shapes, and reading absent fields is the slow case.
    let typeIdValue: unknown, nameValue: unknown, runOrderValue: unknown, inputsValue: unknown, outputsValue: unknown;
    let namespaceValue: unknown, configurationValue: unknown, roleArnValue: unknown, regionValue: unknown;
    let timeoutValue: unknown, environmentValue: unknown, commandsValue: unknown, outputVariablesValue: unknown;
    for (const key in raw) {
      switch (key) {
        case 'actionTypeId':
          typeIdValue = raw[key];
          break;
        case 'name':
          nameValue = raw[key];
          break;
        case 'runOrder':
          runOrderValue = raw[key];
          break;
        case 'inputArtifacts':
          inputsValue = raw[key];
          break;
        case 'outputArtifacts':
          outputsValue = raw[key];
          break;
        case 'namespace':
          namespaceValue = raw[key];
          break;
        case 'configuration':
          configurationValue = raw[key];
          break;
        case 'roleArn':
          roleArnValue = raw[key];
          break;
        case 'region':
          regionValue = raw[key];
          break;
        case 'timeoutInMinutes':
          timeoutValue = raw[key];
          break;
        case 'environmentVariables':
          environmentValue = raw[key];
          break;
        case 'commands':
          commandsValue = raw[key];
          break;
        case 'outputVariables':
          outputVariablesValue = raw[key];
          break;
      }
    }
    const typeId = record(typeIdValue);
    const category = (this.category = text(typeId?.category));
    const owner = (this.owner = text(typeId?.owner));
    const provider = (this.provider = text(typeId?.provider));
    const version = (this.version = text(typeId?.version));
    this.spec = category && owner && provider && version ? specOf(category, owner, provider, version) : undefined;
    this.name = text(nameValue);
    this.runOrder = runOrderValue === undefined ? 1 : num(runOrderValue);
    this.inputs = namedRefs(this, inputsValue, 'inputArtifacts');
    this.outputs = namedRefs(this, outputsValue, 'outputArtifacts');
    this.namespace = text(namespaceValue);
    const configuration = (this.configuration = record(configurationValue));
    this.configOpaque = configuration === undefined && isOpaque(configurationValue);
    this.configKeys = configuration ? Object.keys(configuration) : NO_KEYS;
    this.configValues = configuration ? Object.values(configuration) : NO_KEYS;
    this.roleArn = roleArnValue;
    this.timeoutInMinutes = timeoutValue;
    this.environmentVariables = environmentValue;
    this.commands = commandsValue;
    this.outputVariables = outputVariablesValue;
    this.variableRefs = variableRefsOf(this);
    this.account = accountOf(roleArnValue);
    this.region = text(regionValue);
  }

  /** `/stages/<s>/actions/<a>`, built on first use. */
  get path(): string {
    return (this.pointer ??= `/stages/${this.stageIndex}/actions/${this.actionIndex}`);
  }
}

export interface StageEntry {
  index: number;
  raw: Record<string, unknown>;
  path: string;
  name: string | undefined;
  actions: ActionEntry[];
  /** Actions that are opaque as a whole (e.g. a CloudFormation `Fn::If`): counted, never inspected. */
  opaqueActions: number;
  /** The rules of the stage's conditions, listed on first use by `stageRules()`. */
  conditionRules: readonly RuleEntry[] | undefined;
}

export interface PipelineIndex {
  stages: StageEntry[];
  /** Stages that are opaque as a whole: counted, never inspected. */
  opaqueStages: number;
  actions: ActionEntry[];
  /** Every output declaration by artifact name, in document order. */
  producers: Map<string, NamedRef[]>;
  /** Actions by literal namespace, in document order. */
  namespaces: Map<string, ActionEntry[]>;
  /** Actions by literal name, in document order; built on first use. */
  readonly actionsByName: Map<string, ActionEntry[]>;
  /** Two actions share a literal name (in a stage or across stages). */
  duplicateActionNames: boolean;
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

/** The first of `producers` that runs before `consumer` (no closure: this sits on the hot path). */
export function firstBefore(producers: readonly ActionEntry[], consumer: ActionEntry): ActionEntry | undefined {
  for (const p of producers) if (runsBefore(p, consumer)) return p;
  return undefined;
}

/**
 * Refs found in the action being indexed. Reused, then copied out at their exact length: a
 * fresh array per action would start with room for 17 and most actions have one or two.
 * Counted rather than resized (setting `length` is a slow call), and emptied slot by slot
 * after each action, so this long-lived array never holds on to an earlier call's refs.
 */
const found: (VariableRef | undefined)[] = [];
let foundCount = 0;

/** Adds the `#{ns.key}` references of a string that contains `#{` to `found`. */
function collectRefs(
  value: string,
  action: ActionEntry,
  field: 'configuration' | 'environmentVariables' | 'commands',
  where: string | number,
): void {
  let start = value.indexOf('#{');
  while (start >= 0) {
    const end = value.indexOf('}', start + 2);
    if (end < 0) break;
    const dot = value.indexOf('.', start + 2);
    const hasDot = dot >= 0 && dot < end;
    const namespace = value.slice(start + 2, hasDot ? dot : end);
    const key = hasDot ? value.slice(dot + 1, end) : '';
    found[foundCount++] = new VariableRef(namespace, key, value, start, end + 1, action, field, where);
    start = value.indexOf('#{', end + 1);
  }
}

/** Every `#{ns.key}` in the action's configuration values, environment variable values and commands. */
function variableRefsOf(action: ActionEntry): readonly VariableRef[] {
  if (foundCount > 0) takeFound(); // an earlier call threw half-way: drop what it left
  const { configKeys, configValues, environmentVariables: env, commands } = action;
  for (let k = 0; k < configValues.length; k++) {
    const value = configValues[k];
    if (typeof value === 'string' && value.includes('#{')) collectRefs(value, action, 'configuration', configKeys[k]!);
  }
  if (Array.isArray(env))
    for (let e = 0; e < env.length; e++) {
      const value = record(env[e])?.value;
      if (typeof value === 'string' && value.includes('#{')) collectRefs(value, action, 'environmentVariables', e);
    }
  if (Array.isArray(commands))
    for (let c = 0; c < commands.length; c++) {
      const value: unknown = commands[c];
      if (typeof value === 'string' && value.includes('#{')) collectRefs(value, action, 'commands', c);
    }
  return foundCount === 0 ? NO_VARIABLE_REFS : takeFound();
}

function takeFound(): VariableRef[] {
  const refs = found.slice(0, foundCount) as VariableRef[];
  for (let i = 0; i < foundCount; i++) found[i] = undefined;
  foundCount = 0;
  return refs;
}

function namedRefs(
  action: ActionEntry,
  value: unknown,
  field: 'inputArtifacts' | 'outputArtifacts',
): readonly NamedRef[] {
  if (!Array.isArray(value) || value.length === 0) return NO_NAMED_REFS;
  const out: NamedRef[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    // A plain read: an opaque item or an array has no `name`, so no record() check is needed.
    const item: unknown = value[i];
    const raw = typeof item === 'object' && item !== null ? (item as { name?: unknown }).name : undefined;
    out[i] = new NamedRef(action, typeof raw === 'string' ? raw : undefined, raw, field, i);
  }
  return out;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const existing = map.get(key);
  if (existing) existing.push(value);
  else map.set(key, [value]);
}

/**
 * Catalogue look-ups, cached by provider and then compared field by field: one hash of the
 * provider instead of a key string to build (or four maps to walk) for every action. Bounded,
 * since the combinations come from documents.
 */
interface SeenType {
  category: string;
  owner: string;
  version: string;
  spec: ProviderSpec | undefined;
}
const seenTypes = new Map<string, SeenType[]>();
let seenCount = 0;
function specOf(category: string, owner: string, provider: string, version: string): ProviderSpec | undefined {
  let seen = seenTypes.get(provider);
  if (seen)
    for (const t of seen) if (t.category === category && t.owner === owner && t.version === version) return t.spec;
  if (seenCount >= 10_000) {
    seenTypes.clear();
    seenCount = 0;
    seen = undefined;
  }
  const spec = lookupProvider({ category, owner, provider, version } as Parameters<typeof lookupProvider>[0]);
  if (!seen) seenTypes.set(provider, (seen = []));
  seen.push({ category, owner, version, spec });
  seenCount++;
  return spec;
}

/**
 * The index, as a class so its lazy member is a getter on the prototype. (A getter in an
 * object literal gives every call its own hidden class; the collector kept those, and through
 * them each call's whole index, until a full collection: a third of validation time.)
 */
class Index implements PipelineIndex {
  private byName: Map<string, ActionEntry[]> | undefined = undefined;

  constructor(
    readonly stages: StageEntry[],
    readonly opaqueStages: number,
    readonly actions: ActionEntry[],
    readonly producers: Map<string, NamedRef[]>,
    readonly namespaces: Map<string, ActionEntry[]>,
    readonly duplicateActionNames: boolean,
    readonly variableNames: Set<string>,
    readonly pipelineAccount: string | undefined,
    readonly pipelineType: PipelineIndex['pipelineType'],
  ) {}

  get actionsByName(): Map<string, ActionEntry[]> {
    if (this.byName === undefined) {
      this.byName = new Map();
      for (const action of this.actions) if (action.name !== undefined) pushTo(this.byName, action.name, action);
    }
    return this.byName;
  }
}

export function buildIndex(pipeline: Pipeline): PipelineIndex {
  const p = (record(pipeline) ?? {}) as Record<string, unknown>;
  const stages: StageEntry[] = [];
  const actions: ActionEntry[] = [];
  const producers: PipelineIndex['producers'] = new Map();
  const namespaces: PipelineIndex['namespaces'] = new Map();
  // Names are nearly always unique, so a set finds duplicates and the map waits until a rule asks.
  const names = new Set<string>();
  let duplicateActionNames = false;

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
      conditionRules: undefined,
    };
    const actionList = list(stage.actions);
    for (let a = 0; a < actionList.length; a++) {
      const rawAction: unknown = actionList[a];
      if (isOpaque(rawAction)) {
        entry.opaqueActions++;
        continue;
      }
      const fields = typeof rawAction === 'object' && rawAction !== null && !Array.isArray(rawAction) ? rawAction : {};
      const item = new ActionEntry(fields as Record<string, unknown>, s, a, actions.length, entry.name);
      actions.push(item);
      entry.actions.push(item);
      for (const ref of item.outputs) if (ref.name !== undefined) pushTo(producers, ref.name, ref);
      if (item.namespace !== undefined) pushTo(namespaces, item.namespace, item);
      if (item.name !== undefined) {
        const before = names.size;
        if (names.add(item.name).size === before) duplicateActionNames = true;
      }
    }
    stages.push(entry);
  }

  for (const action of actions) {
    for (const ref of action.inputs) if (ref.name !== undefined) ref.producers = producers.get(ref.name);
    for (const ref of action.variableRefs) ref.producers = namespaces.get(ref.namespace);
  }

  const variableNames = new Set<string>();
  for (const v of list(p.variables)) {
    const name = text(record(v)?.name);
    if (name !== undefined) variableNames.add(name);
  }

  const type = p.pipelineType;
  return new Index(
    stages,
    opaqueStages,
    actions,
    producers,
    namespaces,
    duplicateActionNames,
    variableNames,
    accountOf(p.roleArn),
    type === undefined
      ? undefined
      : type === 'V1' || type === 'V2'
        ? type
        : typeof type === 'string'
          ? 'other'
          : 'opaque',
  );
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
