import { literal, type Num, type Pipeline } from '@pipewright/model';

/*
 * Which artifacts an action can consume: those produced before it runs, i.e.
 * by actions of earlier stages, or of its own stage with a lower run order.
 */

export interface ProducedArtifact {
  name: string;
  /** "Stage / Action" of the producer, for the picker's label. */
  producer: string;
}

function runOrderOf(value: Num | undefined): number {
  return typeof value === 'number' ? value : 1;
}

export function artifactsAvailableTo(pipeline: Pipeline, stage: number, action: number): ProducedArtifact[] {
  const target = pipeline.stages[stage]?.actions[action];
  if (!target) return [];
  const targetRun = runOrderOf(target.runOrder);
  const out: ProducedArtifact[] = [];
  pipeline.stages.forEach((st, s) => {
    if (s > stage) return;
    st.actions.forEach((a, i) => {
      if (s === stage && (i === action || runOrderOf(a.runOrder) >= targetRun)) return;
      for (const artifact of a.outputArtifacts ?? []) {
        const name = literal(artifact.name);
        if (name !== undefined)
          out.push({
            name,
            producer: `${literal(st.name) ?? `Stage ${s + 1}`} / ${literal(a.name) ?? `Action ${i + 1}`}`,
          });
      }
    });
  });
  return out;
}
