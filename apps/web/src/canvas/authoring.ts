import {
  artifactProducers,
  effectiveRunOrder,
  literal,
  lookupProvider,
  NAME_SPECS,
  runsBefore,
  sanitizeName,
  uniqueName,
  type NameSpec,
  type Action,
  type Pipeline,
  type PipelineEdit,
  type ProviderSpec,
} from '@pipewright/model';
import type { Selection } from '../store/selection.js';
import { columnRunOrder, parseActionNodeId, type Direction, type DropTarget, type PipelineLayout } from './layout.js';

/*
 * Canvas gestures turned into PipelineEdits, as pure functions: dropping a
 * provider, moving an action, connecting two actions, pasting. The canvas only
 * hit-tests and calls these; the store's dispatch applies the result.
 */

/** A name the validator accepts (the model's rules), free in `taken`; `fallback` when nothing of `base` is allowed. */
function freeName(base: string, spec: NameSpec, fallback: string, taken: ReadonlySet<string>): string {
  return uniqueName(sanitizeName(base, spec) ?? fallback, (n) => taken.has(n), spec.max);
}

function allActionNames(pipeline: Pipeline): Set<string> {
  return new Set(pipeline.stages.flatMap((s) => s.actions.map((a) => literal(a.name) ?? '')));
}

function allArtifactNames(pipeline: Pipeline): Set<string> {
  return new Set(artifactProducers(pipeline).keys());
}

export function uniqueActionName(pipeline: Pipeline, base: string): string {
  return freeName(base, NAME_SPECS.action, 'Action', allActionNames(pipeline));
}

export function uniqueArtifactName(pipeline: Pipeline, base: string, extraTaken: Iterable<string> = []): string {
  return freeName(base, NAME_SPECS.artifact, 'Artifact', new Set([...allArtifactNames(pipeline), ...extraTaken]));
}

export function uniqueStageName(pipeline: Pipeline, base: string): string {
  return freeName(base, NAME_SPECS.stage, 'Stage', new Set(pipeline.stages.map((s) => literal(s.name) ?? '')));
}

/** Stable palette/drag key of a catalogue entry. */
export const providerKey = (spec: Pick<ProviderSpec, 'category' | 'owner' | 'provider' | 'version'>): string =>
  `${spec.category}/${spec.owner}/${spec.provider}/${spec.version}`;

/**
 * A new action for a catalogue entry: a unique name, the provider's required
 * configuration keys present but empty (the validator flags them), and an output
 * artifact when the provider must produce one.
 */
export function newAction(pipeline: Pipeline, spec: ProviderSpec, runOrder: number): Action {
  const name = uniqueActionName(pipeline, spec.provider);
  const action: Action = {
    name,
    actionTypeId: {
      category: spec.category as Action['actionTypeId']['category'],
      owner: spec.owner as Action['actionTypeId']['owner'],
      provider: spec.provider,
      version: spec.version,
    },
    runOrder,
    configuration: Object.fromEntries(spec.requiredConfig.map((key) => [key, ''])),
  };
  if (spec.outputArtifacts.min >= 1) action.outputArtifacts = [{ name: uniqueArtifactName(pipeline, `${name}Output`) }];
  return action;
}

/** Shifts run orders at and after `runOrder` in a stage up by one, making room for a new step. */
function shiftEdits(pipeline: Pipeline, stage: number, runOrder: number): PipelineEdit[] {
  return (pipeline.stages[stage]?.actions ?? []).flatMap((action, a) => {
    const order = columnRunOrder(action.runOrder);
    return order >= runOrder
      ? [{ kind: 'setField', path: `/stages/${stage}/actions/${a}/runOrder`, value: order + 1 }]
      : [];
  }) as PipelineEdit[];
}

/** Stage name for a new stage started by an action: its category when free ("Build"), else "StageN". */
function stageNameFor(pipeline: Pipeline, category: string): string {
  return uniqueStageName(pipeline, category === '*' ? `Stage${pipeline.stages.length + 1}` : category);
}

