import { describe, expect, it } from 'vitest';
import { zoomExtent } from './time-zoom';

const extent = { from: '2022-02-01', to: '2024-12-05' };

describe('zoomExtent', () => {
  it('shows the window with a margin of a tenth of it, at least two days', () => {
    expect(zoomExtent({ from: '2024-11-11', to: '2024-11-16' }, extent)).toEqual({ from: '2024-11-09', to: '2024-11-18' });
    expect(zoomExtent({ from: '2024-06-01', to: '2024-08-09' }, extent)).toEqual({ from: '2024-05-25', to: '2024-08-16' });
  });
  it('keeps an open side and the margins inside the data', () => {
    expect(zoomExtent({ from: '2024-12-01', to: null }, extent)).toEqual({ from: '2024-11-29', to: '2024-12-05' });
    expect(zoomExtent({ from: null, to: '2022-02-03' }, extent)).toEqual({ from: '2022-02-01', to: '2022-02-05' });
  });
  it('is null without a window, or for a window outside the data', () => {
    expect(zoomExtent({ from: null, to: null }, extent)).toBeNull();
    expect(zoomExtent({ from: '2030-01-01', to: '2030-01-05' }, extent)).toBeNull();
  });
});
