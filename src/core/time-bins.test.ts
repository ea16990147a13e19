import { describe, expect, it } from 'vitest';
import { dayFromIso as d, isoFromDay } from './dates';
import { binEnd, binNearDay, binStart, buildHistogram, chooseBinUnit, type HistogramItem } from './time-bins';

const iso = (day: number) => isoFromDay(day);

describe('chooseBinUnit', () => {
  it('bins per day up to about four months, whatever the width', () => {
    expect(chooseBinUnit(30, 300)).toBe('day');
    expect(chooseBinUnit(120, 300)).toBe('day');
  });

  it('keeps day bins on a longer span while each day still gets 3.5 px', () => {
    expect(chooseBinUnit(150, 1100)).toBe('day');
    expect(chooseBinUnit(150, 530)).toBe('day');
    expect(chooseBinUnit(150, 510)).toBe('week');
  });

  it('bins per week on a long span, per month on a very long one', () => {
    expect(chooseBinUnit(400, 1100)).toBe('week');
    expect(chooseBinUnit(3650, 900)).toBe('month');
  });
});

describe('bin boundaries', () => {
  it('a day bin is the day itself', () => {
    expect(binStart(d('2024-11-12'), 'day')).toBe(d('2024-11-12'));
    expect(binEnd(d('2024-11-12'), 'day')).toBe(d('2024-11-13'));
  });

  it('week bins start on Monday (ISO weeks)', () => {
    // 12 Nov 2024 is a Tuesday; 17 Nov a Sunday; 18 Nov a Monday.
    expect(iso(binStart(d('2024-11-12'), 'week'))).toBe('2024-11-11');
    expect(iso(binStart(d('2024-11-17'), 'week'))).toBe('2024-11-11');
    expect(iso(binStart(d('2024-11-18'), 'week'))).toBe('2024-11-18');
    expect(iso(binEnd(d('2024-11-11'), 'week'))).toBe('2024-11-18');
  });

  it('month bins run from the 1st to the 1st of the next month, across a year end', () => {
    expect(iso(binStart(d('2024-12-31'), 'month'))).toBe('2024-12-01');
    expect(iso(binEnd(d('2024-12-01'), 'month'))).toBe('2025-01-01');
  });
});

const item = (id: string, start: string, end: string, group: string, monthOnly = false): HistogramItem<string> => ({
  item: id, start: d(start), end: d(end), group, monthOnly,
});

describe('buildHistogram', () => {
  const items = [
    item('a', '2024-11-12', '2024-11-12', 'words'),
    item('b', '2024-11-12', '2024-11-12', 'diplomacy'),
    item('c', '2024-11-13', '2024-11-13', 'legal'),
    item('r', '2024-11-12', '2024-11-13', 'military'),
    item('m', '2024-11-01', '2024-11-30', 'words', true),
  ];
  const h = buildHistogram(items, 'day', ['diplomacy', 'legal', 'words', 'military']);

  it('stacks the events of a day by family order', () => {
    const bars = h.blocks.filter((b) => b.shape === 'bar');
    expect(bars.map((b) => [b.item, iso(b.start), b.y0])).toEqual([
      ['b', '2024-11-12', 0],
      ['c', '2024-11-13', 0],
      ['a', '2024-11-12', 1],
    ]);
  });

  it('draws a range as one span on top of the tallest stack it covers', () => {
    const span = h.blocks.find((b) => b.item === 'r')!;
    expect(span).toMatchObject({ shape: 'span', start: d('2024-11-12'), end: d('2024-11-14'), y0: 2, y1: 3 });
  });

  it('draws a month-only event as a band across its whole month, not as a bar', () => {
    const band = h.blocks.find((b) => b.item === 'm')!;
    expect(band).toMatchObject({ shape: 'band', start: d('2024-11-01'), end: d('2024-12-01'), y0: 0 });
    expect(h.bins.every((b) => !b.items.includes('m'))).toBe(true);
  });

  it('summarises each bin: its day-dated events and the month-only events around it', () => {
    expect(h.bins.map((b) => [iso(b.start), b.items, b.monthItems])).toEqual([
      ['2024-11-12', ['a', 'b', 'r'], ['m']],
      ['2024-11-13', ['c', 'r'], ['m']],
    ]);
    expect(h.months.map((m) => [iso(m.start), m.monthItems])).toEqual([['2024-11-01', ['m']]]);
    expect(h.maxStack).toBe(3);
  });

  it('puts a range inside one week into that week\'s bar', () => {
    const w = buildHistogram([item('r', '2024-11-12', '2024-11-13', 'military')], 'week', []);
    expect(w.blocks).toEqual([{ item: 'r', group: 'military', start: d('2024-11-11'), end: d('2024-11-18'), y0: 0, y1: 1, shape: 'bar' }]);
  });

  it('stacks two month-only events of the same month', () => {
    const m = buildHistogram([item('x', '2024-06-01', '2024-06-30', 'a', true), item('y', '2024-06-01', '2024-06-30', 'b', true)], 'day', ['a', 'b']);
    expect(m.blocks.map((b) => [b.item, b.y0])).toEqual([['x', 0], ['y', 1]]);
    expect(m.maxStack).toBe(2);
    expect(m.bins).toEqual([]);
  });
});

describe('binNearDay', () => {
  const hist = buildHistogram(
    [
      { item: 'may', start: d('2024-05-12'), end: d('2024-05-12'), monthOnly: false, group: 'a' },
      { item: 'june', start: d('2024-06-01'), end: d('2024-06-30'), monthOnly: true, group: 'a' },
      { item: 'nov', start: d('2024-11-01'), end: d('2024-11-30'), monthOnly: true, group: 'a' },
      { item: 'nov12', start: d('2024-11-12'), end: d('2024-11-12'), monthOnly: false, group: 'a' },
    ],
    'day',
    ['a'],
  );

  it('finds the dated bin holding the day, before the month band under it', () => {
    const found = binNearDay(hist, d('2024-11-12'));
    expect(found?.kind).toBe('bin');
    expect(found?.exact).toBe(true);
    expect(found?.bin.items).toEqual(['nov12']);
  });

  it('finds the month of month-only events when no dated bin holds the day', () => {
    const found = binNearDay(hist, d('2024-06-20'));
    expect(found).toMatchObject({ kind: 'month', exact: true });
    expect(iso(found!.bin.start)).toBe('2024-06-01');
    expect(found!.bin.monthItems).toEqual(['june']);
    expect(binNearDay(hist, d('2024-11-20'))).toMatchObject({ kind: 'month', exact: true });
  });

  it('falls back to the nearest bin by days, and says it is not exact', () => {
    const found = binNearDay(hist, d('2023-06-01'));
    expect(found).toMatchObject({ kind: 'bin', exact: false });
    expect(iso(found!.bin.start)).toBe('2024-05-12');
    // 20 May: 8 days after the May bin, 12 before June's band.
    expect(iso(binNearDay(hist, d('2024-05-20'))!.bin.start)).toBe('2024-05-12');
    expect(binNearDay(hist, d('2024-05-28'))).toMatchObject({ kind: 'month', exact: false });
  });

  it('finds nothing in an empty histogram', () => {
    expect(binNearDay(buildHistogram([], 'day', ['a']), d('2024-01-01'))).toBeNull();
  });
});
