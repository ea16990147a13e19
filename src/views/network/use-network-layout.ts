import { useEffect, useMemo, useState } from 'react';
import type { Point } from '../../core/network-layout';
import { cachedLayout, requestLayout, type LayoutInput } from './layout-client';
import { LEGEND_HEIGHT, makeScales, type NetworkScales } from './network-scales';
import type { Size } from '../../ui/use-element-size';
import type { NetworkModel } from './use-network-model';

export interface NetworkLayout {
  positions: ReadonlyMap<string, Point>;
  scales: NetworkScales;
  size: Size;
}

export interface LayoutState {
  /** The layout to draw: for this size, or the last one of this dataset while the new size is laid out. */
  layout: NetworkLayout | null;
  /** True while the layout for the current size is being computed. */
  pending: boolean;
}

interface Job extends LayoutInput {
  key: string;
  scales: NetworkScales;
  size: Size;
}

/**
 * The seeded layout of every actor over every event, for this viewport (core/network-layout), computed in
 * the layout worker and kept per dataset and size. It does not depend on the selection, so nodes stay put
 * while the user filters; only a resize (or another dataset) asks for a new one.
 */
export function useNetworkLayout(model: NetworkModel, size: Size | null): LayoutState {
  const job = useMemo<Job | null>(() => {
    if (!size || size.width < 40 || size.height < 40) return null;
    const scales = makeScales(model.maxTotal, model.maxWeight, size);
    return {
      key: `${size.width}x${size.height}`,
      scales,
      size,
      nodes: model.ids.map((id) => ({ id, radius: scales.radius(model.totals.get(id) ?? 0), weight: model.totals.get(id) ?? 0 })),
      links: model.allTies.map((t) => ({ source: t.source, target: t.target, weight: t.weight })),
      options: {
        width: size.width,
        height: size.height,
        padding: { top: 14, right: 14, bottom: LEGEND_HEIGHT + 14, left: 14 },
        labelRoom: 16,
      },
    };
  }, [model, size]);

  // Already laid out (this view mounted again, or the panel is back to a size it had): no wait at all.
  const known = useMemo(() => {
    const positions = job ? cachedLayout(model, job.key) : undefined;
    return job && positions ? { positions, scales: job.scales, size: job.size } : null;
  }, [model, job]);

  const [arrived, setArrived] = useState<{ model: NetworkModel; key: string; layout: NetworkLayout } | null>(null);
  useEffect(() => {
    if (!job || cachedLayout(model, job.key)) return;
    const abort = new AbortController();
    requestLayout(model, job.key, job, abort.signal).then(
      (positions) => {
        if (!abort.signal.aborted) setArrived({ model, key: job.key, layout: { positions, scales: job.scales, size: job.size } });
      },
      (err: unknown) => {
        if (!abort.signal.aborted) console.error(err);
      },
    );
    return () => abort.abort();
  }, [model, job]);

  const mine = arrived?.model === model ? arrived : null;
  const current = known ?? (mine && mine.key === job?.key ? mine.layout : null);
  return { layout: current ?? mine?.layout ?? null, pending: job !== null && current === null };
}
