import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from './prewarm';

describe('whenQuiet', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', new EventTarget());
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs once the user has left the page alone for the time given, and only once', () => {
    const run = vi.fn();
    whenQuiet(2000, run);
    vi.advanceTimersByTime(1500);
    window.dispatchEvent(new Event('click'));
    vi.advanceTimersByTime(1500);
    window.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(1999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('click'));
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    const run = vi.fn();
    const cancel = whenQuiet(2000, run);
    vi.advanceTimersByTime(1000);
    cancel();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
  });
});
