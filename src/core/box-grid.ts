/**
 * A uniform grid over boxes, so a label placer visits only the marks, labels and lines near the spot it
 * tries instead of all of them (tested in box-grid.test.ts). A query is conservative: it may return an item
 * that does not touch the query box (the caller still runs its exact test), never leave one out. The grid
 * covers a region (the frame); a box past its edge is filed in the edge cells, so nothing is lost, and an
 * item at a coordinate that is not a number is visited by every query, as a scan of every item would.
 */

export interface BoxGrid<T> {
  insert(item: T, x0: number, y0: number, x1: number, y1: number): void;
  /**
   * Whether `test` holds for some item whose box meets the query box, edges included (stops at the first).
   * Not re-entrant: `test` must not query the same grid.
   */
  some(x0: number, y0: number, x1: number, y1: number, test: (item: T) => boolean): boolean;
}

export interface Region {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** At most this many cells a side: a huge region gets bigger cells. */
const MAX_SIDE = 128;

export function createBoxGrid<T>(region: Region, cellSize = 32): BoxGrid<T> {
  const finiteRegion = [region.x0, region.y0, region.x1, region.y1].every(Number.isFinite);
  const x0 = finiteRegion ? Math.min(region.x0, region.x1) : 0;
  const y0 = finiteRegion ? Math.min(region.y0, region.y1) : 0;
  const width = finiteRegion ? Math.abs(region.x1 - region.x0) : 0;
  const height = finiteRegion ? Math.abs(region.y1 - region.y0) : 0;
  const size = Math.max(cellSize, width / MAX_SIDE, height / MAX_SIDE);
  const cols = Math.max(1, Math.ceil(width / size));
  const rows = Math.max(1, Math.ceil(height / size));
  const cells: number[][] = Array.from({ length: cols * rows }, () => []);
  const items: T[] = [];
  // Each item's box, four numbers per item: the cheap test before the caller's exact one.
  let boxes = new Float64Array(256);
  // Items at a coordinate that is not a number: no cell can hold them.
  const loose: number[] = [];
  let seen = new Uint32Array(64);
  let stamp = 0;
  // Monotone, so two boxes that meet always share a cell after clamping to the edges.
  const col = (x: number) => Math.min(cols - 1, Math.max(0, Math.floor((x - x0) / size)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - y0) / size)));

  function insert(item: T, ax: number, ay: number, bx: number, by: number) {
    const index = items.push(item) - 1;
    if (index >= seen.length) {
      const grown = new Uint32Array(seen.length * 2);
      grown.set(seen);
      seen = grown;
      const more = new Float64Array(boxes.length * 2);
      more.set(boxes);
      boxes = more;
    }
    boxes.set([Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)], index * 4);
    if (Number.isNaN(ax + ay + bx + by)) {
      loose.push(index);
      return;
    }
    const c1 = col(Math.max(ax, bx));
    const r1 = row(Math.max(ay, by));
    for (let r = row(Math.min(ay, by)); r <= r1; r++) {
      for (let c = col(Math.min(ax, bx)); c <= c1; c++) cells[r * cols + c]!.push(index);
    }
  }

  function some(ax: number, ay: number, bx: number, by: number, test: (item: T) => boolean): boolean {
    stamp = (stamp + 1) >>> 0;
    if (stamp === 0) {
      seen.fill(0);
      stamp = 1;
    }
    for (const i of loose) {
      seen[i] = stamp;
      if (test(items[i]!)) return true;
    }
    if (Number.isNaN(ax + ay + bx + by)) {
      // A query box that is not a number meets nothing by the grid: every item, as a plain scan would.
      for (let i = 0; i < items.length; i++) if (seen[i] !== stamp && test(items[i]!)) return true;
      return false;
    }
    const qx0 = ax < bx ? ax : bx;
    const qx1 = ax < bx ? bx : ax;
    const qy0 = ay < by ? ay : by;
    const qy1 = ay < by ? by : ay;
    const c0 = col(qx0);
    const c1 = col(qx1);
    const r1 = row(qy1);
    for (let r = row(qy0); r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const list = cells[r * cols + c]!;
        for (let k = 0; k < list.length; k++) {
          const i = list[k]!;
          if (seen[i] === stamp) continue;
          seen[i] = stamp;
          const b = i * 4;
          if (boxes[b]! > qx1 || boxes[b + 2]! < qx0 || boxes[b + 1]! > qy1 || boxes[b + 3]! < qy0) continue;
          if (test(items[i]!)) return true;
        }
      }
    }
    return false;
  }

  return { insert, some };
}
