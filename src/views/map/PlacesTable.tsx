import { formatNumber } from '../../core/format';
import { useDossierStore } from '../../store/store';
import { useLang, useStrings } from '../../ui/i18n';
import type { PlaceSpec } from './place-spec';
import { MAP_STRINGS } from './strings';

/**
 * The map as a table, for screen readers and for reading exact numbers: every place with its count under
 * the date and actor filters, busiest first. Each name is a toggle button that selects like the map does.
 * Its buttons carry `data-row-place`, not the contract's `data-place-id`, which belongs to the map's markers.
 */
export function PlacesTable({ specs }: { specs: readonly PlaceSpec[] }) {
  const t = useStrings(MAP_STRINGS);
  const lang = useLang();
  const selectPlace = useDossierStore((s) => s.selectPlace);
  const rows = [...specs].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, lang));
  return (
    <div className="map-table" data-testid="map-table">
      <table>
        <caption>{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colPlace}</th>
            <th scope="col" className="map-table__num">{t.colEvents}</th>
            <th scope="col">{t.colScope}</th>
            <th scope="col">{t.colSelected}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id} data-active={s.active ? 'true' : 'false'}>
              <th scope="row">
                <button type="button" className="map-table__place" data-row-place={s.id} aria-pressed={s.selected} onClick={(e) => selectPlace(s.id, e.shiftKey)}>
                  {s.name}
                </button>
              </th>
              <td className="map-table__num">{formatNumber(s.count, lang)}</td>
              <td>{s.country ? t.scopeCountry : t.scopeCity}</td>
              <td>{s.selected ? t.yes : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
