import { useEffect } from 'react';
import { useDossierStore } from '../../store/store';
import { useFilterResult } from '../../ui/dossier-context';

/** Placeholder until the view lands. */
export function EventList() {
  const { events } = useFilterResult();
  useEffect(() => useDossierStore.getState().markDrawn('list'), []);
  return <ol data-testid="event-list">{events.map((e) => <li key={e.id} data-event-id={e.id}>{e.title.en}</li>)}</ol>;
}
