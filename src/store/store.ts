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
  /** The story being played (CONTRACT §6) and its 1-based step; null when none. Its step's state is applied by the story bar. */
  story: string | null;
  step: number | null;

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
  /** Opens a story at a step (null: step 1), or closes it with `setStoryStep(null, null)`; the selection stays. */
  setStoryStep(story: string | null, step: number | null): void;
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
  story: null,
  step: null,

  setWindow: (from, to) => set({ from, to }),
  selectPlace: (id, additive = false) => set((s) => ({ places: toggleInSet(s.places, id, additive) })),
  selectActor: (id, additive = false) => set((s) => ({ actors: toggleInSet(s.actors, id, additive) })),
  setPlaces: (ids) => set({ places: [...ids] }),
  setActors: (ids) => set({ actors: [...ids] }),
  openEvent: (eventId) => set({ eventId }),
  clearFilters: () => set({ from: null, to: null, places: [], actors: [] }),
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
  setStoryStep: (story, step) => set({ story, step: story === null ? null : step }),
  markDrawn: (view) => set((s) => (s.drawn[view] ? s : { drawn: { ...s.drawn, [view]: true } })),
}));

/** The filter's three parts, for callers that need them together. */
export const selectSelection = (s: DossierState): Selection => ({ from: s.from, to: s.to, places: s.places, actors: s.actors });

/** The story and step, as the URL and the embed bridge carry them (`step` is null when no story is open). */
export const selectStory = (s: DossierState): { story: string | null; step: number | null } => ({ story: s.story, step: s.story === null ? null : s.step });
