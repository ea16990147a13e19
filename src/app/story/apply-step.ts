import { useMemo } from 'react';
import type { KnownIds, StepTarget } from '../../core/story';
import { useDossierStore } from '../../store/store';
import { useDossierData } from '../../ui/dossier-context';

/** Puts a step's state on screen: its window, places, actors and open event replace the selection. */
export function applyTarget({ selection, eventId }: StepTarget): void {
  useDossierStore.setState({ from: selection.from, to: selection.to, places: [...selection.places], actors: [...selection.actors], eventId });
}

/** The ids the loaded dataset has, for checking what a story's steps refer to. */
export function useKnownIds(): KnownIds {
  const { placesById, actorsById, eventsById } = useDossierData();
  return useMemo(() => ({ places: placesById, actors: actorsById, events: eventsById }), [placesById, actorsById, eventsById]);
}
