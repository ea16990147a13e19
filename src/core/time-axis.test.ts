import { describe, expect, it } from 'vitest';
import { dayFromIso as d, isoFromDay } from './dates';
import { axisTicks, createTimeScale, splitDomain, type AxisInterval } from './time-axis';

const span = (a: string, b: string, coarse = false): AxisInterval => ({ start: d(a), end: d(b), coarse });
// Shaped like the bundled dataset: a month-only event in Feb 2022, one day in May 2024 and two month-only
// events in June, then a month-only October and most day-dated events in Nov-Dec 2024.
const events = [
  span('2022-02-01', '2022-02-28', true),
  span('2024-05-12', '2024-05-12'),
  span('2024-06-01', '2024-06-30', true),
  span('2024-10-01', '2024-10-31', true),
  span('2024-10-30', '2024-10-31'),
  span('2024-11-12', '2024-11-12'),
  span('2024-12-05', '2024-12-06'),
];
const domain = { start: d('2022-02-01'), end: d('2024-12-06') };
const show = (pieces: ReadonlyArray<{ kind: string; start: number; end: number }>) => pieces.map((p) => `${p.kind} ${isoFromDay(p.start)}..${isoFromDay(p.end - 1)}`);

describe('splitDomain', () => {
  it('keeps day-dated stretches to scale, month-only ones coarse, and makes long empty stretches gaps', () => {
    expect(show(splitDomain(events, domain, { minGapDays: 21, padDays: 2 }))).toEqual([
      'coarse 2022-02-01..2022-02-28',
      'gap 2022-03-01..2024-05-09',
      // 15-31 May is empty but too short for a break: it stays to scale.
      'segment 2024-05-10..2024-05-31',
      'coarse 2024-06-01..2024-06-30',
      'gap 2024-07-01..2024-09-30',
      // October holds a month-only event until the day-dated ones start (30 Oct, padded by 2 days).
      'coarse 2024-10-01..2024-10-27',
      'segment 2024-10-28..2024-12-06',
    ]);
  });

  it('breaks a shorter empty stretch when asked to', () => {
    expect(show(splitDomain(events, domain, { minGapDays: 14, padDays: 2 })).slice(2, 4)).toEqual([
      'segment 2024-05-10..2024-05-14',
      'gap 2024-05-15..2024-05-31',
    ]);
  });

  it('keeps a short coarse stretch to scale', () => {
    const pieces = splitDomain([span('2024-11-01', '2024-11-30', true), span('2024-11-10', '2024-11-30')], { start: d('2024-11-01'), end: d('2024-11-30') }, { padDays: 0, minCoarseDays: 14 });
    expect(show(pieces)).toEqual(['segment 2024-11-01..2024-11-30']);
  });
});

describe('createTimeScale', () => {
  const scale = createTimeScale(events, domain, 10, 1000, { gapPx: 40, coarseFactor: 1 / 3 });
  const widthPerDay = (kind: string) => scale.pieces.filter((p) => p.kind === kind).map((p) => (p.x1 - p.x0) / (p.end - p.start));

  it('squeezes each gap to a fixed width, draws segments to one scale and coarse stretches at a third of it', () => {
    const gaps = scale.pieces.filter((p) => p.kind === 'gap');
    expect(gaps).toHaveLength(2);
    for (const g of gaps) expect(g.x1 - g.x0).toBeCloseTo(40, 6);
    for (const w of widthPerDay('segment')) expect(w).toBeCloseTo(scale.pxPerDay, 6);
    for (const w of widthPerDay('coarse')) expect(w).toBeCloseTo(scale.pxPerDay / 3, 6);
    expect(scale.x(domain.start)).toBe(10);
    expect(scale.x(domain.end + 1)).toBeCloseTo(1010, 6);
    expect(scale.visibleDays).toBe(22 + 40);
  });

  it('inverts x back to the day, inside gaps and coarse stretches too', () => {
    for (const day of [d('2022-02-10'), d('2023-06-01'), d('2024-06-15'), d('2024-11-12'), d('2024-12-06')]) {
      expect(scale.invert(scale.x(day))).toBeCloseTo(day, 6);
    }
    expect(scale.invert(-50)).toBe(domain.start);
    expect(scale.invert(5000)).toBe(domain.end + 1);
  });

  it('finds the piece a day falls in', () => {
    expect(scale.gapAt(d('2023-01-01'))?.kind).toBe('gap');
    expect(scale.gapAt(d('2024-11-12'))).toBeUndefined();
    expect(scale.pieceAt(d('2024-06-10')).kind).toBe('coarse');
    expect(scale.pieceAt(d('2024-11-12')).kind).toBe('segment');
  });

  it('draws a short domain (up to 120 days) on a plain linear axis', () => {
    const short = createTimeScale([span('2024-11-01', '2024-11-01'), span('2024-12-31', '2024-12-31')], { start: d('2024-11-01'), end: d('2024-12-31') }, 0, 610);
    expect(short.pieces).toHaveLength(1);
    expect(short.pxPerDay).toBeCloseTo(10, 6);
  });

  it('leaves a gap to scale when squeezing it would not save room', () => {
    // ~300 empty days at ~4 px a day take 1200 px: worth a break. At 0.1 px a day they take 30 px: not.
    const events2 = [span('2023-01-01', '2023-02-28'), span('2024-01-01', '2024-01-31')];
    const domain2 = { start: d('2023-01-01'), end: d('2024-01-31') };
    const wide = createTimeScale(events2, domain2, 0, 400, { linearUpToDays: 0 });
    expect(wide.pieces.map((p) => p.kind)).toEqual(['segment', 'gap', 'segment']);
    const narrow = createTimeScale(events2, domain2, 0, 40, { linearUpToDays: 0 });
    expect(narrow.pieces.map((p) => p.kind)).toEqual(['segment']);
  });
});

describe('axisTicks', () => {
  it('picks, per piece, the finest unit whose labels keep their distance; breaks get none', () => {
    const scale = createTimeScale(events, domain, 0, 1000, { gapPx: 40 });
    const ticks = axisTicks(scale, 40);
    const inSegments = ticks.filter((t) => scale.pieceAt(t.day).kind === 'segment');
    const inCoarse = ticks.filter((t) => scale.pieceAt(t.day).kind === 'coarse');
    // Segments get ~14 px a day: weekly ticks on Mondays. Coarse stretches a third of that: months.
    expect(new Set(inSegments.map((t) => t.unit))).toEqual(new Set(['week']));
    expect(inSegments.every((t) => new Date(t.day * 86_400_000).getUTCDay() === 1)).toBe(true);
    expect(new Set(inCoarse.map((t) => t.unit))).toEqual(new Set(['month']));
    expect(inCoarse.map((t) => isoFromDay(t.day))).toEqual(['2022-02-01', '2024-06-01', '2024-10-01']);
    expect(ticks.filter((t) => t.first)).toHaveLength(5);
    expect(ticks.some((t) => scale.gapAt(t.day))).toBe(false);
  });

  it('falls back to quarters and years when days are thin', () => {
    const long = createTimeScale([span('2020-01-01', '2024-12-31')], { start: d('2020-01-01'), end: d('2024-12-31') }, 0, 900);
    const ticks = axisTicks(long, 40);
    expect(ticks[0]!.unit).toBe('quarter');
    expect(isoFromDay(ticks[0]!.day)).toBe('2020-01-01');
    expect(axisTicks(long, 80)[0]!.unit).toBe('year');
  });
});
