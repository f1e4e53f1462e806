import { describe, expect, it } from 'vitest';
import { effectiveRunOrder, firstRunningBefore, opaque, runsBefore } from '../../src/index.js';

describe('effectiveRunOrder', () => {
  it('is 1 when absent, the number when literal, unknown for an expression or a malformed value', () => {
    expect(effectiveRunOrder(undefined)).toBe(1);
    expect(effectiveRunOrder(3)).toBe(3);
    expect(effectiveRunOrder(opaque('terraform', 'var.order'))).toBeUndefined();
    expect(effectiveRunOrder('2')).toBeUndefined();
  });
});

describe('runsBefore', () => {
  const at = (stageIndex: number, runOrder: number | undefined) => ({ stageIndex, runOrder });
  it('orders stages first, then run orders; equal run orders run in parallel', () => {
    expect(runsBefore(at(0, 5), at(1, 1))).toBe(true);
    expect(runsBefore(at(1, 1), at(0, 5))).toBe(false);
    expect(runsBefore(at(1, 1), at(1, 2))).toBe(true);
    expect(runsBefore(at(1, 2), at(1, 1))).toBe(false);
    expect(runsBefore(at(1, 1), at(1, 1))).toBe(false);
  });
  it('claims nothing for an unknown run order in the same stage: either may run first', () => {
    expect(runsBefore(at(1, undefined), at(1, 1))).toBe(true);
    expect(runsBefore(at(1, 1), at(1, undefined))).toBe(true);
    expect(runsBefore(at(2, undefined), at(1, 1))).toBe(false);
  });
  it('finds the first producer that runs before', () => {
    const producers = [at(2, 1), at(0, 1), at(1, 1)];
    expect(firstRunningBefore(producers, at(1, 2))).toBe(producers[1]);
    expect(firstRunningBefore(producers, at(0, 1))).toBeUndefined();
  });
});
