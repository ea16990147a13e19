import { memo } from 'react';
import type { Tick, TimeScale } from '../../core/time-axis';
import type { Lang } from '../../core/url-state';
import { fill } from '../../ui/i18n';
import type { ChartFrame } from './layout';
import { LAYOUT } from './layout';
import { tickLabel } from './format-time';
import type { TimelineStrings } from './strings';

interface Props {
  scale: TimeScale;
  ticks: readonly Tick[];
  frame: ChartFrame;
  lang: Lang;
  t: TimelineStrings;
}

/** A label's width in pixels at 11px, estimated: close enough to keep labels from overlapping. */
const labelWidth = (text: string) => text.length * 6.2 + 6;

interface PlacedLabel {
  x: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Keeps labels that fit: each piece's first label (it carries the year) first, right to left so a short
 * piece gives way to the one after it, then the others left to right, dropping any that would touch a
 * kept one or run off the chart. A first label that does not fit with its year tries without it.
 */
function placeLabels(scale: TimeScale, ticks: readonly Tick[], lang: Lang, width: number): PlacedLabel[] {
  const spans: Array<[number, number]> = [];
  const free = (a: number, b: number) => a >= 0 && b <= width && spans.every(([c, d]) => b + 6 <= c || a >= d + 6);
  const out: PlacedLabel[] = [];
  const order = [...ticks.filter((t) => t.first).reverse(), ...ticks.filter((t) => !t.first)];
  for (const tick of order) {
    const x = scale.x(tick.day);
    // A piece's first label starts at its tick so it never reaches back across a break.
    const anchor = tick.first ? 'start' : 'middle';
    const texts = tick.first ? [tickLabel(tick, lang), tickLabel({ ...tick, first: false }, lang)] : [tickLabel(tick, lang)];
    for (const text of texts) {
      const w = labelWidth(text);
      const a = anchor === 'start' ? x : x - w / 2;
      if (!free(a, a + w)) continue;
      spans.push([a, a + w]);
      out.push({ x, text, anchor });
      break;
    }
  }
  return out;
}

/** A gap's length in words: "17 days" while under two months, else "26 mo.". */
const gapLength = (days: number, t: TimelineStrings) =>
  days < 60 ? fill(t.gapDays, { n: days }) : fill(t.gapMonths, { n: Math.round(days / 30.44) });

/** The time axis: a baseline per segment, a marked and named break per gap, ticks and localized labels. */
export const Axis = memo(function Axis({ scale, ticks, frame, lang, t }: Props) {
  const { baseline } = frame;
  const tickY = baseline + LAYOUT.trackOffset + 6;
  const labels = placeLabels(scale, ticks, lang, frame.width);
  return (
    <g className="timeline__axis" aria-hidden="true">
      {scale.pieces.map((p) =>
        p.kind !== 'gap' ? (
          <line key={p.start} className={`timeline__baseline timeline__baseline--${p.kind}`} x1={p.x0} x2={p.x1} y1={baseline + 0.5} y2={baseline + 0.5} />
        ) : (
          <g key={p.start} className="timeline__break">
            {/* Two slanted strokes: the usual mark for a broken axis. */}
            <path d={`M${p.x0 + 12},${baseline + 6} l6,-12 M${p.x1 - 18},${baseline + 6} l6,-12`} />
            <text x={(p.x0 + p.x1) / 2} y={baseline - 10} textAnchor="middle">{gapLength(p.end - p.start, t)}</text>
          </g>
        ),
      )}
      {ticks.map((tick) => {
        const x = Math.round(scale.x(tick.day)) + 0.5;
        return <line key={tick.day} className="timeline__tick" x1={x} x2={x} y1={tickY} y2={tickY + 4} />;
      })}
      {labels.map((l) => (
        <text key={l.x} className="timeline__tick-label" x={l.x} y={frame.height - 4} textAnchor={l.anchor}>{l.text}</text>
      ))}
    </g>
  );
});
