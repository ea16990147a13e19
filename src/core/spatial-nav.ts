/**
 * Arrow-key movement between points drawn on a plane (the network's nodes): from the current point, the
 * nearest one in the arrow's direction. Points well off the axis cost more than points straight ahead,
 * so ↓ goes to the node below rather than to a closer one far to the side.
 */

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface NavPoint {
  id: string;
  x: number;
  y: number;
}

const AXIS: Record<Direction, { ax: number; ay: number }> = {
  up: { ax: 0, ay: -1 },
  down: { ax: 0, ay: 1 },
  left: { ax: -1, ay: 0 },
  right: { ax: 1, ay: 0 },
};

export function nearestInDirection(points: readonly NavPoint[], fromId: string, direction: Direction): string | null {
  const from = points.find((p) => p.id === fromId);
  if (!from) return null;
  const { ax, ay } = AXIS[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === from.id) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const ahead = dx * ax + dy * ay;
    if (ahead <= 0.5) continue;
    const aside = Math.abs(dx * ay - dy * ax);
    // Distance plus a penalty for drifting sideways (as the W3C spatial-navigation draft scores candidates).
    const score = Math.hypot(dx, dy) + aside * 2;
    if (score < bestScore || (score === bestScore && best !== null && p.id < best)) {
      bestScore = score;
      best = p.id;
    }
  }
  return best;
}
