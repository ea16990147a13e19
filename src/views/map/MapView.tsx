import type { LngLatBoundsLike, PaddingOptions } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { pointsBounds } from '../../core/basemap-geometry';
import { useDossierStore } from '../../store/store';
import { useDossierData, useFilterResult } from '../../ui/dossier-context';
import { registerExporter } from '../../ui/export-registry';
import { useLang, useStrings } from '../../ui/i18n';
import { MapControls } from './MapControls';
import { MapLegend } from './MapLegend';
import { paintMapView } from './map-export';
import { PlaceCard } from './PlaceCard';
import { PlaceMarkers } from './PlaceMarkers';
import { PlacesTable } from './PlacesTable';
import { radiusScaleFor } from '../../core/marker-layout';
import { buildPlaceSpecs, eventsPerPlace, largest, sizesByTotal } from './place-spec';
import { MAP_STRINGS } from './strings';
import { NO_SIZE, useElementSize } from '../../ui/use-element-size';
import { FIT_MAX_ZOOM, useBasemapDetail, useMaplibre, useMapTheme } from './use-maplibre';
import { usePlaceCard } from './use-place-card';
import type { Placement } from './use-place-layout';
import './map.css';

/** Below this size the legend folds into a "Key" button: open, it would cover much of the map. */
const LEGEND_MIN = { width: 300, height: 200 };
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The map view: an offline Natural Earth basemap (MapLibre) with one circle-button per place, sized by its
 * events under the date and actor filters (CONTRACT §2), a legend, a table alternative, and a place card that
 * lists a place's events and opens their details.
 */
