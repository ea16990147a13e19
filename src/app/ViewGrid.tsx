import type { ViewName } from '../core/url-state';
import { defineStrings, useStrings } from '../ui/i18n';
import { MapView } from '../views/map/MapView';
import { NetworkView } from '../views/network/NetworkView';
import { TimelineView } from '../views/timeline/TimelineView';
import { EventList } from '../views/events/EventList';
import { EventDetails } from '../views/events/EventDetails';

const STRINGS = defineStrings({
  en: { map: 'Map', network: 'Actors', timeline: 'Timeline', list: 'Events' },
  fr: { map: 'Carte', network: 'Acteurs', timeline: 'Chronologie', list: 'Événements' },
});

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
            <div className="panel__body">
              <View />
            </div>
          </section>
        );
      })}
      <EventDetails />
    </main>
  );
}
