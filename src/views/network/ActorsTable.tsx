import { useMemo } from 'react';
import { formatNumber } from '../../core/format';
import { useDossierStore } from '../../store/store';
import { useDossierData } from '../../ui/dossier-context';
import { loc, useLang } from '../../ui/i18n';
import type { NetworkStrings } from './strings';
import type { FilteredNetwork } from './use-network-model';

/**
 * The network as a table, for screen readers and for anyone who prefers reading to a picture: the same
 * actors as the graph, most events first, and the same buttons (`[data-actor-id]`, aria-pressed).
 */
export function ActorsTable({ filtered, t }: { filtered: FilteredNetwork; t: NetworkStrings }) {
  const { actorsById } = useDossierData();
  const lang = useLang();
  const selected = useDossierStore((s) => s.actors);
  const selectActor = useDossierStore((s) => s.selectActor);
  const rows = useMemo(
    () =>
      filtered.drawn.ids.flatMap((id) => {
        const actor = actorsById.get(id);
        return actor ? [{ id, name: loc(actor.name, lang), type: actor.type, count: filtered.counts.get(id) ?? 0 }] : [];
      }),
    [filtered, actorsById, lang],
  );
  return (
    <div className="net-table-wrap">
      <table className="net-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colName}</th>
            <th scope="col">{t.colType}</th>
            <th scope="col" className="net-table__num">{t.colEvents}</th>
            <th scope="col">{t.colSelected}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const isSelected = selected.includes(r.id);
            return (
              <tr key={r.id} className={r.count === 0 ? 'is-inactive' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="net-table__actor"
                    data-actor-id={r.id}
                    data-active={r.count > 0 ? 'true' : 'false'}
                    aria-pressed={isSelected}
                    onClick={(e) => selectActor(r.id, e.shiftKey)}
                  >
                    <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true" className={`net-node--${r.type}`}>
                      {r.type === 'country' ? <rect className="net-node__shape" x={-4.5} y={-4.5} width={9} height={9} rx={2} />
                        : r.type === 'organization' ? <path className="net-node__shape" d="M0,-5.5L5.5,0L0,5.5L-5.5,0Z" />
                          : <circle className="net-node__shape" r={4.8} />}
                    </svg>
                    {r.name}
                  </button>
                </th>
                <td>{t[r.type]}</td>
                <td className="net-table__num">{formatNumber(r.count, lang)}</td>
                <td>{isSelected ? t.yes : <span className="net-table__no">{t.no}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
