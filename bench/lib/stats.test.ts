import { describe, expect, it } from 'vitest';
import { median } from './stats.js';
import { atLeast, atMost, figure, formatTable } from './report.js';

describe('median', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses an empty sample', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('figure', () => {
  it('checks the value against its target', () => {
    expect(figure('drawn', 380, 'ms', atMost(400)).pass).toBe(true);
    expect(figure('drawn', 420, 'ms', atMost(400)).pass).toBe(false);
    expect(figure('pan', 30, 'fps', atLeast(30)).pass).toBe(true);
    expect(figure('size', 10, 'KB').pass).toBeUndefined();
  });
  it('prints one row per figure with its verdict', () => {
    const table = formatTable([figure('drawn', 420, 'ms', atMost(400)), figure('pan', 58.5, 'fps', atLeast(30))]);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toMatch(/drawn\s+420 ms\s+<= 400 ms\s+MISSED/);
    expect(table).toMatch(/pan\s+58.5 fps\s+>= 30 fps\s+ok/);
  });
});
