import { effectiveRunOrder, isOpaque, type ProviderSpec } from '@pipewright/model';
import { accountOf, at, record, text } from '../values.js';

/*
 * The records of the index: an action as rules read it, and the artifacts and variable
 * references it declares. The three point at each other, so they live together; everything
 * that needs more than one validate() call's worth of state lives in the builder instead.
 */

/** What an action entry asks of the builder that makes it: per-call caches and scratch space. */
export interface EntryBuilder {
  /** The catalogue entry of a type, looked up once per validate() call. */
  specOf(category: string, owner: string, provider: string, version: string): ProviderSpec | undefined;
  /** Every `#{ns.key}` in the action's configuration values, environment variable values and commands. */
  variableRefsOf(action: ActionEntry): readonly VariableRef[];
}

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

/** Where in an action a `#{ns.key}` reference sits. */
export type VariableRefField = 'configuration' | 'environmentVariables' | 'commands';

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
    private readonly field: VariableRefField,
    /** A configuration key, or an index into environmentVariables or commands. */
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

const NO_NAMED_REFS: readonly NamedRef[] = [];
const NO_KEYS: readonly string[] = [];

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
    builder: EntryBuilder,
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
    this.spec =
      category && owner && provider && version ? builder.specOf(category, owner, provider, version) : undefined;
    this.name = text(nameValue);
    this.runOrder = effectiveRunOrder(runOrderValue);
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
    this.variableRefs = builder.variableRefsOf(this);
    this.account = accountOf(roleArnValue);
    this.region = text(regionValue);
  }

  /** `/stages/<s>/actions/<a>`, built on first use. */
  get path(): string {
    return (this.pointer ??= `/stages/${this.stageIndex}/actions/${this.actionIndex}`);
  }
}
