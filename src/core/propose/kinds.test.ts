import { describe, expect, it } from 'vitest';
import { proposeKind } from './kinds';

describe('proposeKind', () => {
  it('reads the kind from the sentence’s verbs, most specific first', () => {
    expect(proposeKind('Pyongyang a ratifié un accord de défense.', 'fr')).toEqual({ kind: 'ratification', from: 'ratifi' });
    expect(proposeKind('Les deux hommes se sont rencontrés à Pékin.', 'fr')?.kind).toBe('meeting');
    expect(proposeKind('Lavrov a atterri à Malte.', 'fr')?.kind).toBe('visit');
    expect(proposeKind('The treaty entered into force.', 'en')?.kind).toBe('entry-into-force');
    expect(proposeKind('He said the talks would continue.', 'en')?.kind).toBe('meeting');
  });

  it('gives nothing when no rule matches', () => {
    expect(proposeKind('Bonjour à toutes et à tous.', 'fr')).toBeNull();
  });
});
