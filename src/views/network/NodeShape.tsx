import type { ActorType } from '../../data/schema';

/**
 * One shape per actor type, so the type reads without colour: people are circles, organisations diamonds,
 * countries rounded squares. Sizes are matched by area, so a square does not look bigger than a circle
 * with the same count.
 */
export function NodeShape({ type, r, className }: { type: ActorType; r: number; className?: string }) {
  if (type === 'country') {
    const s = r * 1.72;
    return <rect className={className} x={-s / 2} y={-s / 2} width={s} height={s} rx={Math.min(4, s / 5)} />;
  }
  if (type === 'organization') {
    const d = r * 1.3;
    return <path className={className} d={`M0,${-d}L${d},0L0,${d}L${-d},0Z`} />;
  }
  return <circle className={className} r={r} />;
}

/** The same shape grown by `gap` px, for rings (selection, open event, keyboard focus). */
export function NodeRing({ type, r, gap, className }: { type: ActorType; r: number; gap: number; className: string }) {
  if (type === 'country') {
    const s = r * 1.72 + gap * 2;
    return <rect className={className} x={-s / 2} y={-s / 2} width={s} height={s} rx={Math.min(4, s / 5) + gap / 2} />;
  }
  if (type === 'organization') {
    const d = r * 1.3 + gap * 1.41;
    return <path className={className} d={`M0,${-d}L${d},0L0,${d}L${-d},0Z`} />;
  }
  return <circle className={className} r={r + gap} />;
}
