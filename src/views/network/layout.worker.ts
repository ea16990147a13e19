/// <reference lib="webworker" />
import { computeNetworkLayout } from '../../core/network-layout';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';

/** Runs the network's seeded layout off the page's thread. Only layout-client.ts talks to it. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, nodes, links, options } = event.data;
  let message: LayoutResponse;
  try {
    const positions = computeNetworkLayout(nodes, links, options);
    const ids = [...positions.keys()];
    const xy = new Float64Array(ids.length * 2);
    ids.forEach((key, i) => {
      const p = positions.get(key)!;
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
    });
    message = { id, kind: 'done', ids, xy };
    scope.postMessage(message, [xy.buffer]);
  } catch (err) {
    message = { id, kind: 'failed', message: err instanceof Error ? err.message : String(err) };
    scope.postMessage(message);
  }
};
