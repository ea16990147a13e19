/** The pure rules of the place card: when a click opens or closes it, where it docks, how far to pan. */

export type DockSide = 'left' | 'right';

/**
 * The card after a click on a place, once the store has applied the click (`selectedNow`). A plain click
 * that selects a place pins the card to it; a plain click that clears it closes its card; a Shift-click
 * builds a multi-selection and leaves the card as it was.
 */
export function cardAfterClick(card: string | null, id: string, additive: boolean, selectedNow: readonly string[]): string | null {
  if (additive) return card;
  if (selectedNow.includes(id)) return id;
  return card === id ? null : card;
}

/** The card docks on the half of the map away from its place, so the place stays in view. */
export function dockSide(placeX: number, mapWidth: number): DockSide {
  return placeX > mapWidth / 2 ? 'left' : 'right';
}

/**
 * How far (px, + = rightwards) the map's content must move so the place's circle clears the card with a
 * margin: zero when it already does. On a map too narrow for both, the place goes to the middle of the room
 * the card leaves.
 */
export function revealShift(
  place: { x: number; r: number },
  card: { left: number; right: number },
  side: DockSide,
  mapWidth: number,
  margin = 8,
): number {
  const reach = place.r + margin;
  if (side === 'left') {
    const shift = Math.max(0, card.right + reach - place.x);
    return place.x + shift + place.r <= mapWidth ? shift : (card.right + mapWidth) / 2 - place.x;
  }
  const shift = Math.min(0, card.left - reach - place.x);
  return place.x + shift - place.r >= 0 ? shift : card.left / 2 - place.x;
}

/** A rectangle in pixels from the map's top-left corner. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the card sits: its width, and its distance from the map's top and bottom edges. */
export interface CardFrame {
  width: number;
  top: number;
  bottom: number;
}

/** Below this the card would be a slit: it covers the legend instead. */
const MIN_CARD_HEIGHT = 160;

/**
 * The card's frame on its side: half the map (200–300 px), and clear of the map's own furniture in its
 * column — below the buttons at the top, above the legend or credit at the bottom — when there is room.
 */
export function cardFrame(side: DockSide, map: { width: number; height: number }, obstacles: readonly Box[], gap = 8): CardFrame {
  const width = Math.max(0, Math.min(map.width - 2 * gap, Math.max(200, Math.min(300, map.width * 0.5))));
  const left = side === 'left' ? gap : map.width - gap - width;
  const inColumn = obstacles.filter((o) => o.right > left && o.left < left + width);
  const mid = map.height / 2;
  const top = Math.max(gap, ...inColumn.filter((o) => o.bottom <= mid).map((o) => o.bottom + gap));
  let bottom = Math.max(gap, ...inColumn.filter((o) => o.top >= mid).map((o) => map.height - o.top + gap));
  if (map.height - top - bottom < MIN_CARD_HEIGHT) bottom = gap;
  return { width: Math.round(width), top: Math.round(top), bottom: Math.round(bottom) };
}

/** Where the card goes when the map has room for it clear of every place: a rectangle in map pixels. */
export interface CardSpot {
  left: number;
  top: number;
  width: number;
  /** The most it may grow to (it is shorter when its list is). */
  height: number;
}

/** The card's smallest useful size: below this a spot is not worth taking. */
const MIN_SPOT = { width: 200, height: 120 };
const MAX_SPOT_WIDTH = 300;

/**
 * A spot for the card that covers no place (circle or name) and none of the map's furniture: the largest
 * of the four strips left, right, above and below the places' bounding box, between the furniture at
 * the top and at the bottom of the map (over the legend if it must). Null when none is big enough (a small map, places everywhere):
 * the card then docks on a side and pans its own place clear.
 */
export function cardSpot(map: { width: number; height: number }, places: readonly Box[], furniture: readonly Box[], gap = 8): CardSpot | null {
  // On a small map, the legend and credit at the bottom may go under the card rather than a place.
  return spotAmong(map, places, furniture, gap) ?? spotAmong(map, places, furniture.filter((f) => f.bottom <= map.height / 2), gap);
}

function spotAmong(map: { width: number; height: number }, places: readonly Box[], furniture: readonly Box[], gap: number): CardSpot | null {
  if (places.length === 0) return null;
  const box = places.reduce((a, b) => ({ left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) }));
  const mid = map.height / 2;
  const top0 = Math.max(gap, ...furniture.filter((f) => f.bottom <= mid).map((f) => f.bottom + gap));
  const bottom0 = Math.min(map.height - gap, ...furniture.filter((f) => f.top >= mid).map((f) => f.top - gap));
  const strips: Box[] = [
    { left: gap, top: top0, right: box.left - gap, bottom: bottom0 },
    { left: box.right + gap, top: top0, right: map.width - gap, bottom: bottom0 },
    { left: gap, top: top0, right: map.width - gap, bottom: Math.min(bottom0, box.top - gap) },
    { left: gap, top: Math.max(top0, box.bottom + gap), right: map.width - gap, bottom: bottom0 },
  ];
  let best: CardSpot | null = null;
  for (const s of strips) {
    const width = Math.min(MAX_SPOT_WIDTH, s.right - s.left);
    const height = s.bottom - s.top;
    if (width < MIN_SPOT.width || height < MIN_SPOT.height) continue;
    if (!best || width * height > best.width * best.height) {
      // In a strip wider than the card, the card sits at its end nearer the map's edge.
      const left = s.left <= gap ? s.left : s.right - width;
      best = { left: Math.round(left), top: Math.round(s.top), width: Math.round(width), height: Math.round(height) };
    }
  }
  return best;
}
