import { describe, expect, it } from 'vitest';
import { datePrecision, dayFromIso, eventInterval, isoFromDay, lastDayOf, overlaps } from './dates';

describe('dates', () => {
  it('round-trips ISO days through day numbers', () => {
    for (const iso of ['1970-01-01', '2022-02-24', '2024-02-29', '2024-12-31']) expect(isoFromDay(dayFromIso(iso))).toBe(iso);
    expect(dayFromIso('1970-01-02')).toBe(1);
  });

  it('reads every day and month of four-digit years as the calendar does (years before 100 included)', () => {
    const utc = (y: number, m: number, d: number) => {
      const date = new Date(0);
      date.setUTCFullYear(y, m, d); // Date.UTC would read years 0–99 as 1900–1999
      return Math.round(date.getTime() / 86_400_000);
    };
    for (const y of [1, 99, 100, 1600, 1900, 1969, 1970, 2000, 2024, 2100, 9999]) {
      for (let m = 1; m <= 12; m++) {
        const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
        expect(dayFromIso(`${month}-01`)).toBe(utc(y, m - 1, 1));
        expect(dayFromIso(`${month}-28`)).toBe(utc(y, m - 1, 28));
        expect(dayFromIso(month)).toBe(utc(y, m - 1, 1));
        expect(lastDayOf(month)).toBe(utc(y, m, 0));
      }
    }
  });

  it('a month-only date covers its whole month, leap years included', () => {
    expect(isoFromDay(lastDayOf('2024-02'))).toBe('2024-02-29');
    expect(isoFromDay(lastDayOf('2022-02'))).toBe('2022-02-28');
    const june = eventInterval({ date: '2024-06' });
    expect([isoFromDay(june.start), isoFromDay(june.end)]).toEqual(['2024-06-01', '2024-06-30']);
  });

  it('an interval runs from date to endDate', () => {
    const i = eventInterval({ date: '2024-12-05', endDate: '2024-12-06' });
    expect(i.end - i.start).toBe(1);
    expect(overlaps(i, { start: dayFromIso('2024-12-06'), end: dayFromIso('2024-12-31') })).toBe(true);
    expect(overlaps(i, { start: dayFromIso('2024-12-07'), end: dayFromIso('2024-12-31') })).toBe(false);
  });

  it('tells the precision of a date', () => {
    expect(datePrecision({ date: '2024-06' })).toBe('month');
    expect(datePrecision({ date: '2024-11-10', endDate: '2024-11-11' })).toBe('range');
    expect(datePrecision({ date: '2024-11-10' })).toBe('day');
  });
});
