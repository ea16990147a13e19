import { useId, useState } from 'react';
import { formatNumber } from '../../core/format';
import { useLang, useStrings } from '../../ui/i18n';
import { legendCounts, radiusFor, type RadiusScale } from '../../core/marker-layout';
import { MAP_STRINGS } from './strings';
import { OBSTACLE_ATTR } from './use-place-layout';

/**
 * The key to the circles: sizes for round counts on the same scale as the map, and the three states a
 * circle can be in. Compact, in the bottom-left corner; the camera's fit keeps places clear of it. On a small
 * map (`collapsed`) it folds into a "Key" button that opens it, so it never covers most of the map.
 */
export function MapLegend({ maxCount, scale, byTotal, collapsed }: { maxCount: number; scale: RadiusScale; byTotal: boolean; collapsed: boolean }) {
  const t = useStrings(MAP_STRINGS);
  const [open, setOpen] = useState(false);
  const id = useId();
  const obstacle = { [OBSTACLE_ATTR]: '' };
  if (!collapsed) return <LegendBody maxCount={maxCount} scale={scale} byTotal={byTotal} {...obstacle} />;
  return (
    <div className="map-legend-toggle" {...obstacle}>
      <button type="button" className="map-legend-toggle__button" aria-expanded={open} aria-controls={id} data-testid="map-legend-toggle" onClick={() => setOpen((o) => !o)}>
        {t.legendKey}
      </button>
      {open && <LegendBody maxCount={maxCount} scale={scale} byTotal={byTotal} id={id} />}
    </div>
  );
}

/** `byTotal`: circles sized by all their events, a disc inside by those passing the filters (place-spec.ts). */
function LegendBody({ maxCount, scale, byTotal, ...rest }: { maxCount: number; scale: RadiusScale; byTotal: boolean; id?: string }) {
  const t = useStrings(MAP_STRINGS);
  const lang = useLang();
  const counts = maxCount > 0 ? legendCounts(maxCount) : [];
  return (
    <div className="map-legend" role="group" aria-label={t.legendTitle} {...rest}>
      {counts.length > 0 && (
        <div className="map-legend__row">
          {counts.map((n) => {
            const d = radiusFor(n, maxCount, scale) * 2;
            return (
              <span key={n} className="map-legend__item">
                <span className="map-legend__circle" style={{ width: d, height: d }} aria-hidden="true" />
                {formatNumber(n, lang)}
              </span>
            );
          })}
          <span className="map-legend__unit">{t.legendUnit}</span>
        </div>
      )}
      {byTotal && (
        <div className="map-legend__row">
          <span className="map-legend__item">
            <span className="map-legend__swatch map-legend__swatch--total" aria-hidden="true" />
            {t.legendTotal}
          </span>
        </div>
      )}
      <div className="map-legend__row">
        <span className="map-legend__item">
          <span className="map-legend__swatch map-legend__swatch--country" aria-hidden="true" />
          {t.legendCountry}
        </span>
        <span className="map-legend__item">
          <span className="map-legend__swatch map-legend__swatch--selected" aria-hidden="true" />
          {t.legendSelected}
        </span>
        <span className="map-legend__item">
          <span className="map-legend__swatch map-legend__swatch--none" aria-hidden="true" />
          {t.legendNone}
        </span>
      </div>
    </div>
  );
}
