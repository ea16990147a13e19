import { useMemo } from 'react';
import type { Tie } from '../../core/filter-engine';
import { neighbourMap, pickDrawnActors, type DrawnActors } from '../../core/graph';
import { useDossierStore } from '../../store/store';
import { useDossierData, useShownResult } from '../../ui/dossier-context';
import { DRAW_LIMIT } from './network-scales';

/** What the network knows about the whole dataset: the layout is computed on this, never on a filtered part. */
export interface NetworkModel {
  /** Every actor id, in dataset order. */
  ids: string[];
  /** Events per actor over all events. */
  totals: Map<string, number>;
  /** Ties over all events. */
  allTies: Tie[];
  maxTotal: number;
  maxWeight: number;
}

export function useNetworkModel(): NetworkModel {
  const { dataset, engine } = useDossierData();
  return useMemo(() => {
    // From the engine's indexes, not a pass over every event: the strongest ties when there are very many.
    const totals = new Map(engine.overall.actorCounts);
    const allTies = [...engine.overall.ties];
    return {
      ids: dataset.actors.map((a) => a.id),
      totals,
      allTies,
      maxTotal: Math.max(1, ...totals.values()),
      maxWeight: allTies.reduce((m, t) => Math.max(m, t.weight), 1),
    };
  }, [dataset, engine]);
}

/** What the current selection makes of it (date and place parts, CONTRACT §2). */
export interface FilteredNetwork {
  drawn: DrawnActors;
  drawnSet: ReadonlySet<string>;
  /** Ties passing the date and place parts whose both ends are drawn. */
  ties: readonly Tie[];
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  counts: ReadonlyMap<string, number>;
}

export function useFilteredNetwork(model: NetworkModel): FilteredNetwork {
  const { actorCounts, ties } = useShownResult();
  const selected = useDossierStore((s) => s.actors);
  return useMemo(() => {
    const drawn = pickDrawnActors(model.ids, actorCounts, DRAW_LIMIT, selected);
    const drawnSet = new Set(drawn.ids);
    const visible = ties.filter((t) => drawnSet.has(t.source) && drawnSet.has(t.target));
    return { drawn, drawnSet, ties: visible, neighbours: neighbourMap(visible), counts: actorCounts };
  }, [model, actorCounts, ties, selected]);
}
