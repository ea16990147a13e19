import { describe, expect, it } from 'vitest';
import { whereText } from './problem-where';

describe('whereText', () => {
  it('leaves English as the pipeline words it', () => {
    expect(whereText('line 5 › quote', 'en')).toBe('line 5 › quote');
  });

  it('words the fixed parts in French, keeping ids and field names as written', () => {
    expect(whereText('(file)', 'fr')).toBe('(fichier)');
    expect(whereText('(top level)', 'fr')).toBe('(racine)');
    expect(whereText('line 4, column 17', 'fr')).toBe('ligne 4, colonne 17');
    expect(whereText('line 1 (header)', 'fr')).toBe('ligne 1 (en-tête)');
    expect(whereText('line 5', 'fr')).toBe('ligne 5');
    expect(whereText('line 6 › actors', 'fr')).toBe('ligne 6 › actors');
    expect(whereText('line 3 (place "line 9") › lat, lon', 'fr')).toBe('ligne 3 (lieu "line 9") › lat, lon');
    expect(whereText('line 2 (actor "Unions") › name', 'fr')).toBe('ligne 2 (acteur "Unions") › name');
    expect(whereText('events[3] (id "line 4") › date', 'fr')).toBe('events[3] (id "line 4") › date');
  });
});
