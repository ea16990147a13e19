/** What the user chose: a date window and two sets. The filter's three parts (CONTRACT §2). */
export interface Selection {
  /** Inclusive window in ISO days; null means unbounded on that side. */
  from: string | null;
  to: string | null;
  places: readonly string[];
  actors: readonly string[];
}

export const EMPTY_SELECTION: Selection = { from: null, to: null, places: [], actors: [] };

/** Click selects one item alone (again clears); Shift-click adds or removes it (CONTRACT §2). */
export function toggleInSet(current: readonly string[], id: string, additive: boolean): string[] {
  const has = current.includes(id);
  if (additive) return has ? current.filter((x) => x !== id) : [...current, id];
  return has && current.length === 1 ? [] : [id];
}

export function isEmptySelection(s: Selection): boolean {
  return s.from === null && s.to === null && s.places.length === 0 && s.actors.length === 0;
}
