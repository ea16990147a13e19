import { describe, expect, it } from 'vitest';
import { familiesPresent, kindFamily, kindLabel } from './kinds';

describe('kinds are open', () => {
  it('documented kinds keep their family and label', () => {
    expect(kindFamily('meeting')).toBe('diplomacy');
    expect(kindLabel('entry-into-force', 'fr')).toBe('entrée en vigueur');
  });
  it('any other slug is "other" and shown as written; inherited names are not kinds', () => {
    expect(kindFamily('protests')).toBe('other');
    expect(kindFamily('constructor')).toBe('other');
    expect(kindFamily('__proto__')).toBe('other');
    expect(kindLabel('protests', 'fr')).toBe('protests');
    expect(kindLabel(undefined, 'en')).toBe('other');
    expect(kindLabel('other', 'fr')).toBe('autre');
  });
  it('the legend lists the families that occur, "other" only when an undocumented kind does', () => {
    expect(familiesPresent(['meeting', 'call', 'signature', 'report', 'deployment'])).toEqual(['diplomacy', 'legal', 'words', 'military']);
    expect(familiesPresent(['meeting', 'riots'])).toEqual(['diplomacy', 'other']);
    expect(familiesPresent(['riots', 'protests'])).toEqual(['other']);
  });
});
