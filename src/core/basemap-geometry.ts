/**
 * Plane geometry for a world basemap drawn in Web Mercator, where longitude is a straight axis that stops
 * at ±180°. Natural Earth (as shipped by world-atlas) has rings that step across the antimeridian, from
 * 179.9° to -180° and back (Russia's Chukotka, Fiji, Antarctica). Drawn as given, such a step becomes a
 * horizontal streak across the whole map. We unwrap each ring into a continuous longitude range, close
 * rings that go round a pole through that pole, and cut the result at ±180° into pieces that sit inside
 * one world copy.
 */

/** A GeoJSON position: [longitude, latitude] in degrees. */
export type Position = readonly [number, number];
export type Ring = Position[];
/** A polygon: outer ring first, then holes (GeoJSON order). */
export type PolygonRings = Ring[];

const EPS = 1e-9;

/** True when two consecutive points of a ring or line are more than half the world apart in longitude. */
export function jumpsAntimeridian(a: Position, b: Position): boolean {
  return Math.abs(b[0] - a[0]) > 180;
}

/** Shifts longitudes by whole turns so that consecutive points are never more than 180° apart. */
export function unwrapRing(ring: readonly Position[]): Ring {
  const out: Ring = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    if (i > 0) {
      const prev = ring[i - 1]!;
      const d = p[0] - prev[0];
      if (d > 180) shift -= 360 * Math.round(d / 360);
      else if (d < -180) shift += 360 * Math.round(-d / 360);
    }
    out.push([p[0] + shift, p[1]]);
  }
  return out;
}

/**
 * A ring that goes once round a pole (after unwrapping, it ends a whole turn from where it started) encloses
 * that pole on the sphere. On the plane we close it along the pole's parallel so that it fills the map's
 * edge, as Antarctica should. `poleLat` is the latitude of that closing edge (90 by default).
 */
export function closeAroundPole(ring: Ring, poleLat = 90): Ring {
  if (ring.length < 2) return ring;
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  const turn = last[0] - first[0];
  if (Math.abs(Math.abs(turn) - 360) > 1e-6) return ring;
  const meanLat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  const lat = meanLat < 0 ? -poleLat : poleLat;
  return [...ring, [last[0], lat], [first[0], lat], [first[0], first[1]]];
}

/** Sutherland–Hodgman against one vertical line, keeping the side where `keep(x)` holds. */
function clipAgainst(ring: readonly Position[], x0: number, keepGreater: boolean): Ring {
  const inside = (p: Position) => (keepGreater ? p[0] >= x0 - EPS : p[0] <= x0 + EPS);
  const at = (a: Position, b: Position): Position => {
    const t = (x0 - a[0]) / (b[0] - a[0]);
    return [x0, a[1] + t * (b[1] - a[1])];
  };
  const pts = isClosed(ring) ? ring.slice(0, -1) : ring.slice();
  const out: Ring = [];
  for (let i = 0; i < pts.length; i++) {
    const cur = pts[i]!;
    const prev = pts[(i + pts.length - 1) % pts.length]!;
    const curIn = inside(cur);
    const prevIn = inside(prev);
    if (curIn) {
      if (!prevIn) out.push(at(prev, cur));
      out.push(cur);
    } else if (prevIn) {
      out.push(at(prev, cur));
    }
  }
  if (out.length > 0) out.push(out[0]!);
  return out;
}

function isClosed(ring: readonly Position[]): boolean {
  const a = ring[0];
  const b = ring[ring.length - 1];
  return ring.length > 1 && a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/**
 * Clips a ring to the strip `west <= lon <= east`. Clipping a concave ring against a strip (a convex region)
 * can leave zero-width edges along the strip's sides; they enclose no area, so fills are unaffected.
 */
export function clipRingToLonRange(ring: readonly Position[], west: number, east: number): Ring {
  return clipAgainst(clipAgainst(ring, west, true), east, false);
}

/** Twice the signed area (shoelace); zero for degenerate rings. */
export function ringArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return a / 2;
}

function lonRange(ring: readonly Position[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of ring) {
    lo = Math.min(lo, p[0]);
    hi = Math.max(hi, p[0]);
  }
  return [lo, hi];
}

function shiftRing(ring: readonly Position[], dx: number): Ring {
  return dx === 0 ? ring.slice() : ring.map((p) => [p[0] + dx, p[1]] as const);
}

