import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTies, countEventsByActor } from './graph';
import { CORE_LIMIT, computeNetworkLayout, defaultTicks, seededLcg, type LayoutLink, type LayoutNode } from './network-layout';

interface MiniDataset {
  actors: { id: string }[];
  events: { actorIds: string[] }[];
}

const dataset = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as MiniDataset;
const counts = countEventsByActor(dataset.events);
const nodes: LayoutNode[] = dataset.actors.map((a) => ({ id: a.id, radius: 4 + 2 * Math.sqrt(counts.get(a.id) ?? 0) }));
const links: LayoutLink[] = buildTies(dataset.events);
const viewport = { width: 620, height: 560, padding: { top: 10, right: 40, bottom: 50, left: 10 } };

/** A ring of rings: 200 nodes in 20 cliques, plus a few loners, to check a larger graph. */
function synthetic(n: number): { nodes: LayoutNode[]; links: LayoutLink[] } {
  const ns: LayoutNode[] = Array.from({ length: n }, (_, i) => ({ id: `n${String(i).padStart(3, '0')}`, radius: 3 + (i % 7) }));
  const ls: LayoutLink[] = [];
  for (let i = 0; i < n - 5; i++) ls.push({ source: ns[i]!.id, target: ns[(i + 1) % (n - 5)]!.id, weight: 1 + (i % 3) });
  return { nodes: ns, links: ls };
}

describe('seededLcg', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededLcg(7);
    const b = seededLcg(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
    expect(seededLcg(8)()).not.toBe(xs[0]);
  });
});

