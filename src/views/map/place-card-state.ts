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
