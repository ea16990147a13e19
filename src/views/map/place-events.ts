import type { FilterEngine } from '../../core/filter-engine';
import type { DossierEvent } from '../../data/schema';

/**
 * A place's events under the others' filters (date and actors): what its circle counts, listed for the
 * tooltip. The engine answers from the filters of its last `apply`, i.e. the current selection.
 */
export function eventsAtPlace(placeId: string, engine: FilterEngine): readonly DossierEvent[] {
  return engine.eventsForPlace(placeId);
}
