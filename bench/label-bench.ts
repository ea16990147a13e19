import { performance } from 'node:perf_hooks';
import { placeLabels as placeNetworkLabels, type LabelCandidate, type Segment } from '../src/core/label-placement';
import { placeLabels as placeMapLabels, type LabelInput } from '../src/core/marker-layout';
import { seededLcg } from '../src/core/network-layout';
import { percentile } from './stats';

/**
 * The two label placers alone, at the sizes of a synthetic dossier: 320 places over a world map and the
 * network's 300 drawn actors with their ties, in the frames of a 1280×800 page. `npx tsx bench/label-bench.ts`
 * runs it on its own; `npm run bench` adds it to its report.
 */
export function benchLabels(rounds = 30) {
  const rand = seededLcg(11);
  const map = { x: 2, y: 2, w: 756, h: 516 };
  const places: LabelInput[] = Array.from({ length: 320 }, (_, i) => ({
    id: `p${i}`, x: rand() * 760, y: rand() * 520, r: 4 + 13 * rand() ** 3, w: 30 + rand() * 60, h: 16, keep: i === 0,
  })).sort((a, b) => b.r - a.r);
  const frame = { width: 640, height: 480 };
  const actors = Array.from({ length: 300 }, (_, i) => ({ id: `a${i}`, x: 320 + (rand() - 0.5) * 600, y: 240 + (rand() - 0.5) * 440, r: 3 + 14 * rand() ** 3 }))
    .sort((a, b) => b.r - a.r);
  const ties = new Map<string, Segment[]>(actors.map((a) => [a.id, []]));
  for (let k = 0; k < 2000; k++) {
    const a = actors[Math.floor(rand() ** 3 * actors.length)]!;
    const b = actors[Math.floor(rand() * actors.length)]!;
    if (a === b) continue;
    ties.get(a.id)!.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
    ties.get(b.id)!.push({ x1: b.x, y1: b.y, x2: a.x, y2: a.y });
  }
  const candidates: LabelCandidate[] = actors.map((a, i) => {
    const width = 30 + rand() * 60;
    return { ...a, width, height: 16, forced: i === 3, shorter: [0.75, 0.6, 0.45, 0.33].map((k) => width * k), ties: ties.get(a.id)! };
  });

  const time = (run: () => number) => {
    const times: number[] = [];
    let named = 0;
    for (let i = 0; i < rounds; i++) {
      const t = performance.now();
      named = run();
      times.push(performance.now() - t);
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), named };
  };
  return {
    mapPlaces320: time(() => [...placeMapLabels(places, map).values()].filter(Boolean).length),
    networkActors300: time(() => placeNetworkLabels(candidates, actors, frame).length),
  };
}

if (process.argv[1]?.endsWith('label-bench.ts')) console.log(JSON.stringify(benchLabels(), null, 2));
