import type { Feature, FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import coarseUrl from 'world-atlas/countries-110m.json?url';
import detailedUrl from 'world-atlas/countries-50m.json?url';
import { splitLineAtAntimeridian, splitMultiPolygonAtAntimeridian, type PolygonRings, type Position } from '../../core/basemap-geometry';

/**
 * The offline basemap: Natural Earth countries from world-atlas, served from our own origin as static
 * assets (never a tile server). The 1:110m file (38 kB gzipped) draws the first frame; the 1:50m one
 * (230 kB gzipped) is fetched only when someone zooms in far enough to see the difference — it has Malta,
 * where Valletta stands, which 1:110m leaves out.
 */
export type BasemapDetail = 'coarse' | 'detailed';

export interface Basemap {
  land: FeatureCollection<MultiPolygon>;
  borders: FeatureCollection<MultiLineString>;
}

const URLS: Record<BasemapDetail, string> = { coarse: coarseUrl, detailed: detailedUrl };

type CountriesTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

export async function fetchBasemap(detail: BasemapDetail, signal?: AbortSignal): Promise<Basemap> {
  const response = await fetch(URLS[detail], signal ? { signal } : {});
  if (!response.ok) throw new Error(`Basemap ${URLS[detail]}: HTTP ${response.status}`);
  return basemapFromTopology((await response.json()) as CountriesTopology);
}

/** Land as one fill (no seams between countries) and country borders as lines shared by two countries. */
export function basemapFromTopology(topology: CountriesTopology): Basemap {
  const landCollection = feature(topology, topology.objects.land);
  // world-atlas positions are always [lon, lat] pairs: the core's tuple type says so.
  const polygons: PolygonRings[] = [];
  for (const f of landCollection.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') polygons.push(g.coordinates as unknown as PolygonRings);
    else if (g.type === 'MultiPolygon') polygons.push(...(g.coordinates as unknown as PolygonRings[]));
  }
  const land: Feature<MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: splitMultiPolygonAtAntimeridian(polygons) as unknown as number[][][][] },
  };
  // Only borders between two countries: coastlines come from the land/water contrast, and the cuts at ±180°
  // (which are not borders) are never stroked.
  const lines = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const borders: Feature<MultiLineString> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiLineString', coordinates: lines.coordinates.flatMap((l) => splitLineAtAntimeridian(l as unknown as Position[])) as unknown as number[][][] },
  };
  return {
    land: { type: 'FeatureCollection', features: [land] },
    borders: { type: 'FeatureCollection', features: [borders] },
  };
}
