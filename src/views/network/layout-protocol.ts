import type { LayoutLink, LayoutNode, LayoutOptions } from '../../core/network-layout';

/** Page → layout worker: the inputs of `computeNetworkLayout`, as plain data. */
export interface LayoutRequest {
  id: number;
  nodes: LayoutNode[];
  links: LayoutLink[];
  options: LayoutOptions;
}

/**
 * Layout worker → page: the positions, `xy[2i]`, `xy[2i + 1]` for `ids[i]` (a transferred buffer, not a
 * Map of objects), or why it failed.
 */
export type LayoutResponse =
  | { id: number; kind: 'done'; ids: string[]; xy: Float64Array }
  | { id: number; kind: 'failed'; message: string };
