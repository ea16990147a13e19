import { useEffect, useMemo, useState } from 'react';
import { buildEventSearchIndex, startEventSearchIndex, type EventSearchIndex } from '../../core/search-index';
import { WORKER_SEARCH_INDEX } from '../../data/pipeline-protocol';
import type { Dataset } from '../../data/schema';
import { useDossierData } from '../../ui/dossier-context';

/**
 * Up to this many events the index is built at once (a few milliseconds) and searched as each key is typed;
 * above, the loading worker builds it (the same threshold, so no size falls between the two).
 */
export const SMALL_INDEX = WORKER_SEARCH_INDEX;

/** Work per slice of a large build: short enough that typing and clicks between slices stay prompt. */
const SLICE_MS = 12;

/**
 * The search index of `dataset`. A small dataset's is built at once. A large one's is read once `wanted` (the
 * search box is first used): from the loading worker when it builds one (`prebuilt`, usually done by then);
 * else, or if that fails, built here a slice at a time between frames. Null until it is ready.
 */
export function useSearchIndex(dataset: Dataset, wanted: boolean): EventSearchIndex | null {
  const prebuilt = useDossierData().searchIndex;
  const small = dataset.events.length <= SMALL_INDEX;
  const atOnce = useMemo(() => (small ? buildEventSearchIndex(dataset) : null), [dataset, small]);
  const [built, setBuilt] = useState<{ dataset: Dataset; index: EventSearchIndex } | null>(null);
  const [prebuiltFailed, setPrebuiltFailed] = useState<typeof prebuilt | null>(null);
  const ready = built?.dataset === dataset;
  const waitForWorker = prebuilt !== undefined && prebuiltFailed !== prebuilt;

  useEffect(() => {
    if (small || ready || !wanted || !waitForWorker) return;
    let live = true;
    prebuilt().then((index) => live && setBuilt({ dataset, index }), () => live && setPrebuiltFailed(prebuilt));
    return () => {
      live = false;
    };
  }, [dataset, small, ready, wanted, waitForWorker, prebuilt]);

  useEffect(() => {
    if (small || !wanted || ready || waitForWorker) return;
    const build = startEventSearchIndex(dataset);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      const index = build.step(() => performance.now() < until);
      if (index) setBuilt({ dataset, index });
      else timer = setTimeout(slice, 0);
    };
    slice();
    return () => clearTimeout(timer);
  }, [dataset, small, wanted, ready, waitForWorker]);

  return atOnce ?? (ready ? built.index : null);
}
