import type { Action, Pipeline, Stage } from '../schema/pipeline.js';
import { ACCOUNT, REGION, namespaceOf, sourceKinds, stageKinds, type ActionKind, type VariableRef } from './actions.js';
import { createRandom, type Random } from './random.js';

export interface GeneratePipelineOptions {
  /** Number of stages, the source stage included (2..50 for a pipeline AWS accepts). */
  stages: number;
  /** Actions in every stage (1..50). */
  actionsPerStage: number;
  /** Same seed, same pipeline. Defaults to 1. */
  seed?: number;
}

const STAGE_THEMES = ['Build', 'Test', 'Deploy', 'Approve', 'Release', 'Verify'] as const;

/** How many recent producers an action chooses from: keeps chains local, like real pipelines. */
const RECENT = 8;

/**
 * A deterministic synthetic pipeline, valid under AWS's rules: the first stage
 * holds only source actions with one output artifact each; later stages use
 * catalogue providers; every input artifact and every `#{ns.key}` reference
 * points at an earlier producer and a key it emits; names are unique; run
 * orders stay in 1..999; the artifact store has a KMS key.
 *
 * Note: AWS caps a pipeline at 500 actions (rules R21), so sizes above that
 * (e.g. 50 x 50, used for benchmarks) are structurally sound but over quota.
 */
export function generatePipeline(options: GeneratePipelineOptions): Pipeline {
  const { stages: stageCount, actionsPerStage } = options;
  if (!Number.isInteger(stageCount) || stageCount < 2) {
    throw new RangeError(`generatePipeline: stages must be an integer >= 2, got ${stageCount}`);
  }
  if (!Number.isInteger(actionsPerStage) || actionsPerStage < 1) {
    throw new RangeError(`generatePipeline: actionsPerStage must be an integer >= 1, got ${actionsPerStage}`);
  }
  const seed = options.seed ?? 1;
  const random = createRandom(seed);
  const ledger = new Ledger(random);

  const stages: Stage[] = [sourceStage(actionsPerStage, random, ledger)];
  for (let s = 1; s < stageCount; s++) stages.push(laterStage(s, actionsPerStage, random, ledger));

  const firstSourceName = stages[0]?.actions[0]?.name ?? 'Source-1';
  return {
    name: `synthetic-${stageCount}x${actionsPerStage}-seed${seed}`,
    roleArn: `arn:aws:iam::${ACCOUNT}:role/pipewright-synthetic-pipeline`,
    artifactStore: {
      type: 'S3',
      location: `pipewright-artifacts-${ACCOUNT}`,
      encryptionKey: { id: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d`, type: 'KMS' },
    },
    stages,
    version: 1,
    executionMode: 'QUEUED',
    pipelineType: 'V2',
    variables: [{ name: 'DeployEnvironment', defaultValue: 'staging', description: 'Target environment name' }],
    triggers: [
      {
        providerType: 'CodeStarSourceConnection',
        gitConfiguration: { sourceActionName: firstSourceName, push: [{ branches: { includes: ['main'] } }] },
      },
    ],
  };
}

function sourceStage(count: number, random: Random, ledger: Ledger): Stage {
  const actions: Action[] = [];
  for (let i = 0; i < count; i++) {
    // The first source is always a connection, so the trigger has something to name.
    const kind = i === 0 ? (sourceKinds[0] as ActionKind) : random.pick(sourceKinds);
    const name = `Source-${i + 1}`;
    actions.push(kind.build(ledger.inputsFor(name)));
    ledger.produced(actions[actions.length - 1] as Action, kind);
  }
  ledger.endGroup();
  return { name: 'Source', actions };
}

function laterStage(index: number, count: number, random: Random, ledger: Ledger): Stage {
  const theme = STAGE_THEMES[(index - 1) % STAGE_THEMES.length] as string;
  const stageName = `${theme}-${index + 1}`;
  const actions: Action[] = [];
  let runOrder = 1;
  for (let i = 0; i < count; i++) {
    // Roughly half the actions start a new sequential step; the rest run in parallel.
    if (i > 0 && random.next() < 0.5) {
      runOrder += 1;
      ledger.endGroup();
    }
    const kind = random.pick(stageKinds);
    const name = `${kind.id}-${index + 1}-${i + 1}`;
    const action = { ...kind.build(ledger.inputsFor(name)), runOrder };
    actions.push(action);
    ledger.produced(action, kind);
  }
  ledger.endGroup();
  return { name: stageName, actions };
}

/**
 * What has been produced so far. Outputs of the current run-order group become
 * usable only when the group ends (`endGroup`), since actions sharing a run
 * order run in parallel.
 */
class Ledger {
  private readonly artifacts: string[] = [];
  private readonly variables: VariableRef[] = [];
  private pendingArtifacts: string[] = [];
  private pendingVariables: VariableRef[] = [];

  constructor(private readonly random: Random) {}

  inputsFor(name: string) {
    return {
      name,
      random: this.random,
      pickInputs: (max: number) => this.pickArtifacts(max),
      pickVariable: () => this.pickRecent(this.variables),
    };
  }

  produced(action: Action, kind: ActionKind): void {
    for (const out of action.outputArtifacts ?? []) {
      if (typeof out.name === 'string') this.pendingArtifacts.push(out.name);
    }
    if (kind.emits && typeof action.name === 'string') {
      const namespace = namespaceOf(action.name);
      for (const key of kind.emits) this.pendingVariables.push({ namespace, key });
    }
  }

  endGroup(): void {
    this.artifacts.push(...this.pendingArtifacts);
    this.variables.push(...this.pendingVariables);
    this.pendingArtifacts = [];
    this.pendingVariables = [];
  }

  private pickArtifacts(max: number): string[] {
    if (this.artifacts.length === 0) return [];
    const want = this.random.int(1, Math.min(max, this.artifacts.length));
    const chosen = new Set<string>();
    // Bounded attempts: with few artifacts available the set may end up smaller than `want`.
    for (let attempt = 0; attempt < want * 4 && chosen.size < want; attempt++) {
      const picked = this.pickRecent(this.artifacts);
      if (picked !== undefined) chosen.add(picked);
    }
    return [...chosen];
  }

  private pickRecent<T>(items: readonly T[]): T | undefined {
    if (items.length === 0) return undefined;
    const back = this.random.int(0, Math.min(RECENT, items.length) - 1);
    return items[items.length - 1 - back];
  }
}
