import { memo, useMemo, useRef, useState, type MouseEvent } from 'react';
import { nearestSegment } from '../../core/segment-hit';

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
 * Up to this many ties, each is an SVG line of its own with a hit line (`data-tie`); beyond, they are drawn
 * as a few paths and hit-tested by position: thousands of elements re-created on each click were the cost.
 */
export const SVG_TIE_LIMIT = 500;

export interface EdgeLayerProps {
  edges: readonly EdgeDatum[];
  /** The layout frame, in layout px: where the ties are (the bulk layer catches the pointer over it). */
  width: number;
  height: number;
  onOpen(source: string, target: string): void;
  onHover(key: string | null): void;
}

/** The ties, drawn one way or the other by their number. Painted emphasised-last either way. */
export const EdgeLayer = memo(function EdgeLayer(props: EdgeLayerProps) {
  return props.edges.length > SVG_TIE_LIMIT ? <BulkEdges {...props} /> : <LineEdges {...props} />;
});

/**
 * A visible line whose width is the number of shared events, and over it a wide transparent line that
 * catches the pointer, so a 1 px tie is still easy to click (it opens the tie's events). The visible lines
 * are painted emphasised-last, so their order changes with hover and focus; the hit lines keep one order
 * (by key) whatever the emphasis, because a hit line that React moves in the DOM between mousedown and
 * mouseup (a hover or a blur re-rendering mid-click) never receives the click.
 */
function LineEdges({ edges, onOpen, onHover }: EdgeLayerProps) {
  const hits = useMemo(() => byKey(edges), [edges]);
  return (
    <>
      <g className="net-edges" aria-hidden="true">
        {edges.map((e) => (
          <line
            key={e.key}
            className={`net-edge${edgeClass(e)}`}
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
}

/** Half the hit lines' 12 px: how near (on screen) the pointer must be to a tie to be on it. */
const HIT_PX = 6;

/**
 * Many ties: one path per look (faded, plain or emphasised, and the width rounded to half a pixel), and
 * one transparent rectangle under the nodes that finds the tie nearest the pointer. Its `data-tie-area`
 * carries the hovered tie as `data-tie-hover="a|b"`.
 */
function BulkEdges({ edges, width, height, onOpen, onHover }: EdgeLayerProps) {
  const groups = useMemo(() => pathGroups(edges), [edges]);
  const hits = useMemo(() => byKey(edges), [edges]);
  const packed = useMemo(() => {
    const out = new Float64Array(hits.length * 4);
    hits.forEach((e, i) => out.set([e.x1, e.y1, e.x2, e.y2], 4 * i));
    return out;
  }, [hits]);
  const [over, setOver] = useState<EdgeDatum | null>(null);
  // The tie pressed, found from the pointer's exact position: a click's coordinates are whole pixels, and
  // among thousands of ties that half pixel can name a neighbour.
  const pressed = useRef<EdgeDatum | null>(null);

  const tieAt = (event: MouseEvent<SVGRectElement>): EdgeDatum | null => {
    const ctm = event.currentTarget.getScreenCTM();
    if (!ctm) return null;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    return hits[nearestSegment(packed, p.x, p.y, HIT_PX / ctm.a)] ?? null;
  };
  const hover = (tie: EdgeDatum | null) => {
    if (tie?.key === over?.key) return;
    setOver(tie);
    onHover(tie?.key ?? null);
  };

  return (
    <>
      <g className="net-edges" aria-hidden="true">
        {groups.map((g) => (
          <path key={g.key} className={`net-edge net-edge--bulk${g.className}`} d={g.d} strokeWidth={g.width} />
        ))}
      </g>
      {/* Mouse only, as the lines above: keyboard users reach the same panel with T on a node. */}
      <rect
        className={`net-edge-area${over ? ' is-over-tie' : ''}`}
        aria-hidden="true"
        data-tie-area=""
        data-tie-hover={over ? `${over.source}|${over.target}` : undefined}
        x={0}
        y={0}
        width={width}
        height={height}
        onPointerMove={(e) => hover(tieAt(e))}
        onPointerLeave={() => hover(null)}
        onPointerDown={(e) => {
          pressed.current = tieAt(e);
        }}
        onClick={(e) => {
          const tie = pressed.current ?? tieAt(e);
          pressed.current = null;
          if (tie) onOpen(tie.source, tie.target);
        }}
      />
    </>
  );
}

const edgeClass = (e: EdgeDatum) => `${e.faded ? ' is-faded' : ''}${e.emphasised ? ' is-emphasised' : ''}`;

function byKey(edges: readonly EdgeDatum[]): EdgeDatum[] {
  return [...edges].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

interface PathGroup {
  key: string;
  className: string;
  width: number;
  d: string;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** The ties as `M x1 y1 L x2 y2` runs, one path per look, emphasised paths last (painted on top). */
function pathGroups(edges: readonly EdgeDatum[]): PathGroup[] {
  const groups = new Map<string, { className: string; width: number; rank: number; parts: string[] }>();
  for (const e of edges) {
    const width = Math.max(0.5, Math.round(e.width * 2) / 2);
    const className = edgeClass(e);
    const key = `${className}|${width}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { className, width, rank: e.emphasised ? 2 : e.faded ? 0 : 1, parts: [] }));
    group.parts.push(`M${r1(e.x1)} ${r1(e.y1)}L${r1(e.x2)} ${r1(e.y2)}`);
  }
  return [...groups]
    .sort(([, a], [, b]) => a.rank - b.rank || a.width - b.width)
    .map(([key, g]) => ({ key, className: g.className, width: g.width, d: g.parts.join('') }));
}
