import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { createFilterEngine } from '../core/filter-engine';
import { indexDataset } from '../core/lookups';
import type { UrlState, ViewName } from '../core/url-state';
import type { LoadedDataset } from '../data/load';
import { selectSelection, useDossierStore } from '../store/store';
import { DossierDataContext, FilterResultContext, type DossierData } from '../ui/dossier-context';
import { DataOriginBar, WarningsNotice } from './DataOrigin';
import { Header } from './Header';
import { Notices, useUrlNotices } from './Notices';
import { ViewGrid } from './ViewGrid';
import { useGlobalKeys } from './use-global-keys';

interface DossierViewProps {
  loaded: LoadedDataset;
  urlState: UrlState;
  /** Shown over the views: the problems of a file that failed to open while this dossier stays. */
  children?: ReactNode;
}

/**
 * The loaded app: indexes the dataset once, derives what each view shows from the selection, lays out the views.
 * Says where the data came from when it is not the bundled dossier, and what it loaded with (warnings).
 */
export function DossierView({ loaded, urlState, children }: DossierViewProps) {
  const data = useMemo<DossierData>(
    () => ({ dataset: loaded.dataset, datasetUrl: loaded.origin.baseUrl, engine: createFilterEngine(loaded.dataset), ...indexDataset(loaded.dataset) }),
    [loaded],
  );
  const selection = useDossierStore(useShallow(selectSelection));
  const result = useMemo(() => data.engine.apply(selection), [data, selection]);
  const notices = useUrlNotices(data);
  useGlobalKeys();

  const views = urlState.views;
  const ready = useReadiness(views);
  const embed = urlState.embed;

  return (
    <DossierDataContext.Provider value={data}>
      <FilterResultContext.Provider value={result}>
        <div
          className={`app${embed ? ' app--embed' : ''}`}
          data-testid="app"
          data-ready={ready ? 'true' : 'false'}
          data-embed={embed ? 'true' : 'false'}
        >
          {!embed && <Header />}
          <DataOriginBar origin={loaded.origin} />
          {!embed && <WarningsNotice loaded={loaded} />}
          {!embed && <Notices notices={notices} />}
          {children}
          <ViewGrid views={views} embed={embed} />
        </div>
      </FilterResultContext.Provider>
    </DossierDataContext.Provider>
  );
}

/**
 * `data-ready="true"` once every shown view has drawn (each view calls `markDrawn` when its first frame is up)
 * and the web fonts are in: views re-measure their labels when the font arrives, so before that a label can
 * still move under a tester's pointer.
 */
function useReadiness(views: readonly ViewName[]): boolean {
  const drawn = useDossierStore((s) => s.drawn);
  const [ready, setReady] = useState(false);
  const allDrawn = views.every((v) => drawn[v]);
  useEffect(() => {
    if (ready || !allDrawn) return;
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (cancelled) return;
      // Benchmarks read this mark (bench/browser-bench.ts): navigation start → every shown view drawn.
      performance.mark('dossier:ready');
      setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [allDrawn, ready]);
  return ready;
}
