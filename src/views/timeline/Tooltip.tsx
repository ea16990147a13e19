import { useLayoutEffect, useRef, type RefObject } from 'react';
import { isoFromDay } from '../../core/dates';
import { formatDate } from '../../core/format';
import { kindFamily } from '../../core/kinds';
import type { Lang } from '../../core/url-state';
import type { DossierEvent } from '../../data/schema';
import { fill, loc } from '../../ui/i18n';
import { binLabel, countLabel } from './format-time';
import type { HoverTarget } from './hover-target';
import type { TimelineStrings } from './strings';

interface Props {
  id: string;
  target: HoverTarget;
  container: RefObject<HTMLElement | null>;
  /** The target lies on a compressed stretch of the axis. */
  coarse: boolean;
  /** A pointer's tooltip says what a click does; a focused thumb's, which key lists the events. */
  pointer: boolean;
  lang: Lang;
  t: TimelineStrings;
}

const TOP_N = 3;

/** "Top" events: those tying the most actors together, then the best attested; ties keep date order. */
export function topEvents(events: readonly DossierEvent[], n = TOP_N): DossierEvent[] {
  return [...events].sort((a, b) => b.actorIds.length - a.actorIds.length || b.evidence.length - a.evidence.length).slice(0, n);
}

function EventLines({ events, lang, t }: { events: readonly DossierEvent[]; lang: Lang; t: TimelineStrings }) {
  const top = topEvents(events);
  return (
    <>
      <ul className="timeline__tip-events">
        {top.map((e) => (
          <li key={e.id}>
            <span className={`timeline__swatch timeline__swatch--${kindFamily(e.kind)}`} aria-hidden="true" />
            <span className="timeline__tip-title">{loc(e.title, lang)}</span>
          </li>
        ))}
      </ul>
      {events.length > top.length && <p className="timeline__tip-note">{fill(t.more, { n: events.length - top.length })}</p>}
    </>
  );
}

function Body({ target, coarse, pointer, lang, t }: { target: HoverTarget; coarse: boolean; pointer: boolean; lang: Lang; t: TimelineStrings }) {
  if (target.kind === 'gap') {
    const from = formatDate(isoFromDay(target.piece.start), lang);
    const to = formatDate(isoFromDay(target.piece.end - 1), lang);
    return <p className="timeline__tip-note">{fill(t.gap, { from, to })}</p>;
  }
  if (target.kind === 'month') {
    const { bin } = target;
    return (
      <>
        <p className="timeline__tip-head">
          {binLabel(bin.start, 'month', lang, t)} · <em>{t.monthOnly}</em> · {countLabel(bin.count, t)}
        </p>
        <EventLines events={bin.monthItems} lang={lang} t={t} />
        {coarse && <p className="timeline__tip-note">{t.coarseNote}</p>}
        <p className="timeline__tip-hint">{pointer ? t.clickMonth : t.keyHint}</p>
      </>
    );
  }
  const { bin, unit } = target;
  const months = [...new Set(bin.monthItems.map((e) => e.date.slice(0, 7)))];
  return (
    <>
      <p className="timeline__tip-head">
        {binLabel(bin.start, unit, lang, t)} · {countLabel(bin.count, t)}
      </p>
      <EventLines events={bin.items} lang={lang} t={t} />
      {months.map((m) => (
        <p key={m} className="timeline__tip-note">
          {fill(t.alsoMonth, { n: bin.monthItems.filter((e) => e.date.startsWith(m)).length, month: formatDate(m, lang) })} ({t.monthOnly})
        </p>
      ))}
      <p className="timeline__tip-hint">{!pointer ? t.keyHint : unit === 'day' ? t.clickDay : unit === 'week' ? t.clickWeek : t.clickMonth}</p>
    </>
  );
}

/**
 * The histogram's tooltip. Fixed-positioned so it can rise above the short timeline panel (whose box clips
 * its overflow); it goes below the chart when there is no room above. Never takes the pointer.
 */
export function Tooltip({ id, target, container, coarse, pointer, lang, t }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const box = container.current?.getBoundingClientRect();
    if (!el || !box) return;
    const { width, height } = el.getBoundingClientRect();
    const ax = box.left + target.x;
    const left = Math.min(window.innerWidth - width - 4, Math.max(4, ax - width / 2));
    let top = box.top + target.y - height - 8;
    if (top < 4) top = box.bottom + 4;
    top = Math.max(4, Math.min(window.innerHeight - height - 4, top));
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
  });
  return (
    <div ref={ref} id={id} role="tooltip" className="timeline__tooltip" data-testid="timeline-tooltip">
      <Body target={target} coarse={coarse} pointer={pointer} lang={lang} t={t} />
    </div>
  );
}