export function dropNewActionEdit(pipeline: Pipeline, spec: ProviderSpec, target: DropTarget): PipelineEdit {
  switch (target.kind) {
    case 'newStage':
      return {
        kind: 'addStage',
        index: target.index,
        stage: { name: stageNameFor(pipeline, spec.category), actions: [newAction(pipeline, spec, 1)] },
      };
    case 'join':
      return { kind: 'addAction', stage: target.stage, action: newAction(pipeline, spec, target.runOrder) };
    case 'newStep': {
      const add: PipelineEdit = {
        kind: 'addAction',
        stage: target.stage,
        action: newAction(pipeline, spec, target.runOrder),
      };
      const shifts = target.shift ? shiftEdits(pipeline, target.stage, target.runOrder) : [];
      return shifts.length === 0 ? add : { kind: 'batch', label: `Add ${spec.provider}`, edits: [...shifts, add] };
    }
  }
}

/** The edit that moves an action to a drop target, or undefined when it would change nothing. */
export function moveActionEdit(
  pipeline: Pipeline,
  from: { stage: number; action: number },
  target: DropTarget,
): PipelineEdit | undefined {
  const action = pipeline.stages[from.stage]?.actions[from.action];
  if (!action) return undefined;
  const move = { kind: 'moveAction', stage: from.stage, action: from.action } as const;
  switch (target.kind) {
    case 'newStage': {
      const name = stageNameFor(pipeline, literal(action.actionTypeId.category) ?? '*');
      return {
        kind: 'batch',
        label: 'Move to a new stage',
        edits: [
          { kind: 'addStage', index: target.index, stage: { name, actions: [] } },
          // A stage inserted at or before the source stage shifts the source one to the right.
          {
            ...move,
            stage: target.index <= from.stage ? from.stage + 1 : from.stage,
            toStage: target.index,
            runOrder: 1,
          },
        ],
      };
    }
    case 'join':
      if (target.stage === from.stage && target.runOrder === columnRunOrder(action.runOrder)) return undefined;
      return { ...move, toStage: target.stage, runOrder: target.runOrder };
    case 'newStep':
      return { ...move, toStage: target.stage, runOrder: target.runOrder, insertAsNewStep: target.shift };
  }
}

export type ConnectResult = { ok: true; edit: PipelineEdit; artifact: string } | { ok: false; reason: string };

/** Passing an artifact from one action (its output handle) to a later one (its input handle). */
export function connectEdit(pipeline: Pipeline, sourceId: string, targetId: string): ConnectResult {
  const from = parseActionNodeId(sourceId);
  const to = parseActionNodeId(targetId);
  const producer = from && pipeline.stages[from.stage]?.actions[from.action];
  const consumer = to && pipeline.stages[to.stage]?.actions[to.action];
  if (!from || !to || !producer || !consumer) return { ok: false, reason: 'Connect an action to another action.' };
  const producerName = literal(producer.name) ?? 'this action';
  const consumerName = literal(consumer.name) ?? 'that action';
  if (sourceId === targetId) return { ok: false, reason: `${producerName} cannot pass an artifact to itself.` };

  const fromOrder = effectiveRunOrder(producer.runOrder);
  const toOrder = effectiveRunOrder(consumer.runOrder);
  if (!runsBefore({ stageIndex: from.stage, runOrder: fromOrder }, { stageIndex: to.stage, runOrder: toOrder })) {
    const why =
      from.stage === to.stage && fromOrder === toOrder
        ? 'they run in parallel'
        : `${consumerName} runs before ${producerName}`;
    return { ok: false, reason: `Refused: ${why}. Artifacts can only flow to a later action.` };
  }

  const producerSpec = lookupProvider(producer.actionTypeId);
  const consumerSpec = lookupProvider(consumer.actionTypeId);
  if (producerSpec && producerSpec.outputArtifacts.max === 0)
    return { ok: false, reason: `Refused: ${producerSpec.provider} actions produce no output artifact.` };
  if (consumerSpec && consumerSpec.inputArtifacts.max === 0)
    return { ok: false, reason: `Refused: ${consumerSpec.provider} actions take no input artifact.` };
  const inputs = consumer.inputArtifacts ?? [];
  if (consumerSpec && inputs.length >= consumerSpec.inputArtifacts.max)
    return {
      ok: false,
      reason: `Refused: ${consumerName} already takes ${consumerSpec.inputArtifacts.max} input artifact(s), its maximum.`,
    };

  const existing = literal(producer.outputArtifacts?.[0]?.name);
  if (existing !== undefined && inputs.some((i) => literal(i.name) === existing))
    return { ok: false, reason: `${consumerName} already receives ${existing}.` };
  const artifact = existing ?? uniqueArtifactName(pipeline, `${producerName}Output`);
  const addInput: PipelineEdit = { kind: 'addInputArtifact', stage: to.stage, action: to.action, name: artifact };
  if (existing !== undefined) return { ok: true, edit: addInput, artifact };
  return {
    ok: true,
    artifact,
    edit: {
      kind: 'batch',
      label: `Pass ${artifact}`,
      edits: [{ kind: 'addOutputArtifact', stage: from.stage, action: from.action, name: artifact }, addInput],
    },
  };
}

