import type { DossierEvent } from '../data/schema';
import type { Tie } from './filter-engine';

/**
 * Plain graph helpers for the actor network: counts and ties over a list of events, neighbours, and which
 * actors to draw when there are too many (CONTRACT §4: at most 300, the ones with most events).
 */

/** Events per actor over these events (an actor listed twice in one event counts once). */
export function countEventsByActor(events: readonly Pick<DossierEvent, 'actorIds'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) for (const id of new Set(e.actorIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * Ties over these events: one per pair of actors sharing at least one event, weight = shared events.
 * Sorted by source then target so that whatever consumes them (the seeded layout) sees a stable order.
 */
export function buildTies(events: readonly Pick<DossierEvent, 'actorIds'>[]): Tie[] {
  const byKey = new Map<string, Tie>();
  for (const e of events) {
    const ids = [...new Set(e.actorIds)].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        const tie = byKey.get(key);
        if (tie) tie.weight += 1;
        else byKey.set(key, { source: ids[i]!, target: ids[j]!, weight: 1 });
      }
    }
  }
  return [...byKey.values()].sort(compareTies);
}

export function compareTies(a: Tie, b: Tie): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0;
}

/** The key a tie is known by, whichever way round its ends are given. */
export function tieKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Each actor's neighbours through these ties. */
export function neighbourMap(ties: readonly Tie[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    let set = map.get(a);
    if (!set) map.set(a, (set = new Set()));
    set.add(b);
  };
  for (const t of ties) {
    add(t.source, t.target);
    add(t.target, t.source);
  }
  return map;
}

/** The ties of one actor, heaviest first, then by the other end's id: what the keyboard tie list shows. */
export function tiesOf(actorId: string, ties: readonly Tie[]): { other: string; weight: number }[] {
  const out: { other: string; weight: number }[] = [];
  for (const t of ties) {
    if (t.source === actorId) out.push({ other: t.target, weight: t.weight });
    else if (t.target === actorId) out.push({ other: t.source, weight: t.weight });
  }
  return out.sort((a, b) => b.weight - a.weight || (a.other < b.other ? -1 : a.other > b.other ? 1 : 0));
}

export interface DrawnActors {
  /** The actors to draw, most events first (ties broken by id, so the choice is stable). */
  ids: string[];
  /** Actors with at least one event passing the view's filter parts. */
  activeCount: number;
  /** True when some active actors were left out to stay within the limit. */
  truncated: boolean;
}

/**
 * Which actors the network draws. With no more active actors than `limit`, every actor is drawn (inactive
 * ones dimmed) as long as the total fits; otherwise the `limit` active actors with most events, plus any
 * `pinned` ones (the selection), so that a selected actor never vanishes from its own view.
 */
export function pickDrawnActors(
  allIds: readonly string[],
  counts: ReadonlyMap<string, number>,
  limit: number,
  pinned: readonly string[] = [],
): DrawnActors {
  const known = new Set(allIds);
  const byCount = (a: string, b: string) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const active = allIds.filter((id) => (counts.get(id) ?? 0) > 0).sort(byCount);
  const inactive = allIds.filter((id) => (counts.get(id) ?? 0) <= 0).sort(byCount);
  const chosen = active.slice(0, limit);
  const room = limit - chosen.length;
  if (room > 0) chosen.push(...inactive.slice(0, room));
  const set = new Set(chosen);
  for (const id of pinned) {
    if (known.has(id) && !set.has(id)) {
      chosen.push(id);
      set.add(id);
    }
  }
  return { ids: chosen.sort(byCount), activeCount: active.length, truncated: active.length > limit };
}

/** The last `n` of a list in date order (oldest first), newest first, and how many the list holds. */
export function latestOf(indexes: Int32Array, n: number): { items: number[]; total: number } {
  return { items: Array.from(indexes.subarray(Math.max(0, indexes.length - n))).reverse(), total: indexes.length };
}
