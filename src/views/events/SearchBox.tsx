import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatNumber } from '../../core/format';
import type { SearchHit } from '../../core/search';
import { searchEvents, type EventSearchIndex } from '../../core/search-index';
import { useDossierStore } from '../../store/store';
import { useDossierData } from '../../ui/dossier-context';
import { fill, useLang, useStrings } from '../../ui/i18n';
import { describeHit, KINDS, type SearchOption } from './search-results';
import { SMALL_INDEX, useSearchIndex } from './use-search-index';
import { SearchConflict, type SearchPick } from './SearchConflict';
import { SEARCH_STRINGS } from './strings';
import './search.css';

const MAX_OPTIONS = 8;
/** Events found by their place's name beyond this many are counted, not listed: choosing the place shows them all. */
const MAX_AT_PLACE = 50;

/** The options for a query, grouped by kind (keyboard order follows the display order), and how many more events were found. */
function findOptions(index: EventSearchIndex | null, query: string, describe: (h: SearchHit) => SearchOption) {
  if (!index || query.trim() === '') return { options: [], more: 0 };
  const found = searchEvents(index, query, MAX_OPTIONS, MAX_AT_PLACE);
  const hits = [...found.top, ...Array.from(found.atPlace, (e) => found.atPlaceHit(e))].map(describe);
  return { options: KINDS.flatMap((k) => hits.filter((h) => h.kind === k)), more: found.atPlaceCount - found.atPlace.length };
}

/**
 * One box for actors, places and events: an ARIA 1.2 combobox with a grouped listbox. Arrow keys move,
 * Enter chooses (the first result when none is highlighted), Escape closes the list, a second Escape
 * clears the text; only a third reaches the global Escape that clears the filters.
 */
export function SearchBox() {
  const t = useStrings(SEARCH_STRINGS);
  const lang = useLang();
  const data = useDossierData();
  const [query, setQuery] = useState('');
  // The index is built when the box is first used, never on the way to the first paint.
  const [wanted, setWanted] = useState(false);
  const index = useSearchIndex(data.dataset, wanted);
  // Typing updates the box at once; over many events, the results follow as soon as the page is free.
  const deferred = useDeferredValue(query);
  const deferredQuery = data.dataset.events.length > SMALL_INDEX ? deferred : query;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // A place or actor just chosen: if the other filters leave nothing with it, SearchConflict says so.
  const [pick, setPick] = useState<SearchPick | null>(null);
  const forgetPick = useCallback(() => setPick(null), []);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;

  const describe = useCallback((h: SearchHit) => describeHit(h, data, lang), [data, lang]);
  const { options, more } = useMemo(() => findOptions(index, deferredQuery, describe), [index, deferredQuery, describe]);
  const shown = open && query.trim() !== '';
  const indexing = shown && !index;
  const optionId = (o: SearchOption) => `${id}-${o.kind}-${o.id}`;
  const activeOption = shown ? options[active] : undefined;

  // "/" anywhere outside a text field jumps to the search box, as in most dashboards.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      e.preventDefault();
      inputRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (o: SearchOption | undefined) => {
    if (!o) return;
    const store = useDossierStore.getState();
    if (o.kind === 'actor') store.setActors([o.id]);
    else if (o.kind === 'place') store.setPlaces([o.id]);
    else store.openEvent(o.id);
    setPick(o.kind === 'event' ? null : { kind: o.kind, id: o.id });
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = options.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        if (query.trim() === '' || n === 0) return;
        const down = e.key === 'ArrowDown';
        if (!open) setOpen(true);
        setActive((a) => (!open || a < 0 ? (down ? 0 : n - 1) : (a + (down ? 1 : n - 1)) % n));
        return;
      }
      case 'Enter': {
        // Enter right after a keystroke chooses among the results for what is typed, even if not yet shown.
        const current = active >= 0 || deferredQuery === query ? options : findOptions(index, query, describe).options;
        if (!shown || current.length === 0) return;
        e.preventDefault();
        choose(current[active >= 0 ? active : 0]);
        return;
      }
      case 'Escape':
        if (shown) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          e.preventDefault();
          setQuery('');
        }
        return;
      default:
    }
  };

  return (
    <div className="search">
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        {t.label}
      </label>
      <span className="search__icon" aria-hidden="true" />
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="search__input"
        data-testid="search"
        type="text"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        placeholder={t.placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          setWanted(true);
          setOpen(true);
        }}
        onPointerEnter={() => setWanted(true)}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <kbd className="search__kbd" aria-hidden="true" title={t.shortcut}>/</kbd>
      <span id={`${id}-hint`} className="visually-hidden">{t.shortcut}</span>
      <div className="search__popup" hidden={!shown} onMouseDown={(e) => e.preventDefault()}>
        <div role="listbox" id={listId} aria-label={t.label} className="search__list">
          {KINDS.map((kind) => {
            const group = options.filter((o) => o.kind === kind);
            if (group.length === 0) return null;
            return (
              <div role="group" aria-labelledby={`${id}-g-${kind}`} key={kind} className="search__group">
                <div role="presentation" id={`${id}-g-${kind}`} className="search__group-label">
                  {t[kind]}
                </div>
                {group.map((o) => {
                  const i = options.indexOf(o);
                  return (
                    <div
                      key={optionId(o)}
                      id={optionId(o)}
                      role="option"
                      aria-selected={i === active}
                      data-kind={o.kind}
                      data-id={o.id}
                      className={`search__option search__option--${o.kind}`}
                      onMouseMove={() => i !== active && setActive(i)}
                      onClick={() => choose(o)}
                    >
                      <span className="search__label">
                        {o.label}
                        {o.via && <span className="search__via"> {fill(t.alias, { name: o.via })}</span>}
                      </span>
                      {o.detail && <span className="search__detail">{o.detail}</span>}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
        {more > 0 && <p className="search__more">{fill(t.more, { n: formatNumber(more, lang) })}</p>}
        {options.length === 0 && <p className="search__empty">{indexing ? t.indexing : t.noMatch}</p>}
      </div>
      {pick && <SearchConflict key={`${pick.kind}:${pick.id}`} pick={pick} onDone={forgetPick} />}
      <div className="visually-hidden" aria-live="polite">
        {!shown ? '' : indexing ? t.indexing : options.length === 0 ? t.noMatch : options.length === 1 ? t.one : fill(t.count, { n: options.length })}
      </div>
    </div>
  );
}
