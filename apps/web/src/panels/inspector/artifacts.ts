import { artifactProducers, effectiveRunOrder, literal, runsBefore, type Pipeline } from '@pipewright/model';

/*
 * Which artifacts an action can consume: those produced by an action that runs before it (the
 * model's `runsBefore`: an earlier stage, or its own stage at a lower run order, or at a run
 * order that is an expression, which claims nothing either way).
 */

export interface ProducedArtifact {
  name: string;
  /** "Stage / Action" of the producer, for the picker's label. */
  producer: string;
}

export function artifactsAvailableTo(pipeline: Pipeline, stage: number, action: number): ProducedArtifact[] {
  const target = pipeline.stages[stage]?.actions[action];
  if (!target) return [];
  const consumer = { stageIndex: stage, runOrder: effectiveRunOrder(target.runOrder) };
  const offered: { name: string; at: number; producer: ProducedArtifact['producer'] }[] = [];
  for (const [name, producers] of artifactProducers(pipeline))
    for (const p of producers) {
      if ((p.stageIndex === stage && p.actionIndex === action) || !runsBefore(p, consumer)) continue;
      const st = pipeline.stages[p.stageIndex];
      const a = st?.actions[p.actionIndex];
      const label = `${literal(st?.name) ?? `Stage ${p.stageIndex + 1}`} / ${literal(a?.name) ?? `Action ${p.actionIndex + 1}`}`;
      offered.push({ name, at: p.stageIndex * 1e6 + p.actionIndex, producer: label });
    }
  // In document order (a stable sort keeps each action's outputs in their own order).
  return offered.sort((x, y) => x.at - y.at).map(({ name, producer }) => ({ name, producer }));
}
