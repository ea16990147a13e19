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
