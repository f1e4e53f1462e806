import { effectiveRunOrder, isOpaque, literal, runsBefore, type Pipeline } from '@pipewright/model';

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
  const offered: ProducedArtifact[] = [];
  // Only the stages up to the action's own can run before it: the rest of a long pipeline is not read.
  for (let s = 0; s <= stage; s++) {
    const st = pipeline.stages[s];
    if (!st || isOpaque(st as unknown)) continue;
    st.actions.forEach((a, i) => {
      if (isOpaque(a as unknown) || (s === stage && i === action)) return;
      const outputs = a.outputArtifacts;
      if (!Array.isArray(outputs) || outputs.length === 0) return;
      if (!runsBefore({ stageIndex: s, runOrder: effectiveRunOrder(a.runOrder) }, consumer)) return;
      const producer = `${literal(st.name) ?? `Stage ${s + 1}`} / ${literal(a.name) ?? `Action ${i + 1}`}`;
      for (const output of outputs) {
        const name: unknown = output?.name;
        if (typeof name === 'string') offered.push({ name, producer });
      }
    });
  }
  return offered; // document order, each action's outputs in their own order
}
