/**
 * How many names a crowded frame is worth trying, shared by the map's and the network's label placers.
 * Greedy placement names far fewer than would cover the frame: each name needs room beside its own mark,
 * clear of the others' marks and names, and in a dense world map of 320 places the names shown cover about
 * a quarter of it. So once the names tried, most important first, would cover a third of the frame side by
 * side, the rest stay hidden untried: trying them costs most of the time (every spot fails) and names few.
 */
export const FILL_SHARE = 1 / 3;

/** How many of `areas` (the names' boxes in px², most important first) are tried in a frame of `frameArea` px². */
export function nameBudget(areas: readonly number[], frameArea: number): number {
  const room = Math.max(0, frameArea) * FILL_SHARE;
  let sum = 0;
  for (let i = 0; i < areas.length; i++) {
    sum += areas[i]!;
    if (sum > room) return i;
  }
  return areas.length;
}
