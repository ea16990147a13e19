import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { formatNumber } from '../../core/format';
import { useDossierStore } from '../../store/store';
import { registerExporter, registerSvgSource, surfaceOf, svgToCanvas } from '../../ui/export-registry';
import { fill, useLang, useStrings } from '../../ui/i18n';
import { ActorsTable } from './ActorsTable';
import { NetworkGraph } from './NetworkGraph';
import { LEGEND_HEIGHT } from './network-scales';
import { STRINGS } from './strings';
import { TiePanel } from './TiePanel';
import type { TiePanelState } from './tie-panel-state';
import { useMeasuredSize } from '../../ui/use-element-size';
import { useNetworkLayout } from './use-network-layout';
import { useFilteredNetwork, useNetworkModel } from './use-network-model';
import { useNodePositions } from './use-node-positions';
import { useReducedMotion } from './use-reduced-motion';
import { useZoom } from './use-zoom';
import './network.css';

/**
 * The actor network (CONTRACT §2: actors and ties from events passing the date and place parts). Actors are
 * laid out once per viewport over the whole dataset (seeded, so the picture is the same on every load), and
 * the selection only resizes, dims and highlights them. A table shows the same actors for reading.
 */
export function NetworkView() {
  const t = useStrings(STRINGS);
  const lang = useLang();
  const model = useNetworkModel();
  const filtered = useFilteredNetwork(model);
  const stageRef = useRef<HTMLDivElement>(null);
  const { size, settled } = useMeasuredSize(stageRef, 150);
  const { layout, pending } = useNetworkLayout(model, size);
  const reduced = useReducedMotion();
  const centre = useMemo(() => ({ x: (size?.width ?? 0) / 2, y: ((size?.height ?? 0) - LEGEND_HEIGHT) / 2 }), [size]);
  const positions = useNodePositions(layout?.positions ?? null, centre, reduced);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const zoom = useZoom(svg);
  const [table, setTable] = useState(false);
  const [panel, setPanel] = useState<TiePanelState | null>(null);
  const [keyboard, setKeyboard] = useState(false);
  const returnFocus = useRef<HTMLElement | SVGElement | null>(null);
  const hasFilter = useDossierStore((s) => s.from !== null || s.to !== null || s.places.length > 0 || s.actors.length > 0);
  const clearFilters = useDossierStore((s) => s.clearFilters);

  // Ready once the layout for the settled size is on screen (or there is no room to draw one).
  const drawable = size !== null && settled && !pending && (layout !== null || size.width < 40 || size.height < 40);
  useEffect(() => {
    if (!drawable) return;
    const raf = requestAnimationFrame(() => useDossierStore.getState().markDrawn('network'));
    return () => cancelAnimationFrame(raf);
  }, [drawable]);

  useEffect(() => {
    if (!svg) return;
    const unregister = registerExporter('network', (scale) => svgToCanvas(svg, surfaceOf(svg), scale));
    const unregisterSvg = registerSvgSource('network', () => svg);
    return () => {
      unregister();
      unregisterSvg();
    };
  }, [svg]);

  const openPanel = useCallback((next: TiePanelState) => {
    if (document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement) {
      returnFocus.current ??= document.activeElement;
    }
    setPanel(next);
  }, []);
  const onOpenTie = useCallback((a: string, b: string) => openPanel({ kind: 'tie', a, b, from: null }), [openPanel]);
  const onListTies = useCallback((actor: string) => openPanel({ kind: 'list', actor }), [openPanel]);
  const closePanel = useCallback(() => {
    setPanel(null);
    const el = returnFocus.current;
    returnFocus.current = null;
    if (el?.isConnected) el.focus();
  }, []);

  // The panel docks on the side away from what it explains, so the tie stays in view.
  const panelSide = useMemo<'left' | 'right'>(() => {
    if (!panel || !size) return 'right';
    const xs = (panel.kind === 'tie' ? [panel.a, panel.b] : [panel.actor]).flatMap((id) => positions.final.get(id)?.x ?? []);
    if (xs.length === 0) return 'right';
    const x = zoom.transform.applyX(xs.reduce((a, b) => a + b, 0) / xs.length);
    return x > size.width / 2 ? 'left' : 'right';
  }, [panel, size, positions.final, zoom.transform]);

  const resetView = () => {
    zoom.reset();
    positions.resetMoves();
  };

  const { drawn } = filtered;
  const note = drawn.truncated
    ? fill(t.truncated, { shown: formatNumber(drawn.ids.length, lang), total: formatNumber(drawn.activeCount, lang) })
    : null;
  const empty = drawn.activeCount === 0;
  const noteRef = useRef<HTMLParagraphElement>(null);
  const short = useOverflowing(noteRef, `${lang}|${keyboard}|${note ?? ''}`);

  return (
    <div className="net" data-testid="network-view">
      <div className="net-toolbar">
        <p ref={noteRef} className={`net-note${note ? ' net-note--warn' : ''}${short ? ' net-note--short' : ''}`} title={keyboard ? t.hintKeys : t.hintMouse + t.hintMouseMore} role={note ? 'note' : undefined}>
          {note ?? (keyboard ? t.hintKeys : <>{t.hintMouse}<span className="net-note__more">{t.hintMouseMore}</span></>)}
        </p>
        <div className="net-tools">
          {!table && (
            <>
              <button type="button" className="button net-tool" onClick={() => zoom.zoomBy(1 / 1.5)} aria-label={t.zoomOut} title={t.zoomOut}>−</button>
              <button type="button" className="button net-tool" onClick={() => zoom.zoomBy(1.5)} aria-label={t.zoomIn} title={t.zoomIn}>+</button>
              <button type="button" className="button net-tool" onClick={resetView} aria-label={t.reset} title={t.resetHint}>⟲</button>
            </>
          )}
          <button type="button" className="button net-tool net-tool--text" data-testid="network-table-toggle" aria-pressed={table} onClick={() => setTable((v) => !v)} title={t.tableHint}>
            {t.table}
          </button>
        </div>
      </div>
      <div className="net-stage" ref={stageRef} aria-busy={pending && !table}>
        {table ? (
          <ActorsTable filtered={filtered} t={t} />
        ) : (
          layout && (
            <NetworkGraph
              filtered={filtered}
              totals={model.totals}
              layout={layout}
              positions={positions}
              transform={zoom.transform}
              svgRef={setSvg}
              panel={panel}
              onOpenTie={onOpenTie}
              onListTies={onListTies}
              onKeyboardUse={setKeyboard}
              t={t}
            />
          )
        )}
        {pending && !layout && !table && <p className="net-pending" role="status">{t.layingOut}</p>}
        {panel && !table && <TiePanel state={panel} side={panelSide} ties={filtered.ties} onChange={setPanel} onClose={closePanel} t={t} />}
        {empty && !table && (
          <div className="net-empty">
            <p>{t.empty}</p>
            {hasFilter && <button type="button" className="button button--primary" onClick={clearFilters}>{t.clear}</button>}
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * Whether the hint overflows its two lines with its optional part shown: then that part is hidden, so the
 * hint is never cut off mid-word. Re-checked when the text (`key`) or the strip's width changes — always from
 * a ResizeObserver report, which comes after the browser's own layout, so reading the sizes forces none (a
 * filter change at scale changes the note's counts: a forced layout then cost a click tens of ms).
 */
function useOverflowing(ref: RefObject<HTMLElement | null>, key: string): boolean {
  const [short, setShort] = useState(false);
  const observer = useRef<ResizeObserver | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => {
      // Measured with the optional part shown; removing the class is a change only when it was hidden.
      if (el.classList.contains('net-note--short')) el.classList.remove('net-note--short');
      const over = el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
      el.classList.toggle('net-note--short', over);
      setShort(over);
    };
    const o = (observer.current = new ResizeObserver(check));
    o.observe(el);
    // The web font changes the text's width, not the strip's size: check again once it is in (if still here).
    let gone = false;
    void document.fonts.ready.then(() => {
      if (gone) return;
      o.unobserve(el);
      o.observe(el);
    });
    return () => {
      gone = true;
      o.disconnect();
    };
  }, [ref]);
  useLayoutEffect(() => {
    const el = ref.current;
    // Observing again makes the observer report once more, after the next layout.
    if (!el || !observer.current) return;
    observer.current.unobserve(el);
    observer.current.observe(el);
  }, [ref, key]);
  return short;
}
