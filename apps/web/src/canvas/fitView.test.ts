import { describe, expect, it } from 'vitest';
import { READABLE_ZOOM, viewportFor } from './fitView.js';

describe('viewportFor', () => {
  it('shows a small pipeline whole, centred, at most at 100%', () => {
    expect(viewportFor({ width: 400, height: 200 }, 1000, 600, true)).toMatchObject({ zoom: 1 });
  });

  it('never opens a document below a readable zoom: its start instead, to scroll from', () => {
    // The blue-green template at 1440x900 used to open at about 0.4.
    const view = viewportFor({ width: 2400, height: 900 }, 1000, 600, true);
    expect(view).toEqual({ x: 24, y: 24, zoom: READABLE_ZOOM });
  });

  it('fits whole when that is readable', () => {
    const view = viewportFor({ width: 1100, height: 500 }, 1000, 600, true)!;
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(view.zoom).toBeLessThan(1);
  });

  it('an edit refits only while the whole still fits at 0.6', () => {
    expect(viewportFor({ width: 2400, height: 900 }, 1000, 600, false)).toBeUndefined();
    expect(viewportFor({ width: 1400, height: 500 }, 1000, 600, false)?.zoom).toBeGreaterThanOrEqual(0.6);
    expect(viewportFor({ width: 400, height: 200 }, 0, 600, true)).toBeUndefined();
  });
});
