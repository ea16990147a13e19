import { useShallow } from 'zustand/react/shallow';
import { formatDate, formatEventDate } from '../../core/format';
import { selectSelection, useDossierStore } from '../../store/store';
import { useDossierData } from '../../ui/dossier-context';
import { fill, loc, useLang, useStrings } from '../../ui/i18n';
import { LIST_STRINGS } from './strings';

/**
 * What to show when no event passes: say so, say what is filtering ("Window 1–5 Dec 2024 · 2 places ·
 * Actor: Wang Yi") so the user sees which part to loosen, and offer to clear everything.
 */
export function EventListEmpty() {
  const t = useStrings(LIST_STRINGS);
  const lang = useLang();
  const { placesById, actorsById } = useDossierData();
  const s = useDossierStore(useShallow(selectSelection));
  const parts: string[] = [];
  if (s.from !== null && s.to !== null) parts.push(fill(t.window, { range: formatEventDate({ date: s.from, endDate: s.to }, lang) }));
  else if (s.from !== null) parts.push(fill(t.from, { date: formatDate(s.from, lang) }));
  else if (s.to !== null) parts.push(fill(t.until, { date: formatDate(s.to, lang) }));
  if (s.places.length === 1) {
    const place = placesById.get(s.places[0]!);
    parts.push(fill(t.onePlace, { name: place ? loc(place.name, lang) : s.places[0]! }));
  } else if (s.places.length > 1) parts.push(fill(t.places, { n: s.places.length }));
  if (s.actors.length === 1) {
    const actor = actorsById.get(s.actors[0]!);
    parts.push(fill(t.oneActor, { name: actor ? loc(actor.name, lang) : s.actors[0]! }));
  } else if (s.actors.length > 1) parts.push(fill(t.actors, { n: s.actors.length }));

  return (
    <div className="event-list-empty">
      <p className="event-list-empty__title">{t.empty}</p>
      {parts.length > 0 && (
        <p className="event-list-empty__hint">
          <span className="visually-hidden">{t.filtering} </span>
          {parts.map((part, i) => (
            // Each part stays on one line; lines break between parts.
            <span key={part} className="event-list-empty__part">
              {i > 0 && <span aria-hidden="true"> · </span>}
              {part}
            </span>
          ))}
        </p>
      )}
      <button type="button" className="button" onClick={() => useDossierStore.getState().clearFilters()}>
        {t.clear}
      </button>
    </div>
  );
}
