import { useStrings } from '../../ui/i18n';
import { MAP_STRINGS } from './strings';
import { OBSTACLE_ATTR } from './use-place-layout';

/** The map's buttons, top right: the table alternative, zoom in and out, and back to all places. */
export function MapControls({
  tableShown,
  onToggleTable,
  onZoom,
  onFit,
}: {
  tableShown: boolean;
  onToggleTable: () => void;
  onZoom: (delta: 1 | -1) => void;
  onFit: () => void;
}) {
  const t = useStrings(MAP_STRINGS);
  const obstacle = { [OBSTACLE_ATTR]: '' };
  return (
    <div className="map-controls" {...obstacle}>
      <button
        type="button"
        className="map-controls__button map-controls__button--text"
        aria-pressed={tableShown}
        title={tableShown ? t.tableHide : t.tableShow}
        onClick={onToggleTable}
        data-testid="map-table-toggle"
      >
        {t.table}
      </button>
      {!tableShown && (
        <div className="map-controls__group">
          <button type="button" className="map-controls__button" aria-label={t.zoomIn} title={t.zoomIn} onClick={() => onZoom(1)}>
            <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 3v10M3 8h10" /></svg>
          </button>
          <button type="button" className="map-controls__button" aria-label={t.zoomOut} title={t.zoomOut} onClick={() => onZoom(-1)}>
            <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10" /></svg>
          </button>
          <button type="button" className="map-controls__button" aria-label={t.fit} title={t.fit} onClick={onFit}>
            <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" /></svg>
          </button>
        </div>
      )}
    </div>
  );
}
