export interface LabelDatum {
  id: string;
  text: string;
  /** The whole name, when `text` is a shortened form of it (the node's tooltip and accessible name say it too). */
  full: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  strong: boolean;
}

/**
 * Names, in screen space (outside the zoomed group) so they keep their size while the graph zooms, and
 * more of them fit as it zooms in. Which ones show is decided by the greedy placement (core/label-placement);
 * the halo is a stroke painted under the fill. Hidden from assistive tech: each node carries its own name.
 */
export function LabelLayer({ labels }: { labels: readonly LabelDatum[] }) {
  return (
    <g className="net-labels" aria-hidden="true">
      {labels.map((l) => (
        <text key={l.id} className={`net-label${l.strong ? ' is-strong' : ''}`} data-label-for={l.id} data-full-name={l.full} x={l.x} y={l.y} textAnchor={l.anchor} dominantBaseline="central">
          {l.text}
        </text>
      ))}
    </g>
  );
}
