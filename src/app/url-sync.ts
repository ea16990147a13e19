import { parseUrlState, writeUrlState, type Lang, type Theme, type UrlState } from '../core/url-state';
import { useDossierStore, type DossierState } from '../store/store';

function preferredLang(): Lang {
  const langs = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const l of langs) {
    const base = l.toLowerCase().slice(0, 2);
    if (base === 'en' || base === 'fr') return base;
  }
  return 'en';
}

function preferredTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Reads the query string once at start-up into the store (CONTRACT §3) and returns what the store does not hold. */
export function initStoreFromUrl(): UrlState {
  const state = parseUrlState(window.location.search);
  useDossierStore.setState({
    ...state.selection,
    places: [...state.selection.places],
    actors: [...state.selection.actors],
    eventId: state.eventId,
    lang: state.lang ?? preferredLang(),
    theme: state.theme ?? preferredTheme(),
    story: state.story,
    step: state.story === null ? null : state.step,
  });
  return state;
}

/**
 * Mirrors the store into the URL with replaceState, so the address bar is always a link to what is on
 * screen. `lang` and `theme` are written only when they were in the URL or the user changed them.
 */
export function startUrlSync(initial: UrlState): () => void {
  let writeLang = initial.lang !== null;
  let writeTheme = initial.theme !== null;
  let prev: DossierState = useDossierStore.getState();
  return useDossierStore.subscribe((s) => {
    if (s.lang !== prev.lang) writeLang = true;
    if (s.theme !== prev.theme) writeTheme = true;
    const changed = s.from !== prev.from || s.to !== prev.to || s.places !== prev.places || s.actors !== prev.actors
      || s.eventId !== prev.eventId || s.lang !== prev.lang || s.theme !== prev.theme || s.story !== prev.story || s.step !== prev.step;
    prev = s;
    if (!changed) return;
    const search = writeUrlState(window.location.search, {
      selection: s,
      eventId: s.eventId,
      lang: writeLang ? s.lang : undefined,
      theme: writeTheme ? s.theme : undefined,
      story: s.story,
      step: s.step,
    });
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  });
}
