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

/** How long a selection change waits before it is written: changes in between join the same write. */
export const URL_WRITE_DELAY_MS = 120;

/**
 * Mirrors the store into the URL with replaceState, so the address bar is always a link to what is on
 * screen. `lang` and `theme` are written only when they were in the URL or the user changed them.
 *
 * A change of the selection (dates, places, actors, open event) is written a moment later, at most one write
 * per URL_WRITE_DELAY_MS however fast the changes come:
 * each replaceState is a same-document navigation (the browser re-reads the page's icon, and Chromium
 * throttles more than a few hundred of them per ten seconds), and none of it is what a click waits for.
 * Anything else (language, theme, story, step) and a pending write when the page is hidden or left are
 * written at once.
 */
export function startUrlSync(initial: UrlState): () => void {
  let writeLang = initial.lang !== null;
  let writeTheme = initial.theme !== null;
  let prev: DossierState = useDossierStore.getState();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const write = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const s = useDossierStore.getState();
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
  };
  const flush = () => {
    if (timer !== null) write();
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };

  const unsubscribe = useDossierStore.subscribe((s) => {
    if (s.lang !== prev.lang) writeLang = true;
    if (s.theme !== prev.theme) writeTheme = true;
    const selection = s.from !== prev.from || s.to !== prev.to || s.places !== prev.places || s.actors !== prev.actors || s.eventId !== prev.eventId;
    const other = s.lang !== prev.lang || s.theme !== prev.theme || s.story !== prev.story || s.step !== prev.step;
    prev = s;
    if (other) write();
    else if (selection && timer === null) timer = setTimeout(write, URL_WRITE_DELAY_MS);
  });
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHidden);
  };
}
