import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { dayFromIso, eventInterval } from '../../core/dates';
import { formatDate } from '../../core/format';
import { binNearDay, type BinSummary } from '../../core/time-bins';
import type { StackColumns } from '../../core/time-stacks';
import { windowFromStore, windowToStore, type DayWindow, type Thumb } from '../../core/window-keys';
import { useDossierStore } from '../../store/store';
import { useDossierData, useShownResult } from '../../ui/dossier-context';
import { registerExporter, registerSvgSource, surfaceOf, svgToCanvas } from '../../ui/export-registry';
import { fill, loc, useLang, useStrings } from '../../ui/i18n';
import type { DossierEvent } from '../../data/schema';
import { Axis } from './Axis';
import { BinCard } from './BinCard';
import { DateSlider } from './DateSlider';
import { binLabel, countLabel, windowLabel } from './format-time';
import { Histogram } from './Histogram';
import { targetAtDay, targetSpan, type HoverTarget } from './hover-target';
import { LAYOUT, chartFrame } from './layout';
import { Legend } from './Legend';
import { PlayButton } from './PlayButton';
import { STRINGS } from './strings';
import { Tooltip } from './Tooltip';
import type { DragMode } from './use-window-drag';
import { useBinCard } from './use-bin-card';
import { usePlay } from './use-play';
import { NO_SIZE, useElementSize } from '../../ui/use-element-size';
import { useTimelineZoom } from '../../ui/timeline-zoom';
import { useTimelineModel } from './use-timeline-model';
import { WindowLayer } from './WindowLayer';
import './timeline.css';

/** The indexes, in the same order, of the events touching `span`. */
const inSpan = (indexes: Int32Array, cols: StackColumns, span: { from: string; to: string }) => {
  const lo = dayFromIso(span.from);
  const hi = dayFromIso(span.to);
  return indexes.filter((i) => cols.end[i]! >= lo && cols.start[i]! <= hi);
};

/**
 * The date slider (CONTRACT §2, §4): a histogram of the events passing the place and actor parts, on an
 * axis that squeezes long empty stretches, under a two-thumb window. The window filters the other views;
 * the histogram itself never changes with it.
 */
