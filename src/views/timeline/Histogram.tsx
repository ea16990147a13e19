import { memo, useMemo } from 'react';
import { KIND_FAMILIES } from '../../core/kinds';
import { isoFromDay } from '../../core/dates';
import type { BinSummary } from '../../core/time-bins';
import type { Stack, StackedBin, StackedHistogram } from '../../core/time-stacks';
import type { TimeScale } from '../../core/time-axis';
import type { DossierEvent } from '../../data/schema';
import { binTarget, type HoverTarget } from './hover-target';
import type { ChartFrame } from './layout';
import { LAYOUT } from './layout';

interface Props {
  scale: TimeScale;
  hist: StackedHistogram<DossierEvent>;
  /** An event's id by its index (the model's `idOf`). */
  idOf(index: number): string;
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
 * Up to this many bars and spans, each is a rect of its own (`.timeline__block`, with its `data-count`);
 * beyond, they are drawn as one path per look. Thousands of rects re-created on each filter change (their
 * keys follow the stacking) were most of a click's cost at 100,000 events.
 */
export const BLOCK_RECT_LIMIT = 600;

/**
 * The bars. Depends on the filtered events and the size only, never on the window, so dragging the window
 * does not redraw it (memo). One rect per stack (a bin's events of one kind family; spans for dated ranges;
 * hatched bands across the month for month-only events, so what is vague looks vague), however many events
 * it holds; while each event gets a few pixels, a fill pattern draws the seams between them, so small counts
 * still read as one square per event.
 */
export const Histogram = memo(function Histogram({ scale, hist, idOf, ghost, frame, patternId, onHover, onPick }: Props) {
  const { baseline, unitPx } = frame;
  const seamed = unitPx >= MIN_SEAMED_UNIT_PX;
  const rect = stackRect(scale, baseline, unitPx);
  // The faint copy of all events does not change with the filter: its paths are made once per size.
  const ghostPaths = useMemo(
    () => {
      if (!ghost || ghost.stacks.length <= BLOCK_RECT_LIMIT) return null;
      const place = stackRect(scale, baseline, unitPx);
      return (['block', 'band'] as const).map((look) => ({
        look,
        d: rectsPath(ghost.stacks.filter((b) => (b.shape === 'band') === (look === 'band')), (b) => place(b, look === 'band' ? 1 : 0.5)),
      }));
    },
    [ghost, scale, baseline, unitPx],
  );
  const family = (b: Stack) => KIND_FAMILIES[b.group] ?? 'other';
  const hit = (bin: StackedBin<DossierEvent>, kind: 'bin' | 'month') => {
    const x0 = scale.x(bin.start);
    const x1 = scale.x(bin.end);
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
        data-event-ids={bin.count <= MAX_LISTED_IDS ? bin.indexes.map(idOf).join(' ') : undefined}
        onPointerEnter={() => onHover(binTarget(hist, scale, frame, bin, kind))}
        onPointerLeave={() => onHover(null)}
        onClick={() => onPick(bin, kind)}
      />
    );
  };
  // Keys that survive a filter change (not the stack's height, which the filter moves): React then moves
  // and resizes the same rects instead of re-creating them.
  const key = stableKeys();
  const ghostKey = stableKeys();
  const blocks = hist.stacks.filter((b) => b.shape !== 'band');
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
          {ghostPaths
            ? ghostPaths.map(({ look, d }) => <path key={look} d={d} className={look === 'band' ? 'timeline__ghost-band' : 'timeline__ghost-block'} />)
            : ghost.stacks.map((b) => (
                <rect key={ghostKey(b)} {...rect(b, b.shape === 'band' ? 1 : 0.5)} rx={1} className={b.shape === 'band' ? 'timeline__ghost-band' : undefined} />
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
        {blocks.length > BLOCK_RECT_LIMIT ? (
          blockPaths(blocks, rect, seamed).map((g) => (
            <path key={g.key} d={g.d} className={`timeline__block-bulk timeline__block--${KIND_FAMILIES[g.group] ?? 'other'}`} style={g.seamed ? { fill: `url(#${patternId}-seam-${KIND_FAMILIES[g.group] ?? 'other'})` } : undefined} />
          ))
        ) : blocks.map((b) => (
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

/** Where a stack is drawn: its bin's width (a bar at most `maxBarPx`) less `inset` each side, its events' height. */
function stackRect(scale: TimeScale, baseline: number, unitPx: number) {
  return (b: Stack, inset = 0.5) => {
    const x0 = scale.x(b.start);
    const x1 = scale.x(b.end);
    const w = Math.max(1, Math.min(b.shape === 'bar' ? LAYOUT.maxBarPx : Infinity, x1 - x0 - 2 * inset));
    return { x: x0 + (x1 - x0 - w) / 2, width: w, y: baseline - b.y1 * unitPx, height: Math.max(1, b.count * unitPx - 1) };
  };
}

/** The dashed lines between the month-only events of one band, as one path: each event keeps its outline. */
function bandSeams(r: { x: number; y: number; width: number }, count: number, unitPx: number): string {
  let d = '';
  for (let k = 1; k < count; k++) d += `M${r.x} ${r.y + k * unitPx - 0.5}h${r.width}`;
  return d;
}

interface BlockPath {
  key: string;
  group: number;
  seamed: boolean;
  d: string;
}

/**
 * Many bars and spans: one path per kind family (and fill: solid, or seamed when events get a few pixels
 * each), each stack a closed rectangle in it. The same rectangles as the rects would be, without the
 * rounded corners (a pixel at this density).
 */
function blockPaths(blocks: readonly Stack[], rect: (b: Stack) => { x: number; y: number; width: number; height: number }, seamed: boolean): BlockPath[] {
  const groups = new Map<string, BlockPath & { parts: Stack[] }>();
  for (const b of blocks) {
    const withSeams = seamed && b.count > 1;
    const key = `${b.group}-${withSeams ? 's' : 'f'}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, group: b.group, seamed: withSeams, d: '', parts: [] }));
    g.parts.push(b);
  }
  return [...groups.values()].sort((a, b) => a.group - b.group || Number(a.seamed) - Number(b.seamed)).map(({ parts, ...g }) => ({ ...g, d: rectsPath(parts, rect) }));
}

/** Rectangles as one path's closed runs. */
function rectsPath(stacks: readonly Stack[], rect: (b: Stack) => { x: number; y: number; width: number; height: number }): string {
  let d = '';
  for (const b of stacks) {
    const r = rect(b);
    d += `M${r1(r.x)} ${r1(r.y)}h${r1(r.width)}v${r1(r.height)}h${r1(-r.width)}Z`;
  }
  return d;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Keys for one render's stacks: shape, group and days, and which of the stacks with those it is (bottom
 * first). Stacks come bottom-up per bin, so the same stack keeps its key when others are filtered away.
 */
function stableKeys(): (b: Stack) => string {
  const seen = new Map<string, number>();
  return (b) => {
    const base = `${b.shape}-${b.group}-${b.start}-${b.end}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}-${n}`;
  };
}
