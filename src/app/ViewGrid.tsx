import { useEffect, useLayoutEffect, useRef, useState } from 'react';
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
  const mounted = useStaggeredMount(views.length);
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
      {views.map((v, i) => {
        const View = COMPONENTS[v];
        return (
          <section key={v} className={`panel panel--${v}`} data-view={v} aria-labelledby={`panel-title-${v}`}>
            <h2 className="panel__title" id={`panel-title-${v}`}>{t[v]}</h2>
            <PanelBody view={v} name={t[v]} template={t.tooSmall} zoomText={embed && v === 'network'}>
              {i < mounted ? <View /> : null}
            </PanelBody>
          </section>
        );
      })}
      <EventDetails />
    </main>
  );
}

/**
 * How many of the views may be drawn yet: one more per task. The panels are all laid out at once (their sizes
 * do not wait), but each view's first drawing is a task of its own, so the first load never blocks the page
 * for the sum of them (a click or a key between two views is answered at once).
 */
function useStaggeredMount(count: number): number {
  const [mounted, setMounted] = useState(1);
  useEffect(() => {
    if (mounted >= count) return;
    const timer = setTimeout(() => setMounted((m) => m + 1), 0);
    return () => clearTimeout(timer);
  }, [mounted, count]);
  return mounted;
}

/** The view, once its panel is measured and big enough; else a sentence that says how big it needs to be. */
function PanelBody({ view, name, template, zoomText, children }: { view: ViewName; name: string; template: string; zoomText: boolean; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const size = useElementSize(ref);
  const zoom = useFrameZoom(ref, size, zoomText);
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
      ) : zoom !== 1 ? (
        <div className="panel__zoom" style={{ zoom }}>{children}</div>
      ) : children}
    </div>
  );
}

/**
 * The network lays out its labels and legend in fixed pixels (it measures them to place them). In an embed,
 * CSS `zoom` by the frame's text scale (--px) lets it draw everything larger: inside, it sees a stage 1/zoom
 * the size and lays out as in a smaller frame, so the picture is the same and its text grows like the rest.
 */
function useFrameZoom(ref: React.RefObject<HTMLElement | null>, size: { width: number; height: number } | null, enabled: boolean): number {
  const [zoom, setZoom] = useState(1);
  useLayoutEffect(() => {
    if (!enabled || !ref.current || !size) return;
    const px = parseFloat(getComputedStyle(ref.current).getPropertyValue('--px')) || 1;
    // Whole steps of 1/8: a frame resized by a pixel does not re-run the layout for a sub-pixel zoom.
    setZoom(Math.max(1, Math.round(px * 8) / 8));
  }, [ref, size, enabled]);
  return enabled ? zoom : 1;
}
