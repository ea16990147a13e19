import type { Interval } from '../../core/dates';
import type { TimeScale } from '../../core/time-axis';
import type { DayWindow } from '../../core/window-keys';
import type { ChartFrame } from './layout';
import { LAYOUT } from './layout';

interface Props {
  scale: TimeScale;
  frame: ChartFrame;
  win: DayWindow;
  bounded: boolean;
  /** The open event's interval (inclusive days), marked. */
  openEvent: { interval: Interval; label: string } | null;
}

/**
 * What changes with the window: the shade over what lies outside it, its edges, the slider's track, and
 * the open event's marker. Cheap to redraw on every drag frame.
 */
export function WindowLayer({ scale, frame, win, bounded, openEvent }: Props) {
  const { baseline } = frame;
  const left = scale.x(scale.domain.start);
  const right = scale.x(scale.domain.end + 1);
  const x0 = scale.x(win.start);
  const x1 = scale.x(win.end + 1);
  const trackY = baseline + LAYOUT.trackOffset;
  const top = LAYOUT.top - 4;
  return (
    <g className="timeline__window-layer">
      {bounded && (
        <g className="timeline__shade" aria-hidden="true">
          {x0 > left && <rect x={left} width={x0 - left} y={top} height={baseline - top + 1} />}
          {x1 < right && <rect x={x1} width={right - x1} y={top} height={baseline - top + 1} />}
        </g>
      )}
      {bounded && (
        <g className="timeline__edges" aria-hidden="true">
          <line x1={x0} x2={x0} y1={top} y2={trackY} />
          <line x1={x1} x2={x1} y1={top} y2={trackY} />
        </g>
      )}
      <line className="timeline__track" x1={left} x2={right} y1={trackY} y2={trackY} />
      <line className="timeline__track-fill" x1={x0} x2={x1} y1={trackY} y2={trackY} />
      {openEvent && <OpenEventMarker scale={scale} interval={openEvent.interval} label={openEvent.label} baseline={baseline} />}
    </g>
  );
}

function OpenEventMarker({ scale, interval, label, baseline }: { scale: TimeScale; interval: Interval; label: string; baseline: number }) {
  const a = scale.x(interval.start);
  const b = scale.x(interval.end + 1);
  const mid = (a + b) / 2;
  return (
    <g className="timeline__open-event" data-testid="timeline-open-event">
      <title>{label}</title>
      {b - a > 8 && <line className="timeline__open-span" x1={a} x2={b} y1={3} y2={3} />}
      <line className="timeline__open-line" x1={mid} x2={mid} y1={8} y2={baseline} />
      <path className="timeline__open-pin" d={`M${mid - 5},1 h10 l-5,7 z`} />
    </g>
  );
}
