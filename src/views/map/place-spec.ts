import type { Lang } from '../../core/url-state';
import type { Place } from '../../data/schema';
import { loc } from '../../ui/i18n';
import { radiusFor, type RadiusScale } from '../../core/marker-layout';

/** Everything the map draws for one place, derived from the data and the selection (no positions). */
export interface PlaceSpec {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** Events passing the date and actor parts (CONTRACT §2: the map ignores its own part). */
  count: number;
  active: boolean;
  selected: boolean;
  /** The open event (`?event=`) happens here. */
  open: boolean;
  /** A place that stands for a whole country (`scope: "country"`), not a point. */
  country: boolean;
  r: number;
  /** The count labels are ranked by when they collide (see labelPriority). */
  rank: number;
}

/** `scope` is an extra field of the bundled dataset; other datasets may leave it out (then: a point). */
export function isCountryScope(place: Place): boolean {
  return (place as { scope?: unknown }).scope === 'country';
}

/** Places from west to east: the order of Tab, Home and End, and of a screen reader's reading. */
export function buildPlaceSpecs(
  places: readonly Place[],
  counts: ReadonlyMap<string, number>,
  selected: readonly string[],
  openPlaceId: string | null,
  maxCount: number,
  lang: Lang,
  scale: RadiusScale,
): PlaceSpec[] {
  return places
    .map((p) => {
      const count = counts.get(p.id) ?? 0;
      return {
        id: p.id,
        name: loc(p.name, lang),
        lon: p.lon,
        lat: p.lat,
        count,
        active: count > 0,
        selected: selected.includes(p.id),
        open: p.id === openPlaceId,
        country: isCountryScope(p),
        r: radiusFor(count, maxCount, scale),
        rank: count,
      };
    })
    .sort((a, b) => a.lon - b.lon || b.lat - a.lat || a.id.localeCompare(b.id));
}

/** Which labels win a collision: selected, then the open event's place, then the busiest, then by name. */
export function labelPriority(a: PlaceSpec, b: PlaceSpec): number {
  return Number(b.selected) - Number(a.selected) || Number(b.open) - Number(a.open) || b.rank - a.rank || a.name.localeCompare(b.name);
}

/** The most events any one place has in the whole dataset: the top of the circle-size scale. */
export function maxEventsPerPlace(place: Int32Array, placeCount: number): number {
  const counts = new Int32Array(placeCount);
  let max = 0;
  for (let i = 0; i < place.length; i++) max = Math.max(max, ++counts[place[i]!]!);
  return max;
}
