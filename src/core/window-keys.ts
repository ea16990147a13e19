import { dayFromIso, isoFromDay, type DayNumber, type Interval } from './dates';

/** The date window as inclusive days, always inside the domain, `start <= end`. */
export interface DayWindow {
  start: DayNumber;
  end: DayNumber;
}

export type Thumb = 'start' | 'end';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The store's window (`null` = unbounded on that side) as days inside the domain. */
export function windowFromStore(from: string | null, to: string | null, domain: Interval): DayWindow {
  const start = clamp(from === null ? domain.start : dayFromIso(from), domain.start, domain.end);
  const end = clamp(to === null ? domain.end : dayFromIso(to), domain.start, domain.end);
  return start <= end ? { start, end } : { start: end, end: start };
}

/**
 * The window as the store keeps it: a thumb resting on the domain's end means "unbounded" (`null`), so a
 * window dragged back to the edges leaves a clean URL and keeps meaning "everything" if the data grows.
 */
export function windowToStore(win: DayWindow, domain: Interval): { from: string | null; to: string | null } {
  return {
    from: win.start <= domain.start ? null : isoFromDay(win.start),
    to: win.end >= domain.end ? null : isoFromDay(win.end),
  };
}

/** Moves one thumb to `day`; the thumbs never cross, and neither leaves the domain. */
export function setThumb(win: DayWindow, thumb: Thumb, day: DayNumber, domain: Interval): DayWindow {
  const d = Math.round(day);
  return thumb === 'start'
    ? { start: clamp(d, domain.start, win.end), end: win.end }
    : { start: win.start, end: clamp(d, win.start, domain.end) };
}

/** The slider keys of CONTRACT §4 (and the ARIA slider pattern): a day, a week, or the domain's ends. */
export function stepThumb(win: DayWindow, thumb: Thumb, key: string, domain: Interval): DayWindow | null {
  const at = thumb === 'start' ? win.start : win.end;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return setThumb(win, thumb, at - 1, domain);
    case 'ArrowRight':
    case 'ArrowUp':
      return setThumb(win, thumb, at + 1, domain);
    case 'PageDown':
      return setThumb(win, thumb, at - 7, domain);
    case 'PageUp':
      return setThumb(win, thumb, at + 7, domain);
    case 'Home':
      return setThumb(win, thumb, domain.start, domain);
    case 'End':
      return setThumb(win, thumb, domain.end, domain);
    default:
      return null;
  }
}

/** Moves the whole window by `delta` days, keeping its width, stopping at the domain's ends. */
export function shiftWindow(win: DayWindow, delta: number, domain: Interval): DayWindow {
  const width = win.end - win.start;
  const start = clamp(win.start + Math.round(delta), domain.start, domain.end - width);
  return { start, end: start + width };
}

/**
 * Where playback starts: the current window where it is, unless it is unbounded (then a week) or already
 * at the end (then it starts over from the domain's start with the same width).
 */
export function playStart(win: DayWindow, bounded: boolean, domain: Interval, defaultDays = 7): DayWindow {
  if (!bounded) return { start: domain.start, end: Math.min(domain.end, domain.start + defaultDays - 1) };
  if (win.end >= domain.end) return { start: domain.start, end: Math.min(domain.end, domain.start + (win.end - win.start)) };
  return win;
}

/**
 * One step of playback, or `null` once the window has reached the domain's end. `skip` lets the caller
 * jump over stretches with nothing to see (the axis's breaks): it gets the stepped window and returns the
 * window to show instead.
 */
export function playStep(win: DayWindow, stepDays: number, domain: Interval, skip: (w: DayWindow) => DayWindow = (w) => w): DayWindow | null {
  if (win.end >= domain.end) return null;
  const next = skip(shiftWindow(win, stepDays, domain));
  return shiftWindow(next, 0, domain);
}