export function TimelineView() {
  const { dataset, extent, eventsById, columns, engine } = useDossierData();
  const { timelineIndexes } = useShownResult();
  const lang = useLang();
  const t = useStrings(STRINGS);
  const from = useDossierStore((s) => s.from);
  const to = useDossierStore((s) => s.to);
  const eventId = useDossierStore((s) => s.eventId);

  const zoom = useTimelineZoom();
  const span = zoom ?? extent;
  // Once per dataset: the columns the histogram stacks, and every event by date (the engine's date order).
  const source = useMemo(
    () => ({ cols: { start: columns.start, end: columns.end, group: columns.family, monthOnly: columns.monthOnly }, events: dataset.events }),
    [dataset, columns],
  );
  const every = engine.dateOrder;
  // Zoomed to a window (URL `zoom`), the chart holds only the events that touch the span it shows.
  const all = useMemo(() => (zoom ? inSpan(every, source.cols, zoom) : every), [every, source, zoom]);
  const shown = useMemo(() => (zoom ? inSpan(timelineIndexes, source.cols, zoom) : timelineIndexes), [timelineIndexes, source, zoom]);
  const rootRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useElementSize(chartRef) ?? NO_SIZE;
  const model = useTimelineModel(source, all, shown, span, size.width);
  const { scale, domain, hist } = model;
  const maxStack = (model.ghost ?? hist).maxStack;
  // Stable between window changes, so the memoized histogram and axis skip a drag's re-renders.
  const frame = useMemo(() => chartFrame(size.width, size.height, maxStack), [size.width, size.height, maxStack]);
  const win = windowFromStore(from, to, domain);
  const bounded = from !== null || to !== null;

  const commit = useCallback((w: DayWindow) => {
    const next = windowToStore(w, domain);
    const s = useDossierStore.getState();
    if (s.from !== next.from || s.to !== next.to) s.setWindow(next.from, next.to);
  }, [domain]);

  const play = usePlay({ domain, stepFor: model.stepFor, skip: model.skipGap, commit });
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [focused, setFocused] = useState<Thumb | null>(null);
  const [dragging, setDragging] = useState<DragMode | null>(null);

  const { card, open: openCard, close: closeCard } = useBinCard(hist);

  // A click on a bin shows only that bin's days and pins its card; a second click on the same bin shows
  // every date again and unpins it.
  const stopPlay = play.stop;
  const onPick = useCallback((bin: BinSummary<DossierEvent>, kind: 'bin' | 'month') => {
    stopPlay();
    const s = useDossierStore.getState();
    const current = windowFromStore(s.from, s.to, domain);
    const picked = { start: Math.max(domain.start, bin.start), end: Math.min(domain.end, bin.end - 1) };
    if (current.start === picked.start && current.end === picked.end) {
      s.setWindow(null, null);
      closeCard(false);
    } else {
      commit(picked);
      openCard({ kind, start: bin.start, asked: null });
    }
  }, [stopPlay, domain, commit, openCard, closeCard]);

  // `E` on a thumb: the card of the bin at its date, or of the nearest one (the card says so). The window stays.
  const onListEvents = useCallback((day: number) => {
    const found = binNearDay(hist, day);
    if (found) openCard({ kind: found.kind, start: found.bin.start, asked: found.exact ? null : day });
  }, [hist, openCard]);
  const onShowMonth = useCallback((start: number) => openCard({ kind: 'month', start, asked: null }), [openCard]);

  useEffect(() => {
    if (size.width > 0) useDossierStore.getState().markDrawn('timeline');
  }, [size.width]);

  useEffect(() => {
    const unregister = registerExporter('timeline', async (scale) => (svgRef.current ? svgToCanvas(svgRef.current, surfaceOf(svgRef.current), scale) : null));
    const unregisterSvg = registerSvgSource('timeline', () => svgRef.current, () => rootRef.current?.querySelector('.timeline__legend') ?? null);
    return () => {
      unregister();
      unregisterSvg();
    };
  }, []);

  const tipId = useId();
  const keyHintId = useId();
  const patternId = `tl${useId().replace(/:/g, '')}`;
  const focusTarget = focused && !dragging && size.width > 0 ? targetAtDay(hist, scale, frame, focused === 'start' ? win.start : win.end) : null;
  const tip = dragging ? null : hover ?? focusTarget;
  const highlight = tip ? targetSpan(tip) : null;

  const openEvent = eventId ? eventsById.get(eventId) : undefined;
  const marker = openEvent ? { interval: eventInterval(openEvent), label: fill(t.openEvent, { title: loc(openEvent.title, lang) }) } : null;
  const empty = timelineIndexes.length === 0;
  const summary = useMemo(() => {
    if (hist.bins.length + hist.months.length === 0) return t.summaryEmpty;
    const peak = [...hist.bins].sort((a, b) => b.count - a.count)[0];
    return fill(t.summary, {
      n: timelineIndexes.length,
      from: formatDate(extent.from, lang),
      to: formatDate(extent.to, lang),
      unit: t[hist.unit],
      peak: peak ? binLabel(peak.start, hist.unit, lang, t) : '—',
      count: peak ? countLabel(peak.count, t) : '',
    });
  }, [hist, timelineIndexes.length, extent, lang, t]);

  return (
    <div ref={rootRef} data-testid="timeline-view" className={`timeline${dragging ? ' timeline--dragging' : ''}`} data-playing={play.playing}>
      <div className="timeline__bar">
        <PlayButton playing={play.playing} onToggle={play.toggle} t={t} />
        <p className="timeline__window" data-testid="timeline-window-label">{windowLabel(from, to, lang, t)}</p>
        {bounded && (
          <button type="button" className="button button--quiet timeline__reset" onClick={() => { play.stop(); useDossierStore.getState().setWindow(null, null); }} aria-label={t.showAll} title={t.showAll}>
            ×
          </button>
        )}
        <Legend lang={lang} t={t} />
      </div>
      <div className="timeline__chart" ref={chartRef}>
        {size.width > 0 && (
          <>
            <svg ref={svgRef} className="timeline__svg" width={size.width} height={size.height} role="img" aria-label={summary}>
              {card && (
                <rect className="timeline__highlight timeline__highlight--pinned" x={scale.x(card.bin.start)} width={Math.max(2, scale.x(card.bin.end) - scale.x(card.bin.start))} y={LAYOUT.top - 4} height={frame.baseline - LAYOUT.top + 4} />
              )}
              {highlight && (
                <rect className="timeline__highlight" x={scale.x(highlight.start)} width={Math.max(2, scale.x(highlight.end) - scale.x(highlight.start))} y={LAYOUT.top - 4} height={frame.baseline - LAYOUT.top + 4} />
              )}
              <Axis scale={scale} ticks={model.ticks} frame={frame} lang={lang} t={t} />
              <Histogram scale={scale} hist={hist} idOf={model.idOf} ghost={model.ghost} frame={frame} patternId={patternId} onHover={setHover} onPick={onPick} />
              <WindowLayer scale={scale} frame={frame} win={win} bounded={bounded} openEvent={marker} />
            </svg>
            <DateSlider
              container={chartRef}
              scale={scale}
              domain={domain}
              frame={frame}
              win={win}
              lang={lang}
              t={t}
              describedBy={focusTarget && tip === focusTarget ? tipId : keyHintId}
              commit={commit}
              onInteract={play.stop}
              onDragChange={setDragging}
              onThumbFocus={setFocused}
              onListEvents={onListEvents}
            />
            <p id={keyHintId} hidden>{t.keyHintNearest}</p>
            {empty && (
              <div className="timeline__empty" style={{ bottom: size.height - frame.baseline }}>
                <p>{t.empty}</p>
                <button type="button" className="button" onClick={() => useDossierStore.getState().clearFilters()}>{t.clear}</button>
              </div>
            )}
            {/* A pinned card already says what the hovered bar holds; the focus tooltip (thumb hints) stays. */}
            {tip && !(card && tip === hover) && <Tooltip id={tipId} target={tip} container={chartRef} coarse={tip.kind === 'month' && scale.pieceAt(tip.bin.start).kind === 'coarse'} pointer={tip === hover} lang={lang} t={t} />}
            {card && (
              <BinCard
                card={card}
                hist={hist}
                anchorX={(scale.x(card.bin.start) + scale.x(card.bin.end)) / 2}
                root={rootRef}
                chart={chartRef}
                lang={lang}
                t={t}
                onClose={closeCard}
                onShowMonth={onShowMonth}
              />
            )}
          </>
        )}
      </div>
    </div>
  );
}
