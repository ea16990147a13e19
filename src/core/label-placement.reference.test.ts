import { describe, expect, it } from 'vitest';
import {
  bestOfRounds, boxAt, boxFor, crossesBox, EXTRA_ANGLES, gapTo, hitsCircle, NEAR_MARGIN, overlaps, placeLabels, placementLimits, SIDES, SLIDES, STEP_OUT,
  type Box, type Circle, type LabelCandidate, type PlacedLabel, type Segment,
} from './label-placement';
import { seededLcg } from './network-layout';

/*
 * The network's label placement as it was before the grid: every spot scans every node and every placed
 * name. The indexed placer must choose exactly the same spots and forms.
 */

/**
 * Places the labels with the same rounds as the placer (bestOfRounds), each round a plain scan.
 */
function referencePlaceLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Circle[],
  frame?: { width: number; height: number },
  { rounds = 8, tried = candidates, steps = STEP_OUT }: { rounds?: number; tried?: readonly LabelCandidate[]; steps?: readonly number[] } = {},
): PlacedLabel[] {
  return bestOfRounds(candidates, tried, rounds, (order) => placeInOrder(order, obstacles, frame, steps));
}

function placeInOrder(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Circle[],
  frame: { width: number; height: number } | undefined,
  steps: readonly number[],
): PlacedLabel[] {
  const placed: Box[] = [];
  const out: PlacedLabel[] = [];
  const inFrame = (b: Box) => !frame || (b.x0 >= 0 && b.y0 >= 0 && b.x1 <= frame.width && b.y1 <= frame.height);
  const free = (c: LabelCandidate, b: Box, clearOfTies: boolean) => {
    if (!inFrame(b) || placed.some((p) => overlaps(p, b))) return false;
    if (clearOfTies && c.ties?.some((t) => crossesBox(t, b))) return false;
    const own = gapTo(b, c);
    // Nearer its own node than any other, by a margin (the drawn text is a little taller than its box).
    return !obstacles.some((o) => o.id !== c.id && (hitsCircle(b, o) || gapTo(b, o) <= own + NEAR_MARGIN));
  };
  for (const c of candidates) {
    let chosen: (ReturnType<typeof boxFor> & { form: number }) | null = null;
    const widths = [c.width, ...(c.shorter ?? [])];
    // Clear of its own ties if any form of the name can be; a hub whose ties go every way crosses one.
    search: for (const clearOfTies of [true, false]) {
      for (let form = 0; form < widths.length; form++) {
        for (const step of steps) {
          const options = [
            ...SIDES.flatMap((side) => SLIDES.map((slide) => boxFor(c, side, widths[form], step, slide))),
            ...EXTRA_ANGLES.map((deg) => boxAt(c, deg, widths[form]!, step)),
          ];
          const option = options.find((o) => free(c, o.box, clearOfTies));
          if (option) {
            chosen = { ...option, form };
            break search;
          }
        }
      }
    }
    // A forced label ignores collisions but still prefers a side that stays in the frame.
    if (!chosen && c.forced) chosen = { ...(SIDES.map((side) => boxFor(c, side)).find((o) => inFrame(o.box)) ?? boxFor(c, 'below')), form: 0 };
    if (!chosen) continue;
    placed.push(chosen.box);
    out.push({ id: c.id, ...chosen.label, form: chosen.form });
  }
  return out;
}

/** A drawn network in screen px: hubs with many ties, clusters, squares (countries), a few forced names. */
function randomNetwork(seed: number, n: number, width: number, height: number): { candidates: LabelCandidate[]; obstacles: Circle[] } {
  const rand = seededLcg(seed);
  const nodes = Array.from({ length: n }, (_, i) => {
    const r = 3 + rand() * 12 * (i < n / 10 ? 2 : 1);
    const near = i % 4 !== 0;
    return {
      id: `a${i}`,
      x: near ? width / 2 + (rand() - 0.5) * width * 0.5 : rand() * width,
      y: near ? height / 2 + (rand() - 0.5) * height * 0.5 : rand() * height,
      r,
      half: i % 7 === 0 ? r * 0.7 : undefined,
    };
  });
  const ties = new Map<string, Segment[]>(nodes.map((a) => [a.id, []]));
  for (let k = 0; k < n * 2; k++) {
    const a = nodes[Math.floor(rand() ** 2 * n)]!;
    const b = nodes[Math.floor(rand() * n)]!;
    if (a === b) continue;
    ties.get(a.id)!.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
    ties.get(b.id)!.push({ x1: b.x, y1: b.y, x2: a.x, y2: a.y });
  }
  const candidates = nodes.map((a, i) => {
    const width = 20 + rand() * 70;
    return { ...a, width, height: 16, forced: i % 60 === 5, shorter: [width * 0.7, width * 0.4], ties: ties.get(a.id)! };
  });
  return { candidates, obstacles: nodes.filter((_, i) => i % 9 !== 3) };
}

/** The plain scan takes seconds at a few hundred marks on a busy machine. */
const SLOW = 30_000;

describe('indexed network label placement against the brute-force scan', () => {
  const frame = { width: 700, height: 500 };

  // The brute-force scan is slow at a few hundred nodes (what the grid fixes): fewer rounds there.
  it.each([[1, 40, 8], [2, 150, 2], [3, 300, 1]])('chooses the same spots and forms (seed %i, %i nodes, %i rounds)', (seed, n, rounds) => {
    const { candidates, obstacles } = randomNetwork(seed, n, frame.width, frame.height);
    const got = placeLabels(candidates, obstacles, frame, { rounds, budget: Infinity, steps: STEP_OUT.length });
    expect(got).toEqual(referencePlaceLabels(candidates, obstacles, frame, { rounds }));
    // Crowded enough that some names are shortened and some hidden.
    expect(got.some((p) => p.form > 0)).toBe(true);
    expect(got.length).toBeLessThan(n);
  }, SLOW);

  it('without a frame, and by default for a small set, places as before', () => {
    const { candidates, obstacles } = randomNetwork(4, 60, frame.width, frame.height);
    expect(placeLabels(candidates, obstacles)).toEqual(referencePlaceLabels(candidates, obstacles));
    expect(placeLabels(candidates, obstacles, frame)).toEqual(referencePlaceLabels(candidates, obstacles, frame));
  }, SLOW);

  it('at scale tries, in one round and nearer in, only the names that could cover a third of the frame; forced ones always', () => {
    const small = { width: 360, height: 260 };
    const { candidates, obstacles } = randomNetwork(5, 300, small.width, small.height);
    const limits = placementLimits(candidates, small);
    expect(limits).toMatchObject({ rounds: 1, steps: 3 });
    expect(limits.budget).toBeLessThan(candidates.length - 5);
    let budget = limits.budget;
    const tried = candidates.filter((c) => c.forced || budget-- > 0);
    const got = placeLabels(candidates, obstacles, small);
    expect(got).toEqual(referencePlaceLabels(candidates, obstacles, small, { rounds: 1, tried, steps: STEP_OUT.slice(0, 3) }));
    for (const c of candidates.filter((c) => c.forced)) expect(got.map((p) => p.id)).toContain(c.id);
  }, SLOW);
});
