import { describe, expect, it } from 'vitest';
import { buildActorIndex, editDistance, proposeActors } from './actors';

const index = buildActorIndex([
  { id: 'sergei-shoigu', names: ['Sergei Shoigu', 'Sergueï Choïgou', 'Choïgou', 'Shoigu'], type: 'person' },
  { id: 'valery-gerasimov', names: ['Valery Gerasimov', 'Valeri Gerassimov', 'Gerassimov'], type: 'person' },
  { id: 'united-states', names: ['United States', 'États-Unis', 'US'], type: 'country' },
  { id: 'chinese-foreign-ministry', names: ['Chinese Ministry of Foreign Affairs', 'diplomatie chinoise'], type: 'organization' },
  { id: 'wang-yi', names: ['Wang Yi'], roles: ['ministre chinois des Affaires étrangères'], type: 'person' },
]);
const ids = (s: string) => proposeActors(s, index).map((a) => a.id ?? `new:${a.name}`);

describe('proposeActors', () => {
  it('finds known actors by alias with accents folded, and role phrases', () => {
    expect(ids('Le chef de la diplomatie chinoise a reçu Sergueï Choigou.').sort()).toEqual(['chinese-foreign-ministry', 'sergei-shoigu']);
    expect(ids('Il a parlé au ministre chinois des Affaires étrangères.')).toContain('wang-yi');
  });

  it('allows a near miss on a long name', () => {
    expect(ids('Le chef d’état-major, Valeri Guerassimov, a appelé.')).toEqual(['valery-gerasimov']);
  });

  it('matches acronyms only in capitals', () => {
    expect(ids('The US said it would help us.')).toEqual(['united-states']);
    expect(ids('Let us go.')).toEqual([]);
  });

  it('proposes unknown capitalised runs as new actors, with hyphens, particles and initials', () => {
    expect(ids('Selon Kim Jong-un et Choe Son Hui, le général Charles Q. Brown a parlé.')).toEqual(['new:Kim Jong-un', 'new:Choe Son Hui', 'new:Charles Q. Brown']);
  });

  it('does not propose places or the first word of a sentence', () => {
    expect(proposeActors('Hier, Wang Yi était à Pékin.', index, (w) => w === 'Pékin').map((a) => a.id ?? a.name)).toEqual(['wang-yi']);
  });
});

describe('editDistance', () => {
  it('counts edits and stops past the limit', () => {
    expect(editDistance('gerassimov', 'guerassimov')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('new actors’ types', () => {
  it('reads an unknown acronym as an organisation', () => {
    expect(proposeActors('Selon l’agence KCNA, le texte est ratifié.', index).map((a) => [a.name, a.type])).toEqual([['KCNA', 'organization']]);
  });
});