export function MapView() {
  const { dataset, eventsById, columns } = useDossierData();
  const { placeCounts } = useFilterResult();
  const selected = useDossierStore(useShallow((s) => s.places));
  const openPlaceId = useDossierStore((s) => (s.eventId ? (eventsById.get(s.eventId)?.placeId ?? null) : null));
  const clearFilters = useDossierStore((s) => s.clearFilters);
  const lang = useLang();
  const t = useStrings(MAP_STRINGS);
  const rootRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const [tableShown, setTableShown] = useState(false);

  const totals = useMemo(() => eventsPerPlace(columns.place, dataset.places.length), [columns, dataset]);
  const maxCount = useMemo(() => largest(totals), [totals]);
  const frame = useElementSize(rootRef) ?? NO_SIZE;
  const scale = useMemo(() => radiusScaleFor(frame.width, frame.height), [frame.width, frame.height]);
  const specs = useMemo(
    () => buildPlaceSpecs(dataset.places, placeCounts, totals, selected, openPlaceId, lang, scale),
    [dataset, placeCounts, totals, selected, openPlaceId, lang, scale],
  );
  const bounds = useMemo(() => pointsBounds(dataset.places) as LngLatBoundsLike | null, [dataset]);
  const padding = useCallback(() => fitPadding(rootRef.current), []);

  const { map, drawn } = useMaplibre(canvasRef, { bounds, padding, label: t.mapCanvas });
  useBasemapDetail(map);
  useMapTheme(map, rootRef);
  const userMoved = useRef(false);
  useFitOnResize(map, bounds, padding, userMoved);
  const placement = useRef<Placement>(new Map());
  const placeCard = usePlaceCard(map, rootRef, specs, placement);
  const cardSpec = placeCard.card ? specs.find((s) => s.id === placeCard.card!.id) : undefined;

  useEffect(() => {
    if (map) map.getCanvas().setAttribute('aria-label', t.mapCanvas);
  }, [map, t.mapCanvas]);

  useEffect(() => {
    if (drawn) useDossierStore.getState().markDrawn('map');
  }, [drawn]);

  useEffect(() => {
    if (!map) return;
    return registerExporter('map', async (scale) => (rootRef.current ? paintMapView(rootRef.current, map, scale) : null));
  }, [map]);

  const onZoom = (delta: 1 | -1) => {
    if (!map) return;
    userMoved.current = true;
    if (delta > 0) map.zoomIn({ animate: !reducedMotion() });
    else map.zoomOut({ animate: !reducedMotion() });
  };
  const onFit = () => {
    if (!map || !bounds) return;
    userMoved.current = false;
    map.fitBounds(bounds, { padding: padding(), maxZoom: FIT_MAX_ZOOM, animate: !reducedMotion() });
  };

  const empty = dataset.places.length > 0 && placeCounts.size === 0;

  return (
    <div ref={rootRef} className="map-view" data-testid="map-view">
      <div className="map-view__map" inert={tableShown}>
        <PlaceMarkers
          map={map}
          specs={map ? specs : []}
          cardId={cardSpec?.id ?? null}
          onPlaceClick={placeCard.afterPlaceClick}
          onOpenCard={placeCard.open}
          drawn={placement}
        />
        <div ref={canvasRef} className="map-view__canvas" />
        <MapLegend maxCount={maxCount} scale={scale} byTotal={sizesByTotal(dataset.places.length)} collapsed={frame.width < LEGEND_MIN.width || frame.height < LEGEND_MIN.height} />
        {placeCard.card && cardSpec && (
          <PlaceCard ref={placeCard.cardRef} spec={cardSpec} side={placeCard.card.side} frame={placeCard.card.frame} spot={placeCard.card.spot} seq={placeCard.card.seq} takeFocus={placeCard.card.takeFocus} onClose={placeCard.close} />
        )}
        <span className="map-credit" title={t.creditTitle}>
          {t.credit}
        </span>
      </div>
      {tableShown && <PlacesTable specs={specs} />}
      <MapControls tableShown={tableShown} onToggleTable={() => {
          // The table covers the map: a card about a place on it would float over the table.
          placeCard.dismiss();
          setTableShown((v) => !v);
        }} onZoom={onZoom} onFit={onFit} />
      {empty && !tableShown && (
        <div className="map-empty" role="note">
          <div className="map-empty__card">
            <p>{t.empty}</p>
            <button type="button" className="button button--primary" onClick={clearFilters}>
              {t.clear}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * Refits the places when the map's frame changes size, unless someone has panned or zoomed since the last
 * fit (`userMoved`): then their view is kept.
 */
function useFitOnResize(
  map: ReturnType<typeof useMaplibre>['map'],
  bounds: LngLatBoundsLike | null,
  padding: () => PaddingOptions,
  userMoved: RefObject<boolean>,
) {
  useEffect(() => {
    if (!map || !bounds) return;
    const onStart = (e: { originalEvent?: unknown }) => {
      if (e.originalEvent) userMoved.current = true;
    };
    const onResize = () => {
      if (!userMoved.current) map.fitBounds(bounds, { padding: padding(), maxZoom: FIT_MAX_ZOOM, animate: false });
    };
    map.on('movestart', onStart);
    map.on('resize', onResize);
    return () => {
      map.off('movestart', onStart);
      map.off('resize', onResize);
    };
  }, [map, bounds, padding, userMoved]);
}

/**
 * Room around the places when fitting: the buttons at the top, the legend at the bottom, and labels on
 * either side. Shrinks on small frames so the padding never eats the map.
 */
function fitPadding(root: HTMLElement | null): PaddingOptions {
  const fallback = { top: 44, bottom: 64, left: 28, right: 60 };
  if (!root) return fallback;
  const { width, height } = root.getBoundingClientRect();
  const controls = root.querySelector('.map-controls')?.getBoundingClientRect();
  const legend = root.querySelector('.map-legend')?.getBoundingClientRect();
  const top = controls ? controls.bottom - root.getBoundingClientRect().top + 10 : fallback.top;
  const bottom = legend ? root.getBoundingClientRect().bottom - legend.top + 10 : fallback.bottom;
  const fit = (a: number, b: number, total: number) => {
    const k = Math.min(1, (total * 0.6) / Math.max(1, a + b));
    return [Math.round(a * k), Math.round(b * k)] as const;
  };
  const [t, b] = fit(top, bottom, height);
  const [l, r] = fit(fallback.left, fallback.right, width);
  return { top: t, bottom: b, left: l, right: r };
}
