import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Draft, DraftSource } from '../core/propose/draft';
import type { GazetteerFile } from '../core/propose/gazetteer';
import { buildIndexes, createProposer, knownFromDataset, type MatchIndexes, type Proposer } from '../core/propose/propose';

/** The GeoNames gazetteer, served beside the app and fetched only when the workspace opens. */
export function useGazetteer() {
  return useQuery({
    queryKey: ['gazetteer'],
    queryFn: async (): Promise<GazetteerFile> => {
      const res = await fetch(new URL('./gazetteer.json', window.location.href));
      if (!res.ok) throw new Error(`gazetteer.json answered HTTP ${res.status}`);
      return (await res.json()) as GazetteerFile;
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** Match indexes over the gazetteer and the draft's own places and actors (which rank first). */
export function useMatchIndexes(draft: Draft, gazetteer: GazetteerFile | undefined): MatchIndexes | null {
  const { places, actors } = draft;
  return useMemo(() => {
    if (!gazetteer) return null;
    return buildIndexes({ gazetteer: gazetteer.places, countries: gazetteer.countries ?? [], ...knownFromDataset({ places, actors }) });
  }, [gazetteer, places, actors]);
}

/** A proposer for one article: its sentences now, each sentence's proposals when asked. */
const NO_INDEXES = buildIndexes({ gazetteer: [] });

export function useProposer(source: DraftSource | null, indexes: MatchIndexes | null): Proposer | null {
  return useMemo(() => {
    if (!source) return null;
    const lang = source.language === 'en' ? 'en' : 'fr';
    // Until the gazetteer is in, sentences and dates are already there; places wait for it.
    return createProposer(source.text, { published: source.published, lang, gazetteer: [] }, indexes ?? NO_INDEXES);
  }, [source, indexes]);
}
