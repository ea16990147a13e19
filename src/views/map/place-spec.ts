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
  /** The circle's radius in px: of its count, or of its whole count when the sizes are the totals' (see sizesByTotal). */
  r: number;
  /** The radius of the disc that shows the count, as a share of `r`: 1 unless the sizes are the totals'. */
  fill: number;
  /** The count labels are ranked by when they collide (see labelPriority). */
  rank: number;
}

/**
 * From this many places on, a circle's size is its place's whole count and a disc inside it shows the count
 * under the filters (the unfiltered ghost behind the filtered mark, as crossfilter's charts draw it): a
 * filter then moves no circle and no name, so the hundreds of names are not placed again on every click.
 * Below it (the bundled dossier, small embeds), the circle itself is sized by the filtered count.
 */
export const SIZE_BY_TOTAL_FROM = 80;

export const sizesByTotal = (placeCount: number) => placeCount >= SIZE_BY_TOTAL_FROM;

/** `scope` is an extra field of the bundled dataset; other datasets may leave it out (then: a point). */
export function isCountryScope(place: Place): boolean {
  return (place as { scope?: unknown }).scope === 'country';
}

/**
 * Places from west to east: the order of Tab, Home and End, and of a screen reader's reading. `totals`
 * holds each place's events in the whole dataset, by its index in `places`.
 */
export function buildPlaceSpecs(
  places: readonly Place[],
  counts: ReadonlyMap<string, number>,
  totals: Int32Array,
  selected: readonly string[],
  openPlaceId: string | null,
  lang: Lang,
  scale: RadiusScale,
): PlaceSpec[] {
  const byTotal = sizesByTotal(places.length);
  const maxCount = largest(totals);
  return places
    .map((p, i) => {
      const count = counts.get(p.id) ?? 0;
      const r = radiusFor(byTotal ? totals[i]! : count, maxCount, scale);
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
        r,
        fill: byTotal ? (count > 0 ? radiusFor(count, maxCount, scale) / r : 0) : 1,
        rank: byTotal ? totals[i]! : count,
      };
    })
    .sort((a, b) => a.lon - b.lon || b.lat - a.lat || a.id.localeCompare(b.id));
}

/** Which labels win a collision: selected, then the open event's place, then the busiest, then by name. */
export function labelPriority(a: PlaceSpec, b: PlaceSpec): number {
  return Number(b.selected) - Number(a.selected) || Number(b.open) - Number(a.open) || plainPriority(a, b);
}

/** The same, whatever is selected or open: the busiest, then by name. */
export function plainPriority(a: PlaceSpec, b: PlaceSpec): number {
  return b.rank - a.rank || a.name.localeCompare(b.name);
}

/** Each place's events in the whole dataset, by place index; the most of them is the top of the size scale. */
export function eventsPerPlace(place: Int32Array, placeCount: number): Int32Array {
  const counts = new Int32Array(placeCount);
  for (let i = 0; i < place.length; i++) counts[place[i]!]!++;
  return counts;
}

/** The largest of the counts (0 for none): the top of the size scale. A loop, not a spread: there may be many. */
export function largest(counts: Int32Array): number {
  let max = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i]! > max) max = counts[i]!;
  return max;
}
