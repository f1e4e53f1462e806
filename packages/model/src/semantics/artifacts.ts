import { isOpaque } from '../schema/opaque.js';
import type { Pipeline } from '../schema/pipeline.js';
import { effectiveRunOrder, firstRunningBefore, type RunPosition } from './run-order.js';

/*
 * Who produces an artifact, and whether an input's artifact exists when its action starts.
 * The canvas's edges, the inspector's artifact picker and the edits read it here; the
 * validator's index keeps the same map in its one pass over the document (with the same
 * definition: literal output names, in document order, opaque stages and actions skipped).
 */

/** One output declaration of an artifact: the action declaring it and when it runs. */
export interface ArtifactProducer extends RunPosition {
  readonly stageIndex: number;
  readonly actionIndex: number;
  readonly runOrder: number | undefined;
}

/** Every output declaration by literal artifact name, in document order. */
export function artifactProducers(pipeline: Pipeline): Map<string, ArtifactProducer[]> {
  const producers = new Map<string, ArtifactProducer[]>();
  pipeline.stages.forEach((stage, stageIndex) => {
    if (isOpaque(stage as unknown)) return;
    stage.actions.forEach((action, actionIndex) => {
      if (isOpaque(action as unknown)) return;
      const outputs = action.outputArtifacts;
      if (!Array.isArray(outputs) || outputs.length === 0) return;
      const producer = { stageIndex, actionIndex, runOrder: effectiveRunOrder(action.runOrder) };
      for (const output of outputs) {
        const name: unknown = output?.name;
        if (typeof name !== 'string') continue;
        const list = producers.get(name);
        if (list) list.push(producer);
        else producers.set(name, [producer]);
      }
    });
  });
  return producers;
}

/**
 * True when an input is used before it exists: it has producers, and none of them runs before
 * the consumer (what the validator's `artifact-input-order` reports and the canvas draws as a
 * backwards edge). An input nobody produces is a different problem, not this one.
 */
export function usedBeforeProduced(producers: readonly RunPosition[] | undefined, consumer: RunPosition): boolean {
  return producers !== undefined && producers.length > 0 && firstRunningBefore(producers, consumer) === undefined;
}
