import { create } from 'zustand';
import { toggleInSet, type Selection } from '../core/selection';
import type { Lang, Theme, ViewName } from '../core/url-state';

/**
 * The one store: what the user chose and how the UI is set — never data or filtered copies of it.
 * Counts, lists and the graph are derived from the dataset and this selection (see app/FilterProvider).
 */
export interface DossierState extends Selection {
  eventId: string | null;
  lang: Lang;
  theme: Theme;
  /** Views that have drawn at least once; `data-ready` waits for every shown view. */
  drawn: Partial<Record<ViewName, true>>;

  setWindow(from: string | null, to: string | null): void;
  selectPlace(id: string, additive?: boolean): void;
  selectActor(id: string, additive?: boolean): void;
  setPlaces(ids: readonly string[]): void;
  setActors(ids: readonly string[]): void;
  openEvent(id: string | null): void;
  clearFilters(): void;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  markDrawn(view: ViewName): void;
}

export const useDossierStore = create<DossierState>()((set) => ({
  from: null,
  to: null,
  places: [],
  actors: [],
  eventId: null,
  lang: 'en',
  theme: 'light',
  drawn: {},

  setWindow: (from, to) => set({ from, to }),
  selectPlace: (id, additive = false) => set((s) => ({ places: toggleInSet(s.places, id, additive) })),
  selectActor: (id, additive = false) => set((s) => ({ actors: toggleInSet(s.actors, id, additive) })),
  setPlaces: (ids) => set({ places: [...ids] }),
  setActors: (ids) => set({ actors: [...ids] }),
  openEvent: (eventId) => set({ eventId }),
  clearFilters: () => set({ from: null, to: null, places: [], actors: [] }),
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
  markDrawn: (view) => set((s) => (s.drawn[view] ? s : { drawn: { ...s.drawn, [view]: true } })),
}));

/** The filter's three parts, for callers that need them together. */
export const selectSelection = (s: DossierState): Selection => ({ from: s.from, to: s.to, places: s.places, actors: s.actors });
