import { describe, expect, it } from 'vitest';
import { formatDate, formatEventDate, formatNumber, formatPrecision } from './format';

describe('format', () => {
  it('writes days and months in the UI language', () => {
    expect(formatDate('2024-11-09', 'en')).toBe('9 Nov 2024');
    expect(formatDate('2024-11-09', 'fr', 'long')).toBe('9 novembre 2024');
    expect(formatDate('2024-06', 'en')).toBe('June 2024');
    expect(formatDate('2024-06', 'fr')).toBe('juin 2024');
  });

  it('writes ranges compactly', () => {
    expect(formatEventDate({ date: '2024-12-05', endDate: '2024-12-06' }, 'en')).toMatch(/^5\s?–\s?6 Dec 2024$/);
    expect(formatEventDate({ date: '2024-10-30', endDate: '2024-10-31' }, 'fr')).toMatch(/^30\s?–\s?31 oct\. 2024$/);
  });

  it('names the precision', () => {
    expect(formatPrecision({ date: '2024-06' }, 'en')).toBe('month only');
    expect(formatPrecision({ date: '2024-06-19' }, 'fr')).toBe('jour exact');
  });
});

describe('formatNumber', () => {
  it('writes every number as the language does, the small whole ones without waiting for the locale data', () => {
    for (const lang of ['en', 'fr'] as const) {
      const intl = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR');
      for (const n of [0, 1, 7, 42, 999, 1000, 12345, 1_000_000, 2.5, -3]) expect(formatNumber(n, lang)).toBe(intl.format(n));
    }
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'fr')).toBe(new Intl.NumberFormat('fr-FR').format(12345));
  });
});
