import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../data/schema';
import { isoFromDay } from './dates';
import { KIND_FAMILIES, kindFamily } from './kinds';
import { buildHistogram, type BinUnit, type Histogram } from './time-bins';
import { buildStackColumns, SPAN_STACK_LIMIT, stackHistogram, type StackedHistogram } from './time-stacks';

type Ev = { id: string; date: string; endDate?: string; kind?: string };

/** Both layouts as comparable data: the stacks cut back into one-event blocks, and every bin with its ids. */
function unitBlocks(h: StackedHistogram<Ev>) {
  return h.stacks.flatMap((s) =>
    Array.from({ length: s.count }, (_, k) => `${s.shape} ${KIND_FAMILIES[s.group]} ${s.start}-${s.end} @${s.y0 + k}`),
  ).sort();
}
const referenceBlocks = (h: Histogram<Ev>) => h.blocks.map((b) => `${b.shape} ${b.group} ${b.start}-${b.end} @${b.y0}`).sort();
const binsOf = (list: Histogram<Ev>['bins']) => list.map((b) => ({ start: b.start, end: b.end, count: b.count, items: b.items.map((e) => e.id), monthItems: b.monthItems.map((e) => e.id) }));

function compare(events: Ev[], unit: BinUnit) {
  const byDate = events.map((e, i) => ({ e, i, ...buildStackColumnsOne(e) })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  const cols = buildStackColumns(events);
  const reference = buildHistogram(
    byDate.map(({ e, start, end }) => ({ item: e, start, end, monthOnly: /^\d{4}-\d{2}$/.test(e.date) || /^\d{4}-\d{2}$/.test(e.endDate ?? ''), group: kindFamily(e.kind) })),
    unit,
    KIND_FAMILIES,
  );
  const stacked = stackHistogram(cols, Int32Array.from(byDate, (r) => r.i), unit, KIND_FAMILIES.length, (i) => events[i]!);
  const spans = reference.blocks.filter((b) => b.shape === 'span').length;
  if (spans <= SPAN_STACK_LIMIT) {
    expect(unitBlocks(stacked)).toEqual(referenceBlocks(reference));
    expect(stacked.maxStack).toBe(reference.maxStack);
  } else {
    // Many ranges: each is counted in the bars of the bins it covers, so a bin's bars are as tall as its count.
    expect(stacked.stacks.some((st) => st.shape === 'span')).toBe(false);
    const barTops = new Map<number, number>();
    for (const st of stacked.stacks) if (st.shape === 'bar') barTops.set(st.start, Math.max(barTops.get(st.start) ?? 0, st.y1));
    expect(reference.bins.map((b) => barTops.get(b.start) ?? 0)).toEqual(reference.bins.map((b) => b.count));
    const bands = reference.blocks.filter((b) => b.shape === 'band').map((b) => b.y0 + 1);
    expect(stacked.maxStack).toBe(Math.max(0, ...reference.bins.map((b) => b.count), ...bands));
  }
  expect(binsOf(stacked.bins)).toEqual(binsOf(reference.bins));
  expect(binsOf(stacked.months)).toEqual(binsOf(reference.months));
  // Each bin's own events by index (what the view names on its hit area), filed in one pass: the reference's lists.
  expect(stacked.bins.map((b) => b.indexes.map((i) => events[i]!.id))).toEqual(reference.bins.map((b) => b.items.map((e) => e.id)));
  expect(stacked.months.map((m) => m.indexes.map((i) => events[i]!.id))).toEqual(reference.months.map((m) => m.monthItems.map((e) => e.id)));
  return { stacked, reference };
}

function buildStackColumnsOne(e: Ev) {
  const c = buildStackColumns([e]);
  return { start: c.start[0]!, end: c.end[0]! };
}

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomEvents(seed: number, n: number): Ev[] {
  const r = random(seed);
  const kinds = ['meeting', 'statement', 'strike', 'ruling', 'other-thing', 'sanction'];
  const base = 19_000;
  return Array.from({ length: n }, (_, k) => {
    const day = base + Math.floor(r() * 400);
    const iso = isoFromDay(day);
    const roll = r();
    const e: Ev = { id: `e${k}`, date: iso, kind: kinds[Math.floor(r() * kinds.length)]! };
    if (roll < 0.15) e.date = iso.slice(0, 7);
    else if (roll < 0.2) {
      e.date = iso.slice(0, 7);
      e.endDate = isoFromDay(day + 20 + Math.floor(r() * 60)).slice(0, 7);
    } else if (roll < 0.35) e.endDate = isoFromDay(day + 1 + Math.floor(r() * 30));
    return e;
  });
}

describe('stackHistogram', () => {
  const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Dataset;

  it.each(['day', 'week', 'month'] as const)('matches the per-event layout on the bundled dataset (%s bins)', (unit) => {
    const { stacked, reference } = compare(dataset.events, unit);
    expect(stacked.stacks.length).toBeLessThanOrEqual(reference.blocks.length);
  });

  it.each([1, 2, 3, 4, 5])('matches the per-event layout on random events (seed %i)', (seed) => {
    for (const unit of ['day', 'week', 'month'] as const) compare(randomEvents(seed, 300), unit);
  });

  it('draws a bin with three events of one family as one stack three events high', () => {
    const events: Ev[] = [1, 2, 3].map((k) => ({ id: `m${k}`, date: '2024-05-12', kind: 'meeting' }));
    const { stacked } = compare(events, 'day');
    expect(stacked.stacks).toEqual([{ group: KIND_FAMILIES.indexOf(kindFamily('meeting')), start: stacked.bins[0]!.start, end: stacked.bins[0]!.start + 1, y0: 0, y1: 3, count: 3, shape: 'bar' }]);
  });

  it('merges thousands of events into a few stacks', () => {
    const events = randomEvents(7, 5000);
    const { stacked, reference } = compare(events, 'week');
    expect(stacked.stacks.length).toBeLessThan(events.length / 4);
    // Ranges stacked one above another would have set the scale far above any bin's count.
    expect(reference.blocks.filter((b) => b.shape === 'span').length).toBeGreaterThan(SPAN_STACK_LIMIT);
    expect(reference.maxStack).toBeGreaterThan(Math.max(...reference.bins.map((b) => b.count)));
  });
});
