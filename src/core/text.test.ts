import { describe, expect, it } from 'vitest';
import { locText, textValues } from './text';

describe('locText: the UI language, else English, else the first given', () => {
  it('reads a plain string as it is', () => {
    expect(locText('Kursk', 'fr')).toBe('Kursk');
  });
  it('prefers the UI language, then English, then the first language', () => {
    expect(locText({ en: 'Moscow', fr: 'Moscou' }, 'fr')).toBe('Moscou');
    expect(locText({ en: 'Moscow', de: 'Moskau' }, 'fr')).toBe('Moscow');
    expect(locText({ de: 'Moskau', it: 'Mosca' }, 'fr')).toBe('Moskau');
  });
  it('skips empty wordings and never reads inherited keys', () => {
    expect(locText({ fr: '', en: 'Moscow' }, 'fr')).toBe('Moscow');
    expect(locText(JSON.parse('{"__proto__": "x", "de": "Moskau"}'), 'constructor')).toBe('x');
    expect(locText({ de: 'Moskau' }, 'constructor')).toBe('Moskau');
    expect(locText(undefined, 'en')).toBe('');
  });
  it('lists every wording for search', () => {
    expect(textValues({ en: 'Moscow', fr: 'Moscou' })).toEqual(['Moscow', 'Moscou']);
    expect(textValues('Kursk')).toEqual(['Kursk']);
  });
});
