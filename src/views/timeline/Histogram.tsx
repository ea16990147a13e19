import { memo } from 'react';
import { KIND_FAMILIES, kindFamily } from '../../core/kinds';
import { isoFromDay } from '../../core/dates';
import type { BinSummary, Block, Histogram as HistogramData } from '../../core/time-bins';
import type { TimeScale } from '../../core/time-axis';
import type { DossierEvent } from '../../data/schema';
import { binTarget, type HoverTarget } from './hover-target';
import type { ChartFrame } from './layout';
import { LAYOUT } from './layout';

interface Props {
  scale: TimeScale;
  hist: HistogramData<DossierEvent>;
  ghost: HistogramData<DossierEvent> | null;
  frame: ChartFrame;
  /** Prefix for the hatch patterns' ids, unique per instance. */
  patternId: string;
  onHover(target: HoverTarget | null): void;
  /** A bin (dated events) or a month's band (month-only events) was clicked. */
  onPick(bin: BinSummary<DossierEvent>, kind: 'bin' | 'month'): void;
}

/**
 * The bars. Depends on the filtered events and the size only, never on the window, so dragging the window
 * does not redraw it (memo). Every event is one block: bars per bin, spans for dated ranges, hatched bands
 * across the month for month-only events, so what is vague looks vague.
 */
export const Histogram = memo(function Histogram({ scale, hist, ghost, frame, patternId, onHover, onPick }: Props) {
  const { baseline, unitPx } = frame;
  const rect = (b: Pick<Block<DossierEvent>, 'start' | 'end' | 'y0' | 'y1' | 'shape'>, inset = 0.5) => {
    const x0 = scale.x(b.start);
    const x1 = scale.x(b.end);
    const w = Math.max(1, Math.min(b.shape === 'bar' ? LAYOUT.maxBarPx : Infinity, x1 - x0 - 2 * inset));
    return { x: x0 + (x1 - x0 - w) / 2, width: w, y: baseline - b.y1 * unitPx, height: Math.max(1, unitPx - 1) };
  };
  const hit = (bin: BinSummary<DossierEvent>, kind: 'bin' | 'month') => {
    const x0 = scale.x(bin.start);
    const x1 = scale.x(bin.end);
    const target = binTarget(hist, scale, frame, bin, kind);
    return (
      <rect
        key={`${kind}-${bin.start}`}
        className="timeline__hit"
        x={x0}
        width={Math.max(1, x1 - x0)}
        y={LAYOUT.top}
        height={baseline - LAYOUT.top}
        data-bin-start={isoFromDay(bin.start)}
        data-bin-kind={kind}
        data-count={kind === 'bin' ? bin.items.length : bin.monthItems.length}
        data-event-ids={(kind === 'bin' ? bin.items : bin.monthItems).map((e) => e.id).join(' ')}
        onPointerEnter={() => onHover(target)}
        onPointerLeave={() => onHover(null)}
        onClick={() => onPick(bin, kind)}
      />
    );
  };
  return (
    <g className="timeline__histogram">
      <defs>
        {KIND_FAMILIES.map((f) => (
          <pattern key={f} id={`${patternId}-${f}`} className={`timeline__hatch timeline__hatch--${f}`} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <rect width="5" height="5" className="timeline__hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="5" className="timeline__hatch-line" />
          </pattern>
        ))}
      </defs>
      {ghost && (
        <g className="timeline__ghost" aria-hidden="true">
          {ghost.blocks.map((b) => (
            <rect key={b.item.id} {...rect(b, b.shape === 'band' ? 1 : 0.5)} rx={1} className={b.shape === 'band' ? 'timeline__ghost-band' : undefined} />
          ))}
        </g>
      )}
      <g aria-hidden="true">
        {hist.blocks.filter((b) => b.shape === 'band').map((b) => (
          <rect key={b.item.id} {...rect(b, 1)} className={`timeline__band timeline__band--${b.group}`} fill={`url(#${patternId}-${kindFamily(b.item.kind)})`} data-precision="month" data-event-date={b.item.date} />
        ))}
        {hist.blocks.filter((b) => b.shape !== 'band').map((b) => (
          <rect key={b.item.id} {...rect(b)} rx={b.shape === 'span' ? 3 : 1} className={`timeline__block timeline__block--${b.group}`} data-shape={b.shape} />
        ))}
      </g>
      <g className="timeline__hits">
        {hist.months.map((m) => hit(m, 'month'))}
        {hist.bins.map((b) => hit(b, 'bin'))}
        {scale.pieces.filter((p) => p.kind === 'gap').map((p) => (
          <rect
            key={`gap-${p.start}`}
            className="timeline__hit timeline__hit--gap"
            x={p.x0}
            width={p.x1 - p.x0}
            y={LAYOUT.top}
            height={baseline - LAYOUT.top}
            onPointerEnter={() => onHover({ kind: 'gap', piece: p, x: (p.x0 + p.x1) / 2, y: baseline - 30 })}
            onPointerLeave={() => onHover(null)}
          />
        ))}
      </g>
    </g>
  );
});
