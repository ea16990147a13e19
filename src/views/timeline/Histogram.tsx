import { memo } from 'react';
import { KIND_FAMILIES } from '../../core/kinds';
import { isoFromDay } from '../../core/dates';
import type { BinSummary } from '../../core/time-bins';
import type { Stack, StackedHistogram } from '../../core/time-stacks';
import type { TimeScale } from '../../core/time-axis';
import type { DossierEvent } from '../../data/schema';
import { binTarget, type HoverTarget } from './hover-target';
import type { ChartFrame } from './layout';
import { LAYOUT } from './layout';

interface Props {
  scale: TimeScale;
  hist: StackedHistogram<DossierEvent>;
  ghost: StackedHistogram<DossierEvent> | null;
  frame: ChartFrame;
  /** Prefix for the hatch patterns' ids, unique per instance. */
  patternId: string;
  onHover(target: HoverTarget | null): void;
  /** A bin (dated events) or a month's band (month-only events) was clicked. */
  onPick(bin: BinSummary<DossierEvent>, kind: 'bin' | 'month'): void;
}

/** A bin names its events on its hit area (`data-event-ids`) up to this many; larger bins give only a count. */
export const MAX_LISTED_IDS = 200;
/** Below this height per event, stacks are drawn solid: the one-pixel seams between events would be noise. */
const MIN_SEAMED_UNIT_PX = 4;

/**
 * The bars. Depends on the filtered events and the size only, never on the window, so dragging the window
 * does not redraw it (memo). One rect per stack (a bin's events of one kind family; spans for dated ranges;
 * hatched bands across the month for month-only events, so what is vague looks vague), however many events
 * it holds; while each event gets a few pixels, a fill pattern draws the seams between them, so small counts
 * still read as one square per event.
 */
export const Histogram = memo(function Histogram({ scale, hist, ghost, frame, patternId, onHover, onPick }: Props) {
  const { baseline, unitPx } = frame;
  const seamed = unitPx >= MIN_SEAMED_UNIT_PX;
  const rect = (b: Stack, inset = 0.5) => {
    const x0 = scale.x(b.start);
    const x1 = scale.x(b.end);
    const w = Math.max(1, Math.min(b.shape === 'bar' ? LAYOUT.maxBarPx : Infinity, x1 - x0 - 2 * inset));
    return { x: x0 + (x1 - x0 - w) / 2, width: w, y: baseline - b.y1 * unitPx, height: Math.max(1, b.count * unitPx - 1) };
  };
  const family = (b: Stack) => KIND_FAMILIES[b.group] ?? 'other';
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
        data-count={bin.count}
        data-event-ids={bin.count <= MAX_LISTED_IDS ? (kind === 'bin' ? bin.items : bin.monthItems).map((e) => e.id).join(' ') : undefined}
        onPointerEnter={() => onHover(target)}
        onPointerLeave={() => onHover(null)}
        onClick={() => onPick(bin, kind)}
      />
    );
  };
  const key = (b: Stack) => `${b.shape}-${b.group}-${b.start}-${b.end}-${b.y0}`;
  return (
    <g className="timeline__histogram">
      <defs>
        {KIND_FAMILIES.map((f) => (
          <pattern key={f} id={`${patternId}-${f}`} className={`timeline__hatch timeline__hatch--${f}`} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <rect width="5" height="5" className="timeline__hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="5" className="timeline__hatch-line" />
          </pattern>
        ))}
        {seamed && KIND_FAMILIES.map((f) => (
          // One event per tile, its seam at the bottom: tiles start on the baseline, as the stacks do.
          <pattern key={f} id={`${patternId}-seam-${f}`} patternUnits="userSpaceOnUse" x="0" y={baseline} width="1" height={unitPx}>
            <rect width="1" height={unitPx - 1} className={`timeline__block--${f}`} />
          </pattern>
        ))}
      </defs>
      {ghost && (
        <g className="timeline__ghost" aria-hidden="true">
          {ghost.stacks.map((b) => (
            <rect key={key(b)} {...rect(b, b.shape === 'band' ? 1 : 0.5)} rx={1} className={b.shape === 'band' ? 'timeline__ghost-band' : undefined} />
          ))}
        </g>
      )}
      <g aria-hidden="true">
        {hist.stacks.filter((b) => b.shape === 'band').map((b) => {
          const r = rect(b, 1);
          return (
            <g key={key(b)}>
              <rect {...r} className={`timeline__band timeline__band--${family(b)}`} fill={`url(#${patternId}-${family(b)})`} data-precision="month" data-count={b.count} />
              {seamed && b.count > 1 && <path d={bandSeams(r, b.count, unitPx)} className={`timeline__band timeline__band--${family(b)}`} fill="none" />}
            </g>
          );
        })}
        {hist.stacks.filter((b) => b.shape !== 'band').map((b) => (
          <rect
            key={key(b)}
            {...rect(b)}
            rx={b.shape === 'span' ? 3 : 1}
            className={`timeline__block timeline__block--${family(b)}`}
            style={seamed && b.count > 1 ? { fill: `url(#${patternId}-seam-${family(b)})` } : undefined}
            data-shape={b.shape}
            data-count={b.count}
          />
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

/** The dashed lines between the month-only events of one band, as one path: each event keeps its outline. */
function bandSeams(r: { x: number; y: number; width: number }, count: number, unitPx: number): string {
  let d = '';
  for (let k = 1; k < count; k++) d += `M${r.x} ${r.y + k * unitPx - 0.5}h${r.width}`;
  return d;
}
