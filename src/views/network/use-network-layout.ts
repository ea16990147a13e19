import { useMemo } from 'react';
import { computeNetworkLayout, type Point } from '../../core/network-layout';
import { LEGEND_HEIGHT, makeScales, type NetworkScales } from './network-scales';
import type { Size } from '../../ui/use-element-size';
import type { NetworkModel } from './use-network-model';

export interface NetworkLayout {
  positions: ReadonlyMap<string, Point>;
  scales: NetworkScales;
  size: Size;
}

/**
 * The seeded layout of every actor over every event, for this viewport (core/network-layout). It does not
 * depend on the selection, so nodes stay put while the user filters; only a resize re-runs it.
 */
export function useNetworkLayout(model: NetworkModel, size: Size | null): NetworkLayout | null {
  return useMemo(() => {
    if (!size || size.width < 40 || size.height < 40) return null;
    const scales = makeScales(model.maxTotal, model.maxWeight, size);
    const nodes = model.ids.map((id) => ({ id, radius: scales.radius(model.totals.get(id) ?? 0) }));
    const positions = computeNetworkLayout(nodes, model.allTies, {
      width: size.width,
      height: size.height,
      padding: { top: 14, right: 14, bottom: LEGEND_HEIGHT + 14, left: 14 },
      labelRoom: 16,
    });
    return { positions, scales, size };
  }, [model, size]);
}
