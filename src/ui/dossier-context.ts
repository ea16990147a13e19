import { createContext, useContext } from 'react';
import type { EventColumns } from '../core/event-columns';
import type { DatasetIndex } from '../core/lookups';
import type { FilterEngine, FilterResult } from '../core/filter-engine';
import type { EventSearchIndex } from '../core/search-index-build';
import type { Dataset } from '../data/schema';

export interface DossierData extends DatasetIndex {
  dataset: Dataset;
  /** Absolute URL of the dataset: source files resolve against it. */
  datasetUrl: string;
  engine: FilterEngine;
  /** The events as typed arrays (day numbers, place, actors, kind family): what views draw at load from, never event objects. */
  columns: EventColumns;
  /** A large dataset's search index from the loading worker, when it builds one (else the search box builds it). */
  searchIndex?: () => Promise<EventSearchIndex>;
}

export const DossierDataContext = createContext<DossierData | null>(null);
export const FilterResultContext = createContext<FilterResult | null>(null);
/** What the slower views draw (see `useShownResult`): the current result, or a deferred one on a large dossier. */
export const ShownResultContext = createContext<FilterResult | null>(null);

/**
 * From this many events on, the network, the timeline's bars and the event list follow a selection change
 * in a deferred render (a transition started once the click's frame is painted: src/ui/use-after-paint.ts): the
 * click's own frame shows the count, the map and the control that was used, and those views catch up right after
 * it, interruptibly, while `[data-testid="app"]` carries `data-pending="true"`. Below it (the bundled dossier) every view changes in the click's frame.
 */
export const DEFER_VIEWS_FROM = 5_000;

/** The loaded dataset, its indexes and its filter engine. Only valid under the app's providers. */
export function useDossierData(): DossierData {
  const value = useContext(DossierDataContext);
  if (!value) throw new Error('useDossierData must be used under <DossierDataContext.Provider>');
  return value;
}

/** What passes the current selection, view by view ("intersect others"). Recomputed once per change. */
export function useFilterResult(): FilterResult {
  const value = useContext(FilterResultContext);
  if (!value) throw new Error('useFilterResult must be used under <FilterResultContext.Provider>');
  return value;
}

/**
 * The result the network, the timeline's bars and the event list draw: the current one, or on a large dataset
 * the one a deferred render has caught up with (`DEFER_VIEWS_FROM`).
 */
export function useShownResult(): FilterResult {
  // Only this context: a view that also read the current result would render in the click's frame as well.
  const value = useContext(ShownResultContext);
  if (!value) throw new Error('useShownResult must be used under <ShownResultContext.Provider>');
  return value;
}