function needsCut(polygon: PolygonRings): boolean {
  return polygon.some((ring) => ring.some((p, i) => p[0] < -180 || p[0] > 180 || (i > 0 && jumpsAntimeridian(ring[i - 1]!, p))));
}

/**
 * Cuts one polygon at the antimeridian: returns one or more polygons whose longitudes all lie in
 * [-180, 180], drawn without streaks. Polygons that never cross are returned unchanged (same arrays).
 */
export function splitPolygonAtAntimeridian(polygon: PolygonRings, poleLat = 90): PolygonRings[] {
  if (polygon.length === 0 || !needsCut(polygon)) return [polygon];
  const outer = closeAroundPole(unwrapRing(polygon[0]!), poleLat);
  const [lo, hi] = lonRange(outer);
  const centre = (lo + hi) / 2;
  // Holes are unwrapped on their own, then moved by whole turns next to their outer ring.
  const holes = polygon.slice(1).map((h) => {
    const u = closeAroundPole(unwrapRing(h), poleLat);
    const [hlo, hhi] = lonRange(u);
    return shiftRing(u, 360 * Math.round((centre - (hlo + hhi) / 2) / 360));
  });
  const pieces: PolygonRings[] = [];
  // Every world copy the unwrapped ring reaches: shifting by k turns brings that part into [-180, 180].
  for (let k = Math.floor((lo + 180) / 360); k <= Math.ceil((hi - 180) / 360); k++) {
    const dx = -360 * k;
    const shell = clipRingToLonRange(shiftRing(outer, dx), -180, 180);
    if (shell.length < 4 || Math.abs(ringArea(shell)) < EPS) continue;
    const cut = holes
      .map((h) => clipRingToLonRange(shiftRing(h, dx), -180, 180))
      .filter((h) => h.length >= 4 && Math.abs(ringArea(h)) >= EPS);
    pieces.push([shell, ...cut]);
  }
  return pieces;
}

/** The same for a whole (multi)polygon geometry's coordinates: always returns MultiPolygon coordinates. */
export function splitMultiPolygonAtAntimeridian(polygons: readonly PolygonRings[], poleLat = 90): PolygonRings[] {
  return polygons.flatMap((p) => splitPolygonAtAntimeridian(p, poleLat));
}

/**
 * Splits a line where it steps across the antimeridian, ending one part at ±180° and starting the next at
 * ∓180°, at the latitude where the (plane) segment meets the edge. Lines that never cross come back whole.
 */
export function splitLineAtAntimeridian(line: readonly Position[]): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [];
  for (let i = 0; i < line.length; i++) {
    const p = line[i]!;
    const prev = line[i - 1];
    if (prev && jumpsAntimeridian(prev, p)) {
      // Unwrap p next to prev, find where the segment meets the edge, and restart on the other side.
      const edge = prev[0] > 0 ? 180 : -180;
      const q0 = p[0] + (edge > 0 ? 360 : -360);
      const t = (edge - prev[0]) / (q0 - prev[0]);
      const lat = prev[1] + t * (p[1] - prev[1]);
      current.push([edge, lat]);
      parts.push(current);
      current = [[-edge, lat]];
    }
    current.push(p);
  }
  if (current.length > 0) parts.push(current);
  return parts.filter((part) => part.length >= 2);
}

export interface LonLat {
  lon: number;
  lat: number;
}

/**
 * The smallest box holding every point, as [west, south, east, north]. Longitude wraps: points at 170° and
 * -170° give west 170, east 190 (a 20° box across the antimeridian), not a box round the whole world.
 * Returns null for no points.
 */
export function pointsBounds(points: readonly LonLat[]): [number, number, number, number] | null {
  if (points.length === 0) return null;
  let south = Infinity;
  let north = -Infinity;
  for (const p of points) {
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
  }
  const lons = [...new Set(points.map((p) => p.lon))].sort((a, b) => a - b);
  // The box is the complement of the widest empty gap between neighbouring longitudes (wrapping round).
  let gapAfter = lons.length - 1;
  let widest = lons[0]! + 360 - lons[lons.length - 1]!;
  for (let i = 0; i < lons.length - 1; i++) {
    const gap = lons[i + 1]! - lons[i]!;
    if (gap > widest) {
      widest = gap;
      gapAfter = i;
    }
  }
  const west = lons[(gapAfter + 1) % lons.length]!;
  let east = lons[gapAfter]!;
  if (east < west) east += 360;
  return [west, south, east, north];
}
