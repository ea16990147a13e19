import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { buildEventColumns } from '../core/event-columns';
import { createFilterEngine } from '../core/filter-engine';
import { indexDataset } from '../core/lookups';
import type { Draft } from '../core/propose/draft';
import { toViewerDataset } from '../core/propose/draft';
import { selectSelection, useDossierStore } from '../store/store';
import { DossierDataContext, FilterResultContext, ShownResultContext, type DossierData } from '../ui/dossier-context';
import { fill, useStrings } from '../ui/i18n';
import { MapView } from '../views/map/MapView';
import { NetworkView } from '../views/network/NetworkView';
import { TimelineView } from '../views/timeline/TimelineView';
import { STRINGS } from './strings';

/**
 * The draft dossier's map, network and timeline, beside the text: the viewer's own views under the same
 * providers as the app's DossierView, fed with the draft (through the one adapter to the viewer's schema).
 */
export function DraftViews({ draft, onRemove }: { draft: Draft; onRemove: (eventId: string) => void }) {
  const t = useStrings(STRINGS);
  const id = useId();
  const data = useMemo<DossierData | null>(() => {
    if (draft.events.length === 0) return null;
    const dataset = toViewerDataset(draft);
    const columns = buildEventColumns(dataset);
    return { dataset, datasetUrl: window.location.href, columns, engine: createFilterEngine(dataset, columns), ...indexDataset(dataset, columns) };
  }, [draft]);
  const selection = useDossierStore(useShallow(selectSelection));
  const result = useMemo(() => data?.engine.apply(selection) ?? null, [data, selection]);

  return (
    <section className="author-views" aria-labelledby={`${id}-h`} data-testid="author-views">
      <h2 id={`${id}-h`} className="author-panel__title">{t.views}</h2>
      <div className="author-events" data-testid="author-events">
        <h3 className="author-subtitle">{t.events}</h3>
        {draft.events.length === 0 ? (
          <p className="author-muted">{t.noEvents}</p>
        ) : (
          <ol>
            {draft.events.map((e) => (
              <li key={e.id} data-draft-event-id={e.id}>
                <span className="author-event__date">{e.date}</span> <span>{e.title}</span>{' '}
                <span className="author-muted">{e.evidence.length === 1 ? t.quote1 : fill(t.quotes, { n: e.evidence.length })}</span>{' '}
                <button type="button" className="button button--quiet" onClick={() => onRemove(e.id)} aria-label={`${t.remove}: ${e.title}`}>
                  {t.remove}
                </button>
              </li>
            ))}
          </ol>
        )}
      </div>
      {data && result ? (
        <DossierDataContext.Provider value={data}>
          <FilterResultContext.Provider value={result}>
            <ShownResultContext.Provider value={result}>
              {/* Remounted when the draft's places change, so the map frames every place (it fits them once, on mount). */}
              <div className="author-views__grid" key={draft.places.map((p) => p.id).join(',')}>
                <section className="panel panel--map" aria-label={t.map}>
                  <h3 className="panel__title">{t.map}</h3>
                  <div className="panel__body"><MapView /></div>
                </section>
                <section className="panel panel--network" aria-label={t.network}>
                  <h3 className="panel__title">{t.network}</h3>
                  <div className="panel__body"><NetworkView /></div>
                </section>
                <section className="panel panel--timeline" aria-label={t.timeline}>
                  <h3 className="panel__title">{t.timeline}</h3>
                  <div className="panel__body"><TimelineView /></div>
                </section>
              </div>
            </ShownResultContext.Provider>
          </FilterResultContext.Provider>
        </DossierDataContext.Provider>
      ) : (
        <p className="author-muted">{t.viewsEmpty}</p>
      )}
    </section>
  );
}
