import type { ActionEntry, NamedRef } from './entries.js';
import type { StageEntry } from './stage-entry.js';

/*
 * One shared, read-only view of the pipeline, built once per validate() call and handed to
 * every rule: actions flattened with their position, producers by artifact, namespaces and
 * names, and every `#{ns.key}` reference. Rules look things up here instead of walking the
 * pipeline again, which keeps validation linear in the number of actions.
 */
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

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const existing = map.get(key);
  if (existing) existing.push(value);
  else map.set(key, [value]);
}

/**
 * The index, as a class so its lazy member is a getter on the prototype. (A getter in an
 * object literal gives every call its own hidden class; the collector kept those, and through
 * them each call's whole index, until a full collection: a third of validation time.)
 */
export class Index implements PipelineIndex {
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
