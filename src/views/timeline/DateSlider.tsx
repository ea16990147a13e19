import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { isoFromDay, type Interval } from '../../core/dates';
import { formatDate } from '../../core/format';
import type { TimeScale } from '../../core/time-axis';
import type { Lang } from '../../core/url-state';
import { stepThumb, type DayWindow, type Thumb } from '../../core/window-keys';
import type { ChartFrame } from './layout';
import { LAYOUT } from './layout';
import type { TimelineStrings } from './strings';
import { useWindowDrag, type DragMode } from './use-window-drag';

interface Props {
  container: RefObject<HTMLElement | null>;
  scale: TimeScale;
  domain: Interval;
  frame: ChartFrame;
  win: DayWindow;
  lang: Lang;
  t: TimelineStrings;
  /** Id of what describes the focused thumb: its tooltip when one is shown, else the key hint. */
  describedBy: string | undefined;
  commit(w: DayWindow): void;
  /** The user took the slider in hand (key or pointer): playback stops. */
  onInteract(): void;
  onDragChange(mode: DragMode | null): void;
  onThumbFocus(thumb: Thumb | null): void;
  /** `E` on a thumb: list the events at its date (or the nearest ones). */
  onListEvents(day: number): void;
}

const THUMB_W = 11;
const THUMB_H = 22;

/**
 * The window's two thumbs (ARIA sliders, CONTRACT §4) and the band between them, laid over the chart.
 * Each thumb sits just outside the window's edge, so the two never overlap even on a one-day window.
 */
export function DateSlider({ container, scale, domain, frame, win, lang, t, describedBy, commit, onInteract, onDragChange, onThumbFocus, onListEvents }: Props) {
  const winRef = useRef(win);
  useLayoutEffect(() => {
    winRef.current = win;
  }, [win]);
  const drag = useWindowDrag(container, {
    scale,
    domain,
    getWindow: () => winRef.current,
    commit,
    onDragChange: (mode) => {
      if (mode) onInteract();
      onDragChange(mode);
    },
  });
  const x0 = scale.x(win.start);
  const x1 = scale.x(win.end + 1);
  const trackY = frame.baseline + LAYOUT.trackOffset;
  const whole = win.start === domain.start && win.end === domain.end;

  const onKeyDown = (thumb: Thumb) => (e: KeyboardEvent<HTMLDivElement>) => {
    if ((e.key === 'e' || e.key === 'E') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      onListEvents(thumb === 'start' ? win.start : win.end);
      return;
    }
    const next = stepThumb(win, thumb, e.key, domain);
    if (!next) return;
    e.preventDefault();
    onInteract();
    commit(next);
  };

  const thumb = (which: Thumb) => {
    const day = which === 'start' ? win.start : win.end;
    return (
      <div
        role="slider"
        tabIndex={0}
        className={`timeline__thumb timeline__thumb--${which}`}
        style={{ left: which === 'start' ? x0 - THUMB_W : x1, top: trackY - THUMB_H / 2, width: THUMB_W, height: THUMB_H }}
        aria-label={which === 'start' ? t.start : t.end}
        aria-orientation="horizontal"
        aria-valuemin={which === 'start' ? domain.start : win.start}
        aria-valuemax={which === 'start' ? win.end : domain.end}
        aria-valuenow={day}
        aria-valuetext={formatDate(isoFromDay(day), lang, 'long')}
        aria-describedby={describedBy}
        aria-keyshortcuts="E"
        onKeyDown={onKeyDown(which)}
        onFocus={() => onThumbFocus(which)}
        onBlur={() => onThumbFocus(null)}
        {...drag.thumb(which)}
      />
    );
  };

  return (
    <div className="timeline__slider">
      <div className="timeline__track-hit" style={{ left: LAYOUT.padX, width: frame.width - 2 * LAYOUT.padX, top: trackY - THUMB_H / 2, height: THUMB_H }} {...drag.track()} />
      <div
        className={`timeline__window-band${whole ? ' timeline__window-band--whole' : ''}`}
        style={{ left: x0, width: Math.max(1, x1 - x0), top: trackY - THUMB_H / 2, height: THUMB_H }}
        aria-hidden="true"
        {...drag.band()}
      />
      {thumb('start')}
      {thumb('end')}
    </div>
  );
}
