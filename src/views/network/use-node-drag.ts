import { useEffect, useRef } from 'react';
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import type { Point } from '../../core/network-layout';

/**
 * d3-drag on every node of the layer: dragging moves the node (it never selects: d3-drag swallows the click
 * that ends a real drag; a press that moves less than 4 px stays a click). Coordinates are the layer's own,
 * so they stay right under any zoom. Re-attached when the set of nodes changes.
 */
export function useNodeDrag(layer: SVGGElement | null, nodesKey: string, position: (id: string) => Point | undefined, onMove: (id: string, p: Point) => void) {
  const positionRef = useRef(position);
  const onMoveRef = useRef(onMove);
  useEffect(() => {
    positionRef.current = position;
    onMoveRef.current = onMove;
  });

  useEffect(() => {
    if (!layer) return;
    const behavior = drag<SVGGElement, unknown>()
      .clickDistance(4)
      .subject(function (event: { x: number; y: number }) {
        const p = positionRef.current(this.dataset.actorId ?? '');
        return p ? { x: p.x, y: p.y } : { x: event.x, y: event.y };
      })
      .on('drag', function (event: { x: number; y: number }) {
        const id = this.dataset.actorId;
        if (id) onMoveRef.current(id, { x: event.x, y: event.y });
      });
    const nodes = select(layer).selectAll<SVGGElement, unknown>('g[data-actor-id]');
    nodes.call(behavior);
    return () => {
      nodes.on('.drag', null);
    };
  }, [layer, nodesKey]);
}
