import { useCallback, useEffect, useRef, useState } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface ZoomControls {
  transform: ZoomTransform;
  zoomBy(factor: number): void;
  reset(): void;
}

/**
 * d3-zoom on the network's SVG: wheel and background drag zoom and pan (a node's own drag stops the
 * gesture from reaching here). React owns the SVG; d3 owns the gesture and reports the transform, which
 * the layers apply. Buttons jump without easing: calm, and nothing to switch off for reduced motion.
 */
export function useZoom(svg: SVGSVGElement | null): ZoomControls {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviorRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const transformRef = useRef(transform);
  useEffect(() => {
    transformRef.current = transform;
  }, [transform]);

  useEffect(() => {
    if (!svg) return;
    const sel = select(svg);
    const behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.4, 8])
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    sel.call(behavior).on('dblclick.zoom', null);
    // A remounted SVG (after the table view) starts where the user left the zoom.
    behavior.transform(sel, transformRef.current);
    behaviorRef.current = behavior;
    return () => {
      sel.on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [svg]);

  const zoomBy = useCallback((factor: number) => {
    if (svg && behaviorRef.current) behaviorRef.current.scaleBy(select(svg), factor);
  }, [svg]);
  const reset = useCallback(() => {
    if (svg && behaviorRef.current) behaviorRef.current.transform(select(svg), zoomIdentity);
  }, [svg]);

  return { transform, zoomBy, reset };
}
