/**
 * Which of many line segments a point is on: the nearest within `maxDist`, for hit-testing thousands of
 * ties drawn as a few paths (no element per tie to catch the pointer). Segments are packed four numbers
 * each, x1 y1 x2 y2, so a call allocates nothing; a linear pass over 5,000 segments takes well under a
 * millisecond, less than the pointer event that asks.
 */
export function nearestSegment(packed: ArrayLike<number>, x: number, y: number, maxDist: number): number {
  let best = -1;
  let bestD2 = maxDist * maxDist;
  const n = Math.floor(packed.length / 4);
  for (let i = 0; i < n; i++) {
    const x1 = packed[4 * i]!;
    const y1 = packed[4 * i + 1]!;
    const dx = packed[4 * i + 2]! - x1;
    const dy = packed[4 * i + 3]! - y1;
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2)) : 0;
    const ex = x1 + t * dx - x;
    const ey = y1 + t * dy - y;
    const d2 = ex * ex + ey * ey;
    // Strictly nearer: of two equally near segments the first wins, so the answer does not depend on luck.
    if (d2 < bestD2 || (best < 0 && d2 === bestD2)) {
      best = i;
      bestD2 = d2;
    }
  }
  return best;
}