/**
 * Copies of actions for pasting: unique names, unique output artifact names
 * (inputs still point at the originals' producers), namespaces dropped so no
 * duplicate namespace appears.
 */
export function copiesForPaste(pipeline: Pipeline, actions: readonly Action[], runOrder: number): Action[] {
  const names = allActionNames(pipeline);
  const artifacts = allArtifactNames(pipeline);
  return actions.map((original) => {
    const copy = structuredClone(original) as Action;
    copy.name = freeName(`${literal(original.name) ?? 'Action'}_copy`, NAME_SPECS.action, 'Action', names);
    names.add(copy.name);
    copy.runOrder = runOrder;
    delete copy.namespace;
    copy.outputArtifacts = original.outputArtifacts?.map((o) => {
      const name = freeName(`${literal(o.name) ?? 'Artifact'}_copy`, NAME_SPECS.artifact, 'Artifact', artifacts);
      artifacts.add(name);
      return { ...o, name };
    });
    if (copy.outputArtifacts === undefined) delete copy.outputArtifacts;
    return copy;
  });
}

export function pasteEdit(
  pipeline: Pipeline,
  actions: readonly Action[],
  stage: number,
  runOrder: number,
): PipelineEdit {
  return {
    kind: 'batch',
    label: actions.length === 1 ? 'Paste action' : `Paste ${actions.length} actions`,
    edits: copiesForPaste(pipeline, actions, runOrder).map((action) => ({ kind: 'addAction', stage, action })),
  };
}

/** The action a palette entry describes, for showing it (provider label). */
export function providerLabel(typeId: Action['actionTypeId']): string {
  const provider = literal(typeId.provider) ?? '(expression)';
  const owner = literal(typeId.owner);
  return owner && owner !== 'AWS' ? `${provider} (${owner})` : provider;
}

/**
 * Where a palette entry goes when pressed instead of dragged: a new last step
 * of the selected stage (or the selected action's stage), else a new stage.
 */
export function appendTarget(pipeline: Pipeline, selection: Selection): DropTarget {
  const stage = selection.kind === 'stage' || selection.kind === 'action' ? selection.stage : undefined;
  const actions = stage === undefined ? undefined : pipeline.stages[stage]?.actions;
  if (stage === undefined || !actions) return { kind: 'newStage', index: pipeline.stages.length };
  const last = Math.max(0, ...actions.map((a) => columnRunOrder(a.runOrder)));
  return { kind: 'newStep', stage, runOrder: last + 1, shift: false };
}

/**
 * Alt+arrow on a focused action: right/left moves it to the first step of the
 * next/previous stage (in parallel), down/up one step later/earlier in its own
 * stage (joining the step there, or making a new one at either end).
 */
export function keyboardMoveEdit(
  pipeline: Pipeline,
  layout: PipelineLayout,
  at: { stage: number; action: number },
  direction: Direction,
): PipelineEdit | undefined {
  const item = layout.actions.find((a) => a.stage === at.stage && a.action === at.action);
  if (!item) return undefined;
  if (direction === 'left' || direction === 'right') {
    const stage = at.stage + (direction === 'right' ? 1 : -1);
    const lane = layout.lanes[stage];
    if (!lane) return undefined;
    return moveActionEdit(pipeline, at, { kind: 'join', stage, runOrder: lane.columns[0]?.runOrder ?? 1 });
  }
  const columns = layout.lanes[at.stage]?.columns ?? [];
  const alone = layout.actions.filter((a) => a.stage === at.stage && a.column === item.column).length === 1;
  const next = columns[item.column + (direction === 'down' ? 1 : -1)];
  if (next) return moveActionEdit(pipeline, at, { kind: 'join', stage: at.stage, runOrder: next.runOrder });
  if (alone) return undefined; // already its own first or last step
  return direction === 'down'
    ? moveActionEdit(pipeline, at, { kind: 'newStep', stage: at.stage, runOrder: item.runOrder + 1, shift: false })
    : moveActionEdit(pipeline, at, { kind: 'newStep', stage: at.stage, runOrder: item.runOrder, shift: true });
}
