import { memo, useMemo } from 'react';

export interface EdgeDatum {
  key: string;
  source: string;
  target: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  weight: number;
  width: number;
  faded: boolean;
  emphasised: boolean;
}

/**
 * The ties: a visible line whose width is the number of shared events, and over it a wide transparent
 * line that catches the pointer, so a 1 px tie is still easy to click (it opens the tie's events).
 * The visible lines are painted emphasised-last, so their order changes with hover and focus; the hit
 * lines keep one order (by key) whatever the emphasis, because a hit line that React moves in the DOM
 * between mousedown and mouseup (a hover or a blur re-rendering mid-click) never receives the click.
 */
export const EdgeLayer = memo(function EdgeLayer({ edges, onOpen, onHover }: {
  edges: readonly EdgeDatum[];
  onOpen(source: string, target: string): void;
  onHover(key: string | null): void;
}) {
  const hits = useMemo(() => [...edges].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)), [edges]);
  return (
    <>
      <g className="net-edges" aria-hidden="true">
        {edges.map((e) => (
          <line
            key={e.key}
            className={`net-edge${e.faded ? ' is-faded' : ''}${e.emphasised ? ' is-emphasised' : ''}`}
            x1={e.x1}
            y1={e.y1}
            x2={e.x2}
            y2={e.y2}
            strokeWidth={e.width}
          />
        ))}
      </g>
      {/* Mouse only: keyboard users reach the same panel with T on a node (the hint says so). */}
      <g className="net-edge-hits" aria-hidden="true">
        {hits.map((e) => (
          <line
            key={e.key}
            className="net-edge-hit"
            data-tie={`${e.source}|${e.target}`}
            x1={e.x1}
            y1={e.y1}
            x2={e.x2}
            y2={e.y2}
            onClick={() => onOpen(e.source, e.target)}
            onMouseEnter={() => onHover(e.key)}
            onMouseLeave={() => onHover(null)}
          />
        ))}
      </g>
    </>
  );
});
