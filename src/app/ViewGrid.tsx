import { useEffect, useRef } from 'react';
import type { ViewName } from '../core/url-state';
import { useDossierStore } from '../store/store';
import { defineStrings, fill, useStrings } from '../ui/i18n';
import { useElementSize } from '../ui/use-element-size';
import { MapView } from '../views/map/MapView';
import { NetworkView } from '../views/network/NetworkView';
import { TimelineView } from '../views/timeline/TimelineView';
import { EventList } from '../views/events/EventList';
import { EventDetails } from '../views/events/EventDetails';

const STRINGS = defineStrings({
  en: {
    map: 'Map', network: 'Actors', timeline: 'Timeline', list: 'Events',
    tooSmall: 'Too small for “{view}” (it needs {w} × {h} px).',
  },
  fr: {
    map: 'Carte', network: 'Acteurs', timeline: 'Chronologie', list: 'Événements',
    tooSmall: 'Trop petit pour « {view} » (il faut {w} × {h} px).',
  },
});

/** Below these (CSS px of the panel's body), a view would be a sliver nobody can read or use. */
export const MIN_BODY: Record<ViewName, { w: number; h: number }> = {
  map: { w: 120, h: 60 },
  network: { w: 140, h: 90 },
  timeline: { w: 160, h: 70 },
  list: { w: 140, h: 50 },
};

const COMPONENTS: Record<ViewName, () => React.JSX.Element> = {
  map: MapView,
  network: NetworkView,
  timeline: TimelineView,
  list: EventList,
};

/**
 * Lays out the shown views in the URL's order: the timeline is a strip across the bottom (or the top when
 * it comes first), the event list a column on the right, map and network share the rest.
 */
export function ViewGrid({ views, embed }: { views: readonly ViewName[]; embed: boolean }) {
  const t = useStrings(STRINGS);
  const main = views.filter((v) => v !== 'timeline' && v !== 'list');
  const hasList = views.includes('list');
  const hasTimeline = views.includes('timeline');
  const timelineFirst = views[0] === 'timeline';
  const style = {
    '--main-cols': Math.max(main.length, 1),
  } as React.CSSProperties;
  const className = [
    'view-grid',
    hasList ? 'view-grid--list' : '',
    hasTimeline ? (timelineFirst ? 'view-grid--timeline-top' : 'view-grid--timeline') : '',
    main.length === 0 ? 'view-grid--no-main' : '',
    embed ? 'view-grid--embed' : '',
  ].join(' ');
  return (
    <main className={className} style={style}>
      {views.map((v) => {
        const View = COMPONENTS[v];
        return (
          <section key={v} className={`panel panel--${v}`} data-view={v} aria-labelledby={`panel-title-${v}`}>
            <h2 className="panel__title" id={`panel-title-${v}`}>{t[v]}</h2>
            <PanelBody view={v} name={t[v]} template={t.tooSmall}>
              <View />
            </PanelBody>
          </section>
        );
      })}
      <EventDetails />
    </main>
  );
}

/** The view, once its panel is measured and big enough; else a sentence that says how big it needs to be. */
function PanelBody({ view, name, template, children }: { view: ViewName; name: string; template: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const size = useElementSize(ref);
  const min = MIN_BODY[view];
  const tooSmall = size !== null && (size.width < min.w || size.height < min.h);
  // Saying so is this view's drawing: data-ready must not wait for a view that will not draw.
  useEffect(() => {
    if (tooSmall) useDossierStore.getState().markDrawn(view);
  }, [tooSmall, view]);
  return (
    <div ref={ref} className={`panel__body${tooSmall ? ' panel__body--too-small' : ''}`}>
      {size === null ? null : tooSmall ? (
        <p className="panel__too-small" role="note" data-testid="view-too-small" data-view={view}>
          {fill(template, { view: name, w: min.w, h: min.h })}
        </p>
      ) : children}
    </div>
  );
}
