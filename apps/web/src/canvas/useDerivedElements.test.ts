import type { Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { deriveCanvas, nextCanvas } from './useDerivedElements.js';

const build = (name: string) => ({
  name,
  actionTypeId: { category: 'Build' as const, owner: 'AWS' as const, provider: 'CodeBuild', version: '1' },
  runOrder: 1,
});

const pipeline: Pipeline = {
  name: 'p',
  roleArn: 'arn:aws:iam::111111111111:role/pipeline',
  stages: [
    { name: 'A', actions: [build('One')] },
    { name: 'B', actions: [build('Two'), build('Three')] },
  ],
};

describe('nextCanvas', () => {
  it('returns the previous derivation for the same document', () => {
    const first = deriveCanvas(pipeline);
    expect(nextCanvas(first, pipeline)).toBe(first);
  });

  it('keeps the layout and the untouched nodes on a rename', () => {
    const first = deriveCanvas(pipeline);
    const renamed: Pipeline = { ...pipeline, stages: [pipeline.stages[0]!, { ...pipeline.stages[1]!, name: 'B2' }] };
    const next = nextCanvas(first, renamed);
    expect(next.layout).toBe(first.layout);
    const one = (d: typeof first) => d.elements.nodes.find((n) => n.id === 'a:0:0');
    expect(one(next)).toBe(one(first));
  });

  it('lays out again when a stage is added', () => {
    const first = deriveCanvas(pipeline);
    const added: Pipeline = { ...pipeline, stages: [...pipeline.stages, { name: 'C', actions: [build('Four')] }] };
    const next = nextCanvas(first, added);
    expect(next.layout).not.toBe(first.layout);
    expect(next.layout.lanes).toHaveLength(3);
  });

  it('narrows a collapsed lane without laying the document out again, and widens it back', () => {
    const first = deriveCanvas(pipeline);
    const collapsed = nextCanvas(first, pipeline, new Set([1]));
    expect(collapsed.fullLayout).toBe(first.fullLayout);
    expect(collapsed.layout.lanes[1]?.collapsed).toBe(true);
    expect(collapsed.elements.nodes.some((n) => n.id === 'a:1:0')).toBe(false);
    const expanded = nextCanvas(collapsed, pipeline, new Set());
    expect(expanded.layout.lanes[1]?.collapsed).toBeUndefined();
    expect(expanded.elements.nodes.some((n) => n.id === 'a:1:0')).toBe(true);
  });
});
