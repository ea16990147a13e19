import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { Draft, DraftSource } from '../core/propose/draft';
import { indexGazetteer, isGazetteerIndexed, NO_COUNTRIES, type GazetteerFile } from '../core/propose/gazetteer';
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

/** Indexes the gazetteer's names in slices of ~25 ms between frames, so the page keeps answering meanwhile. */
function useGazetteerIndexed(gazetteer: GazetteerFile | undefined): boolean {
  const [indexed, setIndexed] = useState<GazetteerFile | null>(null);
  useEffect(() => {
    if (!gazetteer) return;
    const countries = gazetteer.countries ?? NO_COUNTRIES;
    if (isGazetteerIndexed(gazetteer.places, countries)) {
      setIndexed(gazetteer);
      return;
    }
    const steps = indexGazetteer(gazetteer.places, countries, 500);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const until = performance.now() + 25;
      while (performance.now() < until) {
        if (steps.next().done) {
          setIndexed(gazetteer);
          return;
        }
      }
      timer = setTimeout(slice, 0);
    };
    slice();
    return () => clearTimeout(timer);
  }, [gazetteer]);
  return gazetteer !== undefined && indexed === gazetteer;
}

/** Match indexes over the gazetteer and the draft's own places and actors (which rank first). */
export function useMatchIndexes(draft: Draft, gazetteer: GazetteerFile | undefined): MatchIndexes | null {
  const { places, actors } = draft;
  const ready = useGazetteerIndexed(gazetteer);
  return useMemo(() => {
    if (!gazetteer || !ready) return null;
    return buildIndexes({ gazetteer: gazetteer.places, countries: gazetteer.countries ?? NO_COUNTRIES, ...knownFromDataset({ places, actors }) });
  }, [gazetteer, ready, places, actors]);
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
