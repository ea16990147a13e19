import { useCallback, useEffect, useLayoutEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { Interval } from '../../core/dates';
import type { TimeScale } from '../../core/time-axis';
import { setThumb, shiftWindow, type DayWindow, type Thumb } from '../../core/window-keys';

export type DragMode = Thumb | 'window';

interface Options {
  scale: TimeScale;
  domain: Interval;
  getWindow(): DayWindow;
  /** Writes the window to the store. Called at most once per animation frame while dragging. */
  commit(w: DayWindow): void;
  onDragChange(mode: DragMode | null): void;
}

interface Drag {
  mode: DragMode;
  pointerId: number;
  x0: number;
  win0: DayWindow;
  /** Where on the thumb it was grabbed, so it does not jump under the pointer. */
  offset: number;
}

type Handlers = {
  onPointerDown(e: ReactPointerEvent<HTMLElement>): void;
  onPointerMove(e: ReactPointerEvent<HTMLElement>): void;
  onPointerUp(e: ReactPointerEvent<HTMLElement>): void;
  onPointerCancel(e: ReactPointerEvent<HTMLElement>): void;
};

/**
 * Pointer dragging for the slider: either thumb, the window between them (keeps its width), or a press on
 * the track (moves the nearer thumb there, then drags it). Pointer capture keeps the drag alive outside the
 * element. Store writes are batched to one per animation frame: every write re-filters every view.
 */
export function useWindowDrag(container: RefObject<HTMLElement | null>, options: Options) {
  const opts = useRef(options);
  useLayoutEffect(() => {
    opts.current = options;
  });
  const drag = useRef<Drag | null>(null);
  const frame = useRef(0);
  const pending = useRef<DayWindow | null>(null);

  const flush = useCallback(() => {
    frame.current = 0;
    const w = pending.current;
    pending.current = null;
    if (w) opts.current.commit(w);
  }, []);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const schedule = useCallback((w: DayWindow) => {
    pending.current = w;
    if (!frame.current) frame.current = requestAnimationFrame(flush);
  }, [flush]);

  const localX = useCallback((e: ReactPointerEvent) => e.clientX - (container.current?.getBoundingClientRect().left ?? 0), [container]);

  const edgeX = useCallback((w: DayWindow, thumb: Thumb) => opts.current.scale.x(thumb === 'start' ? w.start : w.end + 1), []);

  const begin = useCallback((mode: DragMode, e: ReactPointerEvent<HTMLElement>, win0: DayWindow) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    const x0 = localX(e);
    drag.current = { mode, pointerId: e.pointerId, x0, win0, offset: mode === 'window' ? 0 : x0 - edgeX(win0, mode) };
    opts.current.onDragChange(mode);
  }, [localX, edgeX]);

  const move = useCallback((e: ReactPointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d || e.pointerId !== d.pointerId) return;
    const { scale, domain } = opts.current;
    const x = localX(e);
    if (d.mode === 'window') {
      schedule(shiftWindow(d.win0, scale.invert(x) - scale.invert(d.x0), domain));
    } else {
      // A thumb sits on a day boundary: the start thumb at its day's start, the end thumb after its day.
      const boundary = Math.round(scale.invert(x - d.offset));
      schedule(setThumb(d.win0, d.mode, d.mode === 'start' ? boundary : boundary - 1, domain));
    }
  }, [localX, schedule]);

  const end = useCallback((e: ReactPointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d || e.pointerId !== d.pointerId) return;
    drag.current = null;
    cancelAnimationFrame(frame.current);
    flush();
    opts.current.onDragChange(null);
  }, [flush]);

  const handlers = useCallback((onDown: (e: ReactPointerEvent<HTMLElement>) => void): Handlers => ({
    onPointerDown: (e) => {
      if (e.button !== 0) return;
      onDown(e);
    },
    onPointerMove: move,
    onPointerUp: end,
    onPointerCancel: end,
  }), [move, end]);

  const thumb = useCallback((t: Thumb) => handlers((e) => begin(t, e, opts.current.getWindow())), [handlers, begin]);
  const band = useCallback(() => handlers((e) => {
    e.preventDefault(); // no text selection while dragging
    begin('window', e, opts.current.getWindow());
  }), [handlers, begin]);
  const track = useCallback(() => handlers((e) => {
    e.preventDefault();
    const { scale, domain, getWindow, commit } = opts.current;
    const win = getWindow();
    const day = Math.floor(scale.invert(localX(e)));
    const which: Thumb = day < (win.start + win.end + 1) / 2 ? 'start' : 'end';
    const next = setThumb(win, which, day, domain);
    commit(next);
    begin(which, e, next);
  }), [handlers, begin, localX]);

  return { thumb, band, track };
}
