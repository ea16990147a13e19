import type * as Maplibre from 'maplibre-gl';
import type { GeoJSONSource, LngLatBoundsLike, Map as MaplibreMap, PaddingOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useState, type RefObject } from 'react';
import { parseViews } from '../../core/url-state';
import { useDossierStore } from '../../store/store';
import { fetchBasemap, type Basemap } from './basemap';
import { applyMapColours, createMapStyle, readMapColours, SOURCE_BORDERS, SOURCE_LAND } from './map-style';

let maplibre: Promise<typeof Maplibre> | null = null;

/**
 * MapLibre is about half the app's code: a chunk of its own, fetched and evaluated in a task of its own, so the
 * page's first script and first render do not wait for it (and an embed without the map never loads it).
 * MapLibre 6 under Vite: its worker must be pointed at explicitly, or the map fails with "Worker failed to
 * load" (docs/ENVIRONMENT.md). Set once, before any map exists.
 */
export function loadMaplibre(): Promise<typeof Maplibre> {
  maplibre ??= import('maplibre-gl').then((lib) => {
    lib.setWorkerUrl(workerUrl);
    return lib;
  });
  return maplibre;
}

// Fetch MapLibre and start its worker while the dataset loads rather than after it (about half a second
// sooner on a software renderer) — only when the URL shows the map.
if (typeof location !== 'undefined' && parseViews(new URLSearchParams(location.search).get('views')).includes('map')) {
  void loadMaplibre().then((lib) => lib.prewarm());
}

/** Beyond this zoom the 1:50m shapes replace the 1:110m ones (Malta appears, coasts sharpen). */
export const DETAIL_ZOOM = 3;
/** Natural Earth at 1:50m stops looking like a map past this: no point zooming further. */
export const MAX_ZOOM = 8;
/** Fitting the places never zooms closer than this, so one or two places still show their region. */
export const FIT_MAX_ZOOM = 5;

const EMPTY: Basemap = {
  land: { type: 'FeatureCollection', features: [] },
  borders: { type: 'FeatureCollection', features: [] },
};

export interface MaplibreState {
  map: MaplibreMap | null;
  /** True once the basemap is on the map and the first frame with it has rendered. */
  drawn: boolean;
}

export interface InitialView {
  bounds: LngLatBoundsLike | null;
  padding: () => PaddingOptions;
  label: string;
}

/**
 * Creates the MapLibre map once in the container React gives it (once MapLibre's chunk has loaded), and
 * removes it on unmount (React's StrictMode mounts twice in development: the first map is removed before the
 * second is made). The basemap is fetched while the map starts; `drawn` turns true after the land is drawn.
 */
export function useMaplibre(containerRef: RefObject<HTMLDivElement | null>, initial: InitialView): MaplibreState {
  const [state, setState] = useState<MaplibreState>({ map: null, drawn: false });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const abort = new AbortController();
    let made: MaplibreMap | null = null;
    const basemap = fetchBasemap('coarse', abort.signal).catch((error: unknown) => {
      // A missing basemap must not hide the places: draw them on plain water and say why in the console.
      if (!abort.signal.aborted) console.warn('Dossier map: the basemap could not be loaded.', error);
      return EMPTY;
    });
    // The map is made once the basemap is in, with the land in its style from the start: each frame MapLibre
    // draws at load is a main-thread task (a software compositor reads the canvas back), and a map started
    // empty drew three frames of bare water before the land's three.
    // The map starts in a task of its own: not in the one that turned the basemap's topology into shapes.
    let timer: ReturnType<typeof setTimeout> | undefined;
    void Promise.all([loadMaplibre(), basemap]).then(([lib, data]) => {
      timer = setTimeout(() => {
        if (!abort.signal.aborted) made = startMap(lib, container, initial, data, abort.signal, setState);
      }, 0);
    });
    return () => {
      abort.abort();
      clearTimeout(timer);
      made?.remove();
      setState({ map: null, drawn: false });
    };
    // The map is made once per container; later changes of bounds or labels are synced by other effects.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [containerRef]);

  return state;
}

function startMap(
  lib: typeof Maplibre,
  container: HTMLDivElement,
  initial: InitialView,
  basemap: Basemap,
  signal: AbortSignal,
  setState: (s: MaplibreState) => void,
): MaplibreMap {
  const map = new lib.Map({
    container,
    style: createMapStyle(readMapColours(container), basemap),
    ...(initial.bounds ? { bounds: initial.bounds, fitBoundsOptions: { padding: initial.padding(), maxZoom: FIT_MAX_ZOOM } } : { center: [20, 30], zoom: 1 }),
    attributionControl: false,
    maplibreLogo: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    rollEnabled: false,
    maxPitch: 0,
    maxZoom: MAX_ZOOM,
    fadeDuration: 0,
    // Export paints the WebGL canvas onto a 2D one, which needs the last frame kept.
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.getCanvas().setAttribute('aria-label', initial.label);

  map.once('load', () => {
    if (signal.aborted) return;
    setState({ map, drawn: false });
    // 'idle': the land is tiled and a frame with it has been drawn ('load' comes first in the same frame).
    map.once('idle', () => {
      if (!signal.aborted) setState({ map, drawn: true });
    });
    map.triggerRepaint();
  });
  return map;
}

async function setGeoJson(map: MaplibreMap, data: Basemap): Promise<void> {
  await Promise.all([
    map.getSource<GeoJSONSource>(SOURCE_LAND)?.setData(data.land),
    map.getSource<GeoJSONSource>(SOURCE_BORDERS)?.setData(data.borders),
  ]);
}

/** Swaps in the 1:50m basemap the first time someone zooms in past DETAIL_ZOOM. */
export function useBasemapDetail(map: MaplibreMap | null): void {
  useEffect(() => {
    if (!map) return;
    const abort = new AbortController();
    let requested = false;
    const onZoom = () => {
      if (requested || map.getZoom() < DETAIL_ZOOM) return;
      requested = true;
      map.off('zoomend', onZoom);
      fetchBasemap('detailed', abort.signal)
        .then((data) => (abort.signal.aborted ? undefined : setGeoJson(map, data)))
        .catch((error: unknown) => {
          if (!abort.signal.aborted) console.warn('Dossier map: the detailed basemap could not be loaded.', error);
        });
    };
    map.on('zoomend', onZoom);
    onZoom();
    return () => {
      abort.abort();
      map.off('zoomend', onZoom);
    };
  }, [map]);
}

/**
 * Re-colours the map when the theme changes. The app sets the theme attribute on <html> in an effect of
 * its own, which runs after ours (children's effects run first), so we read the colours a frame later.
 */
export function useMapTheme(map: MaplibreMap | null, el: RefObject<HTMLElement | null>): void {
  const theme = useDossierStore((s) => s.theme);
  useEffect(() => {
    if (!map) return;
    const frame = requestAnimationFrame(() => {
      if (el.current) applyMapColours(map, readMapColours(el.current));
    });
    return () => cancelAnimationFrame(frame);
  }, [map, theme, el]);
}