describe('computeNetworkLayout', () => {
  it('gives identical positions for the same data and viewport, whatever the input order', () => {
    const first = computeNetworkLayout(nodes, links, viewport);
    const again = computeNetworkLayout(nodes, links, viewport);
    const shuffled = computeNetworkLayout([...nodes].reverse(), [...links].reverse(), viewport);
    expect([...again]).toEqual([...first]);
    expect(Object.fromEntries(shuffled)).toEqual(Object.fromEntries(first));
    expect(first.size).toBe(dataset.actors.length);
  });

  it('does not mutate its inputs (the simulation works on copies)', () => {
    const frozenNodes = nodes.map((n) => Object.freeze({ ...n }));
    const frozenLinks = links.map((l) => Object.freeze({ ...l }));
    expect(() => computeNetworkLayout(frozenNodes, frozenLinks, viewport)).not.toThrow();
    expect(frozenLinks[0]!.source).toBeTypeOf('string');
  });

  it('keeps every node, with its radius, inside the padded viewport and never yields NaN', () => {
    for (const [w, h] of [[620, 560], [320, 330], [1200, 300], [200, 900]] as const) {
      const pad = { top: 10, right: 40, bottom: 50, left: 10 };
      const positions = computeNetworkLayout(nodes, links, { width: w, height: h, padding: pad });
      for (const n of nodes) {
        const p = positions.get(n.id)!;
        expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
        expect(p.x - n.radius).toBeGreaterThanOrEqual(pad.left - 0.1);
        expect(p.x + n.radius).toBeLessThanOrEqual(w - pad.right + 0.1);
        expect(p.y - n.radius).toBeGreaterThanOrEqual(pad.top - 0.1);
        expect(p.y + n.radius).toBeLessThanOrEqual(h - pad.bottom + 0.1);
      }
    }
  });

  it('rounds positions to 0.1 px, the precision the view exposes', () => {
    for (const p of computeNetworkLayout(nodes, links, viewport).values()) {
      expect(Math.round(p.x * 10) / 10).toBe(p.x);
      expect(Math.round(p.y * 10) / 10).toBe(p.y);
    }
  });

  it('draws tied actors closer than untied ones, and rarely lets nodes overlap', () => {
    const positions = computeNetworkLayout(nodes, links, viewport);
    const dist = (a: string, b: string) => Math.hypot(positions.get(a)!.x - positions.get(b)!.x, positions.get(a)!.y - positions.get(b)!.y);
    const tied = links.map((l) => dist(l.source, l.target));
    const all: number[] = [];
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) all.push(dist(nodes[i]!.id, nodes[j]!.id));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(tied)).toBeLessThan(mean(all) * 0.75);
    let overlapping = 0;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        if (dist(nodes[i]!.id, nodes[j]!.id) < nodes[i]!.radius + nodes[j]!.radius) overlapping++;
      }
    }
    expect(overlapping).toBe(0);
  });

  it('changes with the viewport (it fills the space it is given)', () => {
    const wide = computeNetworkLayout(nodes, links, { width: 1200, height: 400 });
    const xs = [...wide.values()].map((p) => p.x);
    const ys = [...wide.values()].map((p) => p.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan((Math.max(...ys) - Math.min(...ys)) * 1.5);
  });

  it('handles the empty graph, one node, and a larger graph with loners', () => {
    expect(computeNetworkLayout([], [], viewport).size).toBe(0);
    expect(computeNetworkLayout([{ id: 'a', radius: 5 }], [], { width: 100, height: 60 }).get('a')).toEqual({ x: 50, y: 30 });
    const big = synthetic(300);
    const positions = computeNetworkLayout(big.nodes, big.links, { width: 900, height: 700 });
    expect(positions.size).toBe(300);
    expect([...positions.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(computeNetworkLayout(big.nodes, big.links, { width: 900, height: 700 })).toEqual(positions);
  });

  it('runs d3’s usual 300 ticks on small graphs and fewer on very large ones', () => {
    expect(defaultTicks(41)).toBe(300);
    expect(defaultTicks(400)).toBe(300);
    expect(defaultTicks(1600)).toBe(150);
    expect(defaultTicks(100_000)).toBe(80);
  });

  it('beyond CORE_LIMIT nodes, simulates the largest and puts the rest near what they are tied to, inside the box', () => {
    // 40 hubs in a ring, 360 smaller nodes in the core, and 600 leaves each tied to one hub only.
    const ns: LayoutNode[] = [];
    const ls: LayoutLink[] = [];
    for (let h = 0; h < 40; h++) ns.push({ id: `h${h}`, radius: 20 });
    for (let h = 0; h < 40; h++) ls.push({ source: `h${h}`, target: `h${(h + 1) % 40}`, weight: 2 });
    for (let i = 0; i < CORE_LIMIT - 40; i++) ns.push({ id: `m${i}`, radius: 8 });
    for (let i = 0; i < CORE_LIMIT - 40; i++) ls.push({ source: `m${i}`, target: `h${i % 40}`, weight: 1 });
    for (let i = 0; i < 600; i++) {
      ns.push({ id: `z${i}`, radius: 3 });
      ls.push({ source: `z${i}`, target: `h${i % 40}`, weight: 1 });
    }
    const box = { width: 900, height: 700, padding: { top: 10, right: 10, bottom: 10, left: 10 } };
    const positions = computeNetworkLayout(ns, ls, box);
    expect(positions.size).toBe(ns.length);
    for (const n of ns) {
      const p = positions.get(n.id)!;
      expect(p.x - n.radius).toBeGreaterThanOrEqual(10 - 0.05);
      expect(p.x + n.radius).toBeLessThanOrEqual(890 + 0.05);
      expect(p.y - n.radius).toBeGreaterThanOrEqual(10 - 0.05);
      expect(p.y + n.radius).toBeLessThanOrEqual(690 + 0.05);
    }
    expect(computeNetworkLayout([...ns].reverse(), ls, box)).toEqual(positions);
    // A leaf lies nearer its own hub than the typical distance between two hubs.
    const d = (a: string, b: string) => Math.hypot(positions.get(a)!.x - positions.get(b)!.x, positions.get(a)!.y - positions.get(b)!.y);
    const leaf = Array.from({ length: 600 }, (_, i) => d(`z${i}`, `h${i % 40}`)).sort((a, b) => a - b)[300]!;
    const hubs = Array.from({ length: 40 }, (_, h) => d(`h${h}`, `h${(h + 20) % 40}`)).sort((a, b) => a - b)[20]!;
    expect(leaf).toBeLessThan(hubs / 3);
  });

  it('draws a large, crowded graph into an oval: no rows of nodes along the edges, each follower beside its strongest tie', () => {
    // 1,200 actors with skewed activity (a few hubs in most events), tied at random by a seeded generator.
    const rand = seededLcg(7);
    const ns: LayoutNode[] = Array.from({ length: 1200 }, (_, i) => ({ id: `a${String(i).padStart(4, '0')}`, radius: Math.max(3.5, 22 / Math.sqrt(1 + i / 8)) }));
    const weights = new Map<string, number>();
    for (let e = 0; e < 6000; e++) {
      const pick = () => ns[Math.floor(ns.length * rand() ** 2.5)]!.id;
      const [a, b] = [pick(), pick()].sort();
      if (a !== b) weights.set(`${a}|${b}`, (weights.get(`${a}|${b}`) ?? 0) + 1);
    }
    const ls: LayoutLink[] = [...weights].map(([k, weight]) => ({ source: k.split('|')[0]!, target: k.split('|')[1]!, weight }));
    const box = { width: 460, height: 380, padding: { top: 14, right: 14, bottom: 14, left: 14 } };
    const positions = computeNetworkLayout(ns, ls, box);
    expect(positions.size).toBe(ns.length);
    const touching = ns.filter((n) => {
      const p = positions.get(n.id)!;
      return p.x - n.radius < 15 || p.x + n.radius > 445 || p.y - n.radius < 15 || p.y + n.radius > 365;
    });
    // Before, the simulated crowd pressed against the walls and the rest was clamped to them: hundreds in rows.
    expect(touching.length).toBeLessThan(ns.length / 100);
    for (const n of ns) {
      const p = positions.get(n.id)!;
      expect(p.x - n.radius).toBeGreaterThanOrEqual(14 - 0.05);
      expect(p.y + n.radius).toBeLessThanOrEqual(366 + 0.05);
    }
    expect(computeNetworkLayout([...ns].reverse(), [...ls].reverse(), box)).toEqual(positions);
    // A node left out of the simulation sits beside the simulated node it shares most events with.
    const simulated = new Set(ns.slice(0, CORE_LIMIT).map((n) => n.id));
    const strongest = new Map<string, { other: string; weight: number }>();
    for (const l of ls) {
      for (const [mine, other] of [[l.source, l.target], [l.target, l.source]] as const) {
        if (simulated.has(mine) || !simulated.has(other)) continue;
        const best = strongest.get(mine);
        if (!best || l.weight > best.weight || (l.weight === best.weight && other < best.other)) strongest.set(mine, { other, weight: l.weight });
      }
    }
    const d = (a: string, b: string) => Math.hypot(positions.get(a)!.x - positions.get(b)!.x, positions.get(a)!.y - positions.get(b)!.y);
    const beside = [...strongest].map(([id, s]) => d(id, s.other)).sort((a, b) => a - b);
    const anyPair = ns.slice(CORE_LIMIT).map((n, i) => d(n.id, ns[i]!.id)).sort((a, b) => a - b);
    expect(beside.length).toBeGreaterThan(500);
    expect(beside[Math.floor(beside.length / 2)]!).toBeLessThan(anyPair[Math.floor(anyPair.length / 2)]! / 3);
  });

  it('beyond coreLimit, simulates the nodes of most weight (events), not the first ids among equal radii', () => {
    // Equal radii (the floor, as most actors at scale): only the weights say which two matter. The one left
    // out, tied to neither, goes to the middle of the two simulated, which push each other apart.
    const ns: LayoutNode[] = [
      { id: 'a', radius: 4.5, weight: 1 },
      { id: 'b', radius: 4.5, weight: 5 },
      { id: 'c', radius: 4.5, weight: 9 },
    ];
    const p = computeNetworkLayout(ns, [], { width: 400, height: 300, coreLimit: 2 });
    const mid = { x: (p.get('b')!.x + p.get('c')!.x) / 2, y: (p.get('b')!.y + p.get('c')!.y) / 2 };
    const apart = Math.hypot(p.get('b')!.x - p.get('c')!.x, p.get('b')!.y - p.get('c')!.y);
    expect(Math.hypot(p.get('a')!.x - mid.x, p.get('a')!.y - mid.y)).toBeLessThan(apart / 4);
  });

  it('ignores links to unknown nodes and self-links instead of throwing', () => {
    const positions = computeNetworkLayout(
      [{ id: 'a', radius: 4 }, { id: 'b', radius: 4 }],
      [{ source: 'a', target: 'zz', weight: 1 }, { source: 'a', target: 'a', weight: 2 }, { source: 'a', target: 'b', weight: 1 }],
      { width: 200, height: 200 },
    );
    expect(positions.size).toBe(2);
  });
});
