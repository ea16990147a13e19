import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Interval } from '../../core/dates';
import { playStart, playStep, windowFromStore, type DayWindow } from '../../core/window-keys';
import { useDossierStore } from '../../store/store';

/** How long each step of playback shows. */
export const PLAY_STEP_MS = 400;

interface Options {
  domain: Interval;
  stepFor(w: DayWindow): number;
  skip(w: DayWindow): DayWindow;
  commit(w: DayWindow): void;
}

/**
 * Plays the window through time: the current window (a week when unbounded) steps from where it is, or
 * from the domain's start, to the end, then stops. Each step reads the store, so a window changed while
 * playing carries on from there. Stepping is not animation, so it runs under reduced motion too.
 */
export function usePlay(options: Options): { playing: boolean; toggle(): void; stop(): void } {
  const [playing, setPlaying] = useState(false);
  const opts = useRef(options);
  useLayoutEffect(() => {
    opts.current = options;
  });

  useEffect(() => {
    if (!playing) return;
    const current = () => {
      const s = useDossierStore.getState();
      return { win: windowFromStore(s.from, s.to, opts.current.domain), bounded: s.from !== null && s.to !== null };
    };
    const { win, bounded } = current();
    opts.current.commit(playStart(win, bounded, opts.current.domain));
    const timer = setInterval(() => {
      const { domain, stepFor, skip, commit } = opts.current;
      const { win: now } = current();
      const next = playStep(now, stepFor(now), domain, skip);
      if (next) commit(next);
      else setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing]);

  const toggle = useCallback(() => setPlaying((p) => !p), []);
  const stop = useCallback(() => setPlaying(false), []);
  return { playing, toggle, stop };
}
