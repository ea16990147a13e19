import { useEffect, useRef } from 'react';
import { useDossierStore } from '../../store/store';
import { useDossierData, useFilterResult } from '../../ui/dossier-context';
import { fill, loc, useLang, useStrings } from '../../ui/i18n';
import { SEARCH_STRINGS } from './strings';

/** What the search just selected: one place or one actor. */
export interface SearchPick {
  kind: 'place' | 'actor';
  id: string;
}

/**
 * When a place or actor chosen in the search leaves no event because of the other filters (an actor never
 * there, a date window before it), say so beside the search box and offer to keep only the choice. It
 * stays while the choice stands and still leaves nothing; `onDone` forgets it.
 */
export function SearchConflict({ pick, onDone }: { pick: SearchPick; onDone(): void }) {
  const t = useStrings(SEARCH_STRINGS);
  const lang = useLang();
  const { placesById, actorsById } = useDossierData();
  const { count } = useFilterResult();
  const stillChosen = useDossierStore((s) => (pick.kind === 'place' ? s.places : s.actors).includes(pick.id));
  const keepRef = useRef<HTMLButtonElement>(null);
  const conflict = stillChosen && count === 0;

  useEffect(() => {
    if (!conflict) onDone();
  }, [conflict, onDone]);
  useEffect(() => {
    keepRef.current?.focus();
  }, []);
  if (!conflict) return null;

  const item = pick.kind === 'place' ? placesById.get(pick.id) : actorsById.get(pick.id);
  const name = item ? loc(item.name, lang) : pick.id;
  const keepOnly = () => {
    const store = useDossierStore.getState();
    store.clearFilters();
    if (pick.kind === 'place') store.setPlaces([pick.id]);
    else store.setActors([pick.id]);
  };
  return (
    <div className="search__conflict" role="alert" data-testid="search-conflict">
      <p>{fill(pick.kind === 'place' ? t.conflictPlace : t.conflictActor, { name })}</p>
      <div className="search__conflict-actions">
        <button ref={keepRef} type="button" className="button button--primary" data-testid="search-conflict-clear" onClick={keepOnly}>
          {fill(t.keepOnly, { name })}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t.dismiss}
        </button>
      </div>
    </div>
  );
}
