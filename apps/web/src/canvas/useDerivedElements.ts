import type { Pipeline } from '@pipewright/model';
import { useState } from 'react';
import { buildFlowElements, type FlowElements } from './flowElements.js';
import { layoutPipeline, sameLayoutInputs, type PipelineLayout } from './layout.js';

/** A document with the layout and React Flow elements derived from it. */
export interface DerivedCanvas {
  pipeline: Pipeline;
  layout: PipelineLayout;
  elements: FlowElements;
}

/** The first document's layout and elements, computed once (the provider is created with them). */
export function deriveCanvas(pipeline: Pipeline): DerivedCanvas {
  const layout = layoutPipeline(pipeline);
  return { pipeline, layout, elements: buildFlowElements(pipeline, layout) };
}

/**
 * The next derivation from the previous one: the layout is kept when the edit changes nothing it
 * reads (a rename, a configuration value), and unchanged nodes and edges keep their objects.
 */
export function nextCanvas(previous: DerivedCanvas, pipeline: Pipeline): DerivedCanvas {
  if (previous.pipeline === pipeline) return previous;
  const layout = sameLayoutInputs(previous.pipeline, pipeline) ? previous.layout : layoutPipeline(pipeline);
  return { pipeline, layout, elements: buildFlowElements(pipeline, layout, previous.elements) };
}

/**
 * The canvas's layout and elements for `pipeline`, reusing the previous render's. The previous
 * derivation is state updated during render (React's "information from previous renders"
 * pattern), not a ref: a render React throws away leaves it as it was.
 */
export function useDerivedElements(pipeline: Pipeline, initial: DerivedCanvas): DerivedCanvas {
  const [derived, setDerived] = useState(initial);
  if (derived.pipeline === pipeline) return derived;
  const next = nextCanvas(derived, pipeline);
  setDerived(next);
  return next;
}
