import { shallow } from 'zustand/shallow';
import { memo, type KeyboardEvent } from 'react';
import type { ActorType } from '../../data/schema';
import { TOOLTIP_ID } from './NetworkTooltip';
import { NodeRing, NodeShape } from './NodeShape';

export interface NodeDatum {
  id: string;
  name: string;
  type: ActorType;
  r: number;
  /** Where it is drawn now (may be on its way while the layout settles). */
  x: number;
  y: number;
  /** Where it belongs: the seeded layout, or where it was dragged. */
  fx: number;
  fy: number;
  active: boolean;
  selected: boolean;
  /** An actor of the open event. */
  inEvent: boolean;
  faded: boolean;
  tabbable: boolean;
}

export interface NodeHandlers {
  onSelect(id: string, additive: boolean): void;
  onHover(id: string | null): void;
  onFocusNode(id: string, visible: boolean): void;
  onBlurNode(id: string): void;
  onKey(event: KeyboardEvent<SVGGElement>, id: string): void;
}

/**
 * The actors, as focusable SVG buttons (CONTRACT §4 `[data-actor-id]`): accessible name = the actor's
 * name, aria-pressed = selected, data-active = has events in the selection, data-x/data-y = layout position.
 * Bigger nodes are painted first so small ones stay visible on top of them.
 */
export const NodeLayer = memo(function NodeLayer({ nodes, handlers, layerRef, describedNode }: {
  nodes: readonly NodeDatum[];
  handlers: NodeHandlers;
  layerRef: (el: SVGGElement | null) => void;
  /** The node whose tooltip is showing because it has keyboard focus: its description. */
  describedNode: string | null;
}) {
  return (
    <g className="net-nodes" ref={layerRef}>
      {nodes.map((n) => (
        <Node key={n.id} n={n} handlers={handlers} described={n.id === describedNode} />
      ))}
    </g>
  );
});

/**
 * One actor. Re-rendered only when something it shows changed: a filter change re-draws the nodes whose
 * size or state moved, not all of them (the datum objects are new on every change, their fields mostly not).
 */
const Node = memo(function Node({ n, handlers, described }: { n: NodeDatum; handlers: NodeHandlers; described: boolean }) {
  return (
    <g
      className={`net-node net-node--${n.type}${n.faded ? ' is-faded' : ''}${n.selected ? ' is-selected' : ''}${n.inEvent ? ' is-event' : ''}`}
      transform={`translate(${n.x},${n.y})`}
      role="button"
      tabIndex={n.tabbable ? 0 : -1}
      aria-label={n.name}
      aria-pressed={n.selected}
      aria-describedby={described ? TOOLTIP_ID : undefined}
      data-actor-id={n.id}
      data-active={n.active ? 'true' : 'false'}
      data-x={n.fx.toFixed(1)}
      data-y={n.fy.toFixed(1)}
      onClick={(e) => handlers.onSelect(n.id, e.shiftKey)}
      onMouseEnter={() => handlers.onHover(n.id)}
      onMouseLeave={() => handlers.onHover(null)}
      onFocus={(e) => handlers.onFocusNode(n.id, e.currentTarget.matches(':focus-visible'))}
      onBlur={() => handlers.onBlurNode(n.id)}
      onKeyDown={(e) => handlers.onKey(e, n.id)}
    >
      {/* A generous invisible target: small nodes stay easy to hit. */}
      <circle className="net-node__hit" r={Math.max(n.r + 3, 9)} />
      {n.inEvent && <NodeRing type={n.type} r={n.r} gap={n.selected ? 7 : 3.5} className="net-node__event" />}
      {n.selected && <NodeRing type={n.type} r={n.r} gap={3} className="net-node__ring" />}
      <NodeShape type={n.type} r={n.r} className="net-node__shape" />
      <NodeRing type={n.type} r={n.r} gap={n.selected || n.inEvent ? 10 : 5} className="net-node__focus" />
    </g>
  );
}, (a, b) => a.handlers === b.handlers && a.described === b.described && shallow(a.n, b.n));
