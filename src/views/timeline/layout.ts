/** The chart's geometry, in CSS pixels. Kept together so the SVG layers and the HTML slider line up. */
export const LAYOUT = {
  /** Room left and right of the axis for the thumbs, which sit outside the window's edges. */
  padX: 16,
  /** Room above the bars for the open event's marker. */
  top: 12,
  /** Under the baseline: the slider track, tick marks and tick labels. */
  below: 34,
  /** The track's centre, below the baseline. */
  trackOffset: 8,
  /** One event's block is never taller than this, so a quiet dataset (or a tall panel) does not turn
   *  each event into a slab. */
  maxUnitPx: 40,
  /** A bar is never wider than this (a one-day dataset would otherwise draw one slab). */
  maxBarPx: 48,
  /** Width of an axis break. */
  gapPx: 44,
} as const;

export interface ChartFrame {
  width: number;
  height: number;
  /** y of the bars' baseline. */
  baseline: number;
  /** Height of one event's block. */
  unitPx: number;
}

export function chartFrame(width: number, height: number, maxStack: number): ChartFrame {
  const baseline = Math.max(LAYOUT.top + 20, height - LAYOUT.below);
  const unitPx = Math.min(LAYOUT.maxUnitPx, (baseline - LAYOUT.top) / Math.max(1, maxStack));
  return { width, height, baseline, unitPx };
}
