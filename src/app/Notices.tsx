import { useMemo, useState } from 'react';
import { useDossierStore } from '../store/store';
import type { DossierData } from '../ui/dossier-context';
import { defineStrings, fill, useStrings } from '../ui/i18n';

const STRINGS = defineStrings({
  en: { unknown: 'The link names {kind} “{id}”, which is not in this dossier; it was ignored.', place: 'place', actor: 'actor', event: 'event', dismiss: 'Dismiss' },
  fr: { unknown: 'Le lien cite {kind} « {id} », absent de ce dossier ; il a été ignoré.', place: 'le lieu', actor: 'l’acteur', event: 'l’événement', dismiss: 'Fermer' },
});

export interface Notice {
  kind: 'place' | 'actor' | 'event';
  id: string;
}

/** Ids in the URL that the dataset does not have: dropped from the selection, and said so — no silent dead end. */
export function useUrlNotices(data: DossierData): Notice[] {
  return useMemo(() => {
    const s = useDossierStore.getState();
    const notices: Notice[] = [];
    const places = s.places.filter((id) => data.placesById.has(id) || !notices.push({ kind: 'place', id }));
    const actors = s.actors.filter((id) => data.actorsById.has(id) || !notices.push({ kind: 'actor', id }));
    const eventOk = s.eventId === null || data.eventsById.has(s.eventId);
    if (!eventOk) notices.push({ kind: 'event', id: s.eventId! });
    if (notices.length) useDossierStore.setState({ places, actors, ...(eventOk ? {} : { eventId: null }) });
    return notices;
  }, [data]);
}

export function Notices({ notices }: { notices: Notice[] }) {
  const t = useStrings(STRINGS);
  const [open, setOpen] = useState(true);
  if (!open || notices.length === 0) return null;
  return (
    <div className="notices" role="note">
      <ul>
        {notices.map((n) => (
          <li key={`${n.kind}:${n.id}`}>{fill(t.unknown, { kind: t[n.kind], id: n.id })}</li>
        ))}
      </ul>
      <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>{t.dismiss}</button>
    </div>
  );
}
