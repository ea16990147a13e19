import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { createFilterEngine } from '../core/filter-engine';
import { indexDataset } from '../core/lookups';
import type { UrlState, ViewName } from '../core/url-state';
import type { LoadedDataset } from '../data/load';
import { selectSelection, useDossierStore } from '../store/store';
import { DEFER_VIEWS_FROM, DossierDataContext, FilterResultContext, ShownResultContext, useDossierData, type DossierData } from '../ui/dossier-context';
import { zoomExtent } from '../core/time-zoom';
import { TimelineZoomContext } from '../ui/timeline-zoom';
import { useBridge } from './bridge';
import { DataOriginBar, WarningsNotice } from './DataOrigin';
import { EmbedExportMenu } from './ExportMenu';
import { Header } from './Header';
import { Notices, useUrlNotices, type Notice } from './Notices';
import { ViewGrid } from './ViewGrid';
import { useGlobalKeys } from './use-global-keys';
import { whenQuiet } from './prewarm';
import { useAfterPaint } from '../ui/use-after-paint';
import { StoryBar } from './story/StoryBar';
import { StoryEditorDock, StoryEditorProvider } from './story/StoryEditorDock';
import { useStepViews } from './story/use-stories';

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
    () => ({
      dataset: loaded.dataset,
      datasetUrl: loaded.origin.baseUrl,
      columns: loaded.columns,
      searchIndex: loaded.searchIndex,
      engine: createFilterEngine(loaded.dataset, loaded.columns, loaded.index),
      ...indexDataset(loaded.dataset, loaded.columns, loaded.eventsById),
    }),
    [loaded],
  );
  const selection = useDossierStore(useShallow(selectSelection));
  const result = useMemo(() => data.engine.apply(selection), [data, selection]);
  // A large dataset's slower views follow in a deferred render once the click's frame is painted
  // (DEFER_VIEWS_FROM); a small one's at once.
  const shown = useAfterPaint(result, data.engine.size >= DEFER_VIEWS_FROM);
  const notices = useUrlNotices(data);
  useGlobalKeys();

  return (
    <DossierDataContext.Provider value={data}>
      <FilterResultContext.Provider value={result}>
        <ShownResultContext.Provider value={shown}>
          <DossierLayout urlState={urlState} notices={notices} loaded={loaded} pending={shown !== result}>
            {children}
          </DossierLayout>
        </ShownResultContext.Provider>
      </FilterResultContext.Provider>
    </DossierDataContext.Provider>
  );
}

/** How long the user must leave the page alone before a large dataset's search index is taken in from the worker. */
const SEARCH_HANDOVER_QUIET_MS = 2000;

/** Header, notices, the story bar and the views: a story's step may show other views than the page's. */
function DossierLayout({ urlState, notices, loaded, pending, children }: { urlState: UrlState; notices: Notice[]; loaded: LoadedDataset; pending: boolean; children?: ReactNode }) {
  const data = useDossierData();
  const views = useStepViews() ?? urlState.views;
  const ready = useReadiness(views);
  // Once the views are drawn, the loading worker builds a large dataset's search index (not before: on two
  // cores it would slow their first draw). The page takes it in when the search box is first used, or once the
  // user pauses: at a million events that is one task of about 150 ms, which should not land among clicks.
  useEffect(() => {
    if (!ready || !loaded.prepareSearchIndex) return;
    let cancel: (() => void) | null = null;
    let live = true;
    void loaded.prepareSearchIndex().then(() => {
      // A failure is handled where the index is used: the search box then builds it on the page.
      if (live) cancel = whenQuiet(SEARCH_HANDOVER_QUIET_MS, () => loaded.searchIndex?.().catch(() => undefined));
    });
    return () => {
      live = false;
      cancel?.();
    };
  }, [ready, loaded]);
  const embed = urlState.embed;
  useBridge(ready, data);
  // A timeline-only slide with a window zooms to it (the whole span would make a week a sliver); zoom=0/1 decides otherwise.
  const timelineZoom = useMemo(() => {
    const wanted = urlState.zoom ?? (embed && views.length === 1 && views[0] === 'timeline');
    return wanted ? zoomExtent(urlState.selection, data.extent) : null;
  }, [urlState, embed, views, data.extent]);
  // Each view saying it has drawn re-renders this component: what it holds is kept, only data-ready changes.
  const content = useMemo(
    () => (
      <>
        {!embed && <Header views={views} />}
        <DataOriginBar origin={loaded.origin} />
        {!embed && <WarningsNotice loaded={loaded} />}
        {!embed && <Notices notices={notices} />}
        {children}
        <StoryBar />
        <div className="app__main">
          {!embed && <StoryEditorDock />}
          <TimelineZoomContext.Provider value={timelineZoom}>
            <ViewGrid views={views} embed={embed} />
          </TimelineZoomContext.Provider>
        </div>
        {embed && <EmbedExportMenu views={views} />}
      </>
    ),
    [embed, views, loaded, notices, children, timelineZoom],
  );
  return (
    <StoryEditorProvider>
      <div
        className={`app${embed ? ' app--embed' : ''}`}
        data-testid="app"
        data-ready={ready ? 'true' : 'false'}
        data-pending={pending ? 'true' : undefined}
        data-embed={embed ? 'true' : 'false'}
      >
        {content}
      </div>
    </StoryEditorProvider>
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
