import { describe, expect, it } from 'vitest';
import { dayFromIso as d } from './dates';
import { playStart, playStep, setThumb, shiftWindow, stepThumb, windowFromStore, windowToStore } from './window-keys';

const domain = { start: d('2024-11-01'), end: d('2024-11-30') };
const win = (a: string, b: string) => ({ start: d(a), end: d(b) });

describe('store <-> window', () => {
  it('reads unbounded sides as the domain ends, and clamps into the domain', () => {
    expect(windowFromStore(null, null, domain)).toEqual(win('2024-11-01', '2024-11-30'));
    expect(windowFromStore('2024-11-10', null, domain)).toEqual(win('2024-11-10', '2024-11-30'));
    expect(windowFromStore('2020-01-01', '2030-01-01', domain)).toEqual(win('2024-11-01', '2024-11-30'));
  });

  it('writes a thumb resting on a domain end as unbounded (null)', () => {
    expect(windowToStore(win('2024-11-01', '2024-11-30'), domain)).toEqual({ from: null, to: null });
    expect(windowToStore(win('2024-11-05', '2024-11-30'), domain)).toEqual({ from: '2024-11-05', to: null });
    expect(windowToStore(win('2024-11-05', '2024-11-06'), domain)).toEqual({ from: '2024-11-05', to: '2024-11-06' });
  });
});

describe('keyboard (CONTRACT §4)', () => {
  const w = win('2024-11-10', '2024-11-20');

  it('arrows move a thumb one day, PageUp/PageDown a week', () => {
    expect(stepThumb(w, 'start', 'ArrowRight', domain)).toEqual(win('2024-11-11', '2024-11-20'));
    expect(stepThumb(w, 'start', 'ArrowUp', domain)).toEqual(win('2024-11-11', '2024-11-20'));
    expect(stepThumb(w, 'end', 'ArrowLeft', domain)).toEqual(win('2024-11-10', '2024-11-19'));
    expect(stepThumb(w, 'end', 'ArrowDown', domain)).toEqual(win('2024-11-10', '2024-11-19'));
    expect(stepThumb(w, 'start', 'PageUp', domain)).toEqual(win('2024-11-17', '2024-11-20'));
    expect(stepThumb(w, 'end', 'PageDown', domain)).toEqual(win('2024-11-10', '2024-11-13'));
  });

  it('Home and End go to the domain ends', () => {
    expect(stepThumb(w, 'start', 'Home', domain)).toEqual(win('2024-11-01', '2024-11-20'));
    expect(stepThumb(w, 'end', 'End', domain)).toEqual(win('2024-11-10', '2024-11-30'));
  });

  it('the thumbs never cross and never leave the domain', () => {
    expect(stepThumb(w, 'start', 'End', domain)).toEqual(win('2024-11-20', '2024-11-20'));
    expect(stepThumb(w, 'end', 'Home', domain)).toEqual(win('2024-11-10', '2024-11-10'));
    expect(stepThumb(win('2024-11-18', '2024-11-20'), 'start', 'PageUp', domain)).toEqual(win('2024-11-20', '2024-11-20'));
    expect(stepThumb(win('2024-11-01', '2024-11-20'), 'start', 'ArrowLeft', domain)).toEqual(win('2024-11-01', '2024-11-20'));
    expect(setThumb(w, 'end', d('2025-01-01'), domain)).toEqual(win('2024-11-10', '2024-11-30'));
  });

  it('ignores other keys', () => {
    expect(stepThumb(w, 'start', 'a', domain)).toBeNull();
  });
});

describe('dragging the window', () => {
  it('keeps its width and stops at the ends', () => {
    expect(shiftWindow(win('2024-11-10', '2024-11-12'), 5, domain)).toEqual(win('2024-11-15', '2024-11-17'));
    expect(shiftWindow(win('2024-11-10', '2024-11-12'), 50, domain)).toEqual(win('2024-11-28', '2024-11-30'));
    expect(shiftWindow(win('2024-11-10', '2024-11-12'), -50, domain)).toEqual(win('2024-11-01', '2024-11-03'));
  });
});

describe('playback', () => {
  it('starts a week at the domain start when the window is unbounded', () => {
    expect(playStart(win('2024-11-01', '2024-11-30'), false, domain)).toEqual(win('2024-11-01', '2024-11-07'));
  });

  it('continues a bounded window where it is, or starts over when it sits at the end', () => {
    expect(playStart(win('2024-11-10', '2024-11-12'), true, domain)).toEqual(win('2024-11-10', '2024-11-12'));
    expect(playStart(win('2024-11-28', '2024-11-30'), true, domain)).toEqual(win('2024-11-01', '2024-11-03'));
  });

  it('steps until the window reaches the end, then stops', () => {
    const seen: string[] = [];
    let w: ReturnType<typeof playStep> = win('2024-11-20', '2024-11-26');
    while (w) {
      seen.push(`${w.start - d('2024-11-01')}-${w.end - d('2024-11-01')}`);
      w = playStep(w, 2, domain);
    }
    // Days counted from 1 Nov: the last step is clamped so the window ends exactly on the domain's end.
    expect(seen).toEqual(['19-25', '21-27', '23-29']);
    expect(playStep(win('2024-11-23', '2024-11-28'), 2, domain)).toEqual(win('2024-11-25', '2024-11-30'));
    expect(playStep(win('2024-11-24', '2024-11-29'), 2, domain)).toEqual(win('2024-11-25', '2024-11-30'));
  });

  it('lets the caller skip stretches with nothing to show', () => {
    const skip = (w: { start: number; end: number }) => (w.start < d('2024-11-20') ? { start: d('2024-11-20'), end: d('2024-11-20') + (w.end - w.start) } : w);
    expect(playStep(win('2024-11-01', '2024-11-03'), 1, domain, skip)).toEqual(win('2024-11-20', '2024-11-22'));
  });
});
