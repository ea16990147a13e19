import { scaleLinear, scaleSqrt } from 'd3-scale';
import type { Size } from '../../ui/use-element-size';

/** CONTRACT §4: beyond this many active actors the network draws the ones with most events, and says so. */
export const DRAW_LIMIT = 300;
/** Room kept under the graph for the legend (drawn inside the SVG so that the PNG export carries it). */
export const LEGEND_HEIGHT = 46;
/** Radius of an actor with no event in the current selection: small, and dimmed by CSS. */
export const INACTIVE_RADIUS = 3.5;
const MIN_RADIUS = 4.5;

export interface NetworkScales {
  /** Node radius for a number of events (area proportional to the count). */
  radius(count: number): number;
  maxRadius: number;
  /** Tie stroke width for a number of shared events. */
  strokeWidth(weight: number): number;
  maxWeight: number;
}

/**
 * Sizes are fixed against the whole dataset (its busiest actor, its heaviest tie), not the current
 * selection, so that filtering shrinks nodes instead of re-scaling everything.
 */
export function makeScales(maxTotal: number, maxWeight: number, size: Size): NetworkScales {
  const maxRadius = Math.max(10, Math.min(22, Math.min(size.width, size.height) / 24));
  const r = scaleSqrt().domain([0, Math.max(1, maxTotal)]).range([MIN_RADIUS * 0.6, maxRadius]).clamp(true);
  const w = scaleLinear().domain([1, Math.max(2, maxWeight)]).range([1.2, 5.5]).clamp(true);
  return {
    radius: (count) => (count <= 0 ? INACTIVE_RADIUS : Math.max(MIN_RADIUS, r(count))),
    maxRadius,
    strokeWidth: (weight) => w(weight),
    maxWeight: Math.max(1, maxWeight),
  };
}
