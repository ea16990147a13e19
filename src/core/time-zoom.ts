import { dayFromIso, isoFromDay } from './dates';

export interface DayExtent {
  from: string;
  to: string;
}

/**
 * The span a timeline zoomed to a window shows: the window and a margin on each side (a tenth of its
 * length, at least two days) so its edges and thumbs stand clear of the chart's ends; an open side and the
 * margins stay inside the data's extent. Null when there is no window to zoom to.
 */
export function zoomExtent(window: { from: string | null; to: string | null }, extent: DayExtent): DayExtent | null {
  if (window.from === null && window.to === null) return null;
  const lo = dayFromIso(extent.from);
  const hi = dayFromIso(extent.to);
  const start = window.from === null ? lo : dayFromIso(window.from);
  const end = window.to === null ? hi : dayFromIso(window.to);
  const pad = Math.max(2, Math.round((end - start + 1) / 10));
  const from = Math.max(lo, Math.min(start - pad, hi));
  const to = Math.min(hi, Math.max(end + pad, lo));
  return from < to ? { from: isoFromDay(from), to: isoFromDay(to) } : null;
}
