import type { MouseEvent } from 'react';
import { formatEventDate, formatPrecision } from '../../core/format';
import { FAMILY_LABEL, kindFamily, kindLabel } from '../../core/kinds';
import type { DossierEvent } from '../../data/schema';
import { useDossierStore } from '../../store/store';
import { useDossierData } from '../../ui/dossier-context';
import { fill, loc, useLang, useStrings } from '../../ui/i18n';
import { DETAILS_STRINGS } from './strings';

/** Fields the panel lays out itself; any other text field of an event is shown as a note. */
const KNOWN_FIELDS = new Set(['id', 'date', 'endDate', 'placeId', 'actorIds', 'kind', 'title', 'summary', 'evidence', 'dateNote', 'placeNote']);

const stringField = (event: DossierEvent, key: string): string | undefined => {
  const value = (event as unknown as Record<string, unknown>)[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

/** Date and how it was resolved, place, actors, kind and summary; place and actors are filter buttons. */
export function EventFacts({ event }: { event: DossierEvent }) {
  const t = useStrings(DETAILS_STRINGS);
  const lang = useLang();
  const { placesById, actorsById } = useDossierData();
  const selectedPlaces = useDossierStore((s) => s.places);
  const selectedActors = useDossierStore((s) => s.actors);
  const place = placesById.get(event.placeId);
  const placeName = place ? loc(place.name, lang) : event.placeId;
  const dateNote = event.dateNote ? loc(event.dateNote, lang) : '';
  const placeNote = event.placeNote ? loc(event.placeNote, lang) : '';
  const extras = Object.keys(event).filter((k) => !KNOWN_FIELDS.has(k) && stringField(event, k) !== undefined);
  const family = kindFamily(event.kind);

  const pickPlace = (e: MouseEvent) => useDossierStore.getState().selectPlace(event.placeId, e.shiftKey);
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>{t.date}</dt>
        <dd>
          {formatEventDate(event, lang, 'long')} <span className="facts__precision">({formatPrecision(event, lang)})</span>
        </dd>
      </div>
      {dateNote && (
        <div className="facts__row">
          <dt>{t.dateNote}</dt>
          <dd className="facts__note" data-testid="date-note">{dateNote}</dd>
        </div>
      )}
      <div className="facts__row">
        <dt>{t.place}</dt>
        <dd>
          <button type="button" className="chip chip--place" aria-pressed={selectedPlaces.includes(event.placeId)} title={fill(t.selectHint, { name: placeName })} onClick={pickPlace}>
            {placeName}
          </button>
          {placeNote && <span className="facts__note facts__note--block" data-testid="place-note">{placeNote}</span>}
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t.actors}</dt>
        <dd>
          <ul className="chips">
            {event.actorIds.map((id) => {
              const actor = actorsById.get(id);
              const name = actor ? loc(actor.name, lang) : id;
              return (
                <li key={id}>
                  <button
                    type="button"
                    className={`chip chip--${actor?.type ?? 'person'}`}
                    data-select-actor={id}
                    aria-pressed={selectedActors.includes(id)}
                    title={fill(t.selectHint, { name })}
                    onClick={(e) => useDossierStore.getState().selectActor(id, e.shiftKey)}
                  >
                    <span className="chip__dot" aria-hidden="true" />
                    {name}
                  </button>
                </li>
              );
            })}
          </ul>
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t.kind}</dt>
        <dd>
          <span className={`kind-badge kind-badge--${family}`} title={FAMILY_LABEL[lang][family]}>
            <span className="kind-badge__swatch" aria-hidden="true" />
            {kindLabel(event.kind, lang)}
          </span>
        </dd>
      </div>
      {event.summary !== undefined && (
        <div className="facts__row facts__row--wide">
          <dt>{t.summary}</dt>
          <dd className="facts__summary">{loc(event.summary, lang)}</dd>
        </div>
      )}
      {extras.map((k) => (
        <div className="facts__row" key={k}>
          <dt>{k}</dt>
          <dd className="facts__note">{stringField(event, k)}</dd>
        </div>
      ))}
    </dl>
  );
}
