import {
  holdsVariableReference,
  isOpaque,
  lookupProvider,
  scanVariableReferences,
  type Pipeline,
  type ProviderSpec,
} from '@pipewright/model';
import { accountOf, list, record, text } from '../values.js';
import { ActionEntry, VariableRef, type EntryBuilder, type VariableRefField } from './entries.js';
import { Index, pushTo, type PipelineIndex } from './pipeline-index.js';
import type { StageEntry } from './stage-entry.js';

/** Builds the index of one pipeline: a fresh builder per validate() call, so no state outlives the call. */
export function buildIndex(pipeline: Pipeline): PipelineIndex {
  return new IndexBuilder().build(pipeline);
}

const NO_VARIABLE_REFS: readonly VariableRef[] = [];

/** A catalogue look-up already made in this call. */
interface SeenType {
  category: string;
  owner: string;
  version: string;
  spec: ProviderSpec | undefined;
}

/**
 * The caches and scratch space of one index build. Made per call and dropped with it, so a
 * call never sees (or keeps alive) another call's documents.
 */
class IndexBuilder implements EntryBuilder {
  /**
   * Refs found in the action being indexed, then copied out at their exact length: a fresh
   * array per action would start with room for 17 and most actions have one or two. Counted
   * rather than resized (setting `length` is a slow call).
   */
  private readonly found: VariableRef[] = [];
  private foundCount = 0;
  /**
   * Catalogue look-ups by provider, then compared field by field: one hash of the provider
   * instead of a key string to build (or four maps to walk) for every action.
   */
  private readonly seenTypes = new Map<string, SeenType[]>();

  specOf(category: string, owner: string, provider: string, version: string): ProviderSpec | undefined {
    let seen = this.seenTypes.get(provider);
    if (seen)
      for (const t of seen) if (t.category === category && t.owner === owner && t.version === version) return t.spec;
    const spec = lookupProvider({ category, owner, provider, version } as Parameters<typeof lookupProvider>[0]);
    if (!seen) this.seenTypes.set(provider, (seen = []));
    seen.push({ category, owner, version, spec });
    return spec;
  }

  variableRefsOf(action: ActionEntry): readonly VariableRef[] {
    this.foundCount = 0;
    const { configKeys, configValues, environmentVariables: env, commands } = action;
    for (let k = 0; k < configValues.length; k++) {
      const value = configValues[k];
      if (typeof value === 'string' && holdsVariableReference(value))
        this.collect(value, action, 'configuration', configKeys[k]!);
    }
    if (Array.isArray(env))
      for (let e = 0; e < env.length; e++) {
        const value = record(env[e])?.value;
        if (typeof value === 'string' && holdsVariableReference(value))
          this.collect(value, action, 'environmentVariables', e);
      }
    if (Array.isArray(commands))
      for (let c = 0; c < commands.length; c++) {
        const value: unknown = commands[c];
        if (typeof value === 'string' && holdsVariableReference(value)) this.collect(value, action, 'commands', c);
      }
    return this.foundCount === 0 ? NO_VARIABLE_REFS : this.found.slice(0, this.foundCount);
  }

  /** Adds the `#{ns.key}` references of a string that contains `#{` to `found`. */
  private collect(value: string, action: ActionEntry, field: VariableRefField, where: string | number): void {
    scanVariableReferences(value, (namespace, key, start, end) => {
      this.found[this.foundCount++] = new VariableRef(namespace, key, value, start, end, action, field, where);
    });
  }

  build(pipeline: Pipeline): PipelineIndex {
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
        const fields =
          typeof rawAction === 'object' && rawAction !== null && !Array.isArray(rawAction) ? rawAction : {};
        const item = new ActionEntry(fields as Record<string, unknown>, s, a, actions.length, entry.name, this);
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

    return new Index(
      stages,
      opaqueStages,
      actions,
      producers,
      namespaces,
      duplicateActionNames,
      variableNames,
      accountOf(p.roleArn),
      pipelineTypeOf(p.pipelineType),
    );
  }
}

function pipelineTypeOf(type: unknown): PipelineIndex['pipelineType'] {
  if (type === undefined) return undefined;
  if (type === 'V1' || type === 'V2') return type;
  return typeof type === 'string' ? 'other' : 'opaque';
}
