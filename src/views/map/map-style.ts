import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import type { Basemap } from './basemap';

/**
 * The map's style, built in code: a water background, one land fill, thin country borders. No glyphs, no
 * sprite, no URL: nothing leaves the page's origin, and place names are HTML beside the markers.
 */
export interface MapColours {
  water: string;
  land: string;
  border: string;
}

/** The theme's colours as the page currently computes them (app/theme.css tokens). */
export function readMapColours(el: Element): MapColours {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return { water: v('--water', '#d7e3ea'), land: v('--land', '#e6e2d8'), border: v('--land-stroke', '#c3bdaf') };
}

export const SOURCE_LAND = 'land';
export const SOURCE_BORDERS = 'borders';

export function createMapStyle(colours: MapColours, basemap: Basemap): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCE_LAND]: { type: 'geojson', data: basemap.land, tolerance: 0.3 },
      [SOURCE_BORDERS]: { type: 'geojson', data: basemap.borders, tolerance: 0.3 },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': colours.water } },
      { id: 'land', type: 'fill', source: SOURCE_LAND, paint: { 'fill-color': colours.land, 'fill-antialias': true } },
      {
        id: 'borders',
        type: 'line',
        source: SOURCE_BORDERS,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': colours.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 0, 0.5, 5, 1] },
      },
    ],
  };
}

/** Re-colours a live map (theme switch) without rebuilding its style or re-tiling its data. */
export function applyMapColours(map: MaplibreMap, colours: MapColours): void {
  const set = (layer: string, prop: Parameters<MaplibreMap['setPaintProperty']>[1], value: string) => {
    if (map.getLayer(layer) && map.getPaintProperty(layer, prop) !== value) map.setPaintProperty(layer, prop, value);
  };
  set('water', 'background-color', colours.water);
  set('land', 'fill-color', colours.land);
  set('borders', 'line-color', colours.border);
}
