import type { Pipeline } from '@pipewright/model';
import { useState } from 'react';
import { collapseLanes } from './collapse/collapseLanes.js';
import { buildFlowElements, type FlowElements } from './flowElements.js';
import { layoutPipeline, sameLayoutInputs, type PipelineLayout } from './layout.js';

/** A document with the layout and React Flow elements derived from it. */
export interface DerivedCanvas {
  pipeline: Pipeline;
  /** The stages drawn collapsed (a view state: collapse/collapsedLanes.ts). */
  collapsed: ReadonlySet<number>;
  /** The layout with every lane expanded, kept across edits that change nothing it reads. */
  fullLayout: PipelineLayout;
  /** What is drawn: `fullLayout` with the collapsed lanes narrowed (collapse/collapseLanes.ts). */
  layout: PipelineLayout;
  elements: FlowElements;
}

const NO_LANES: ReadonlySet<number> = new Set();

/** The first document's layout and elements, computed once (the provider is created with them). */
export function deriveCanvas(pipeline: Pipeline, collapsed: ReadonlySet<number> = NO_LANES): DerivedCanvas {
  const fullLayout = layoutPipeline(pipeline);
  const layout = collapseLanes(fullLayout, collapsed);
  return { pipeline, collapsed, fullLayout, layout, elements: buildFlowElements(pipeline, layout) };
}

/**
 * The next derivation from the previous one: the layout is kept when the edit changes nothing it
 * reads (a rename, a configuration value), and unchanged nodes and edges keep their objects.
 */
export function nextCanvas(
  previous: DerivedCanvas,
  pipeline: Pipeline,
  collapsed: ReadonlySet<number> = NO_LANES,
): DerivedCanvas {
  if (previous.pipeline === pipeline && previous.collapsed === collapsed) return previous;
  const fullLayout = sameLayoutInputs(previous.pipeline, pipeline) ? previous.fullLayout : layoutPipeline(pipeline);
  const layout =
    fullLayout === previous.fullLayout && collapsed === previous.collapsed
      ? previous.layout
      : collapseLanes(fullLayout, collapsed);
  const elements = buildFlowElements(pipeline, layout, previous.elements, previous);
  return { pipeline, collapsed, fullLayout, layout, elements };
}

/**
 * The canvas's layout and elements for `pipeline`, reusing the previous render's. The previous
 * derivation is state updated during render (React's "information from previous renders"
 * pattern), not a ref: a render React throws away leaves it as it was.
 */
export function useDerivedElements(
  pipeline: Pipeline,
  initial: DerivedCanvas,
  collapsed: ReadonlySet<number> = NO_LANES,
): DerivedCanvas {
  const [derived, setDerived] = useState(initial);
  if (derived.pipeline === pipeline && derived.collapsed === collapsed) return derived;
  const next = nextCanvas(derived, pipeline, collapsed);
  setDerived(next);
  return next;
}
