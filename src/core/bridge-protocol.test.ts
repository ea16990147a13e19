import { describe, expect, it } from 'vitest';
import { parseBridgeMessage, sameBridgeState, type BridgeState } from './bridge-protocol';

describe('parseBridgeMessage', () => {
  it('reads the fields a dossier:set names, and only those', () => {
    expect(parseBridgeMessage({ type: 'dossier:set', state: { place: ['moscow', 'kursk'] } })).toEqual({ place: ['moscow', 'kursk'] });
    expect(parseBridgeMessage({ type: 'dossier:set', state: { from: '2024-11-01', to: null, event: 'e1' } }))
      .toEqual({ from: '2024-11-01', to: null, event: 'e1' });
    expect(parseBridgeMessage({ type: 'dossier:set', state: {} })).toEqual({});
  });

  it('accepts story and step, and null or [] as unset', () => {
    expect(parseBridgeMessage({ type: 'dossier:set', state: { story: 'treaty', step: 2, actor: null } }))
      .toEqual({ story: 'treaty', step: 2, actor: [] });
  });

  it('swaps a reversed window and drops duplicate ids', () => {
    expect(parseBridgeMessage({ type: 'dossier:set', state: { from: '2024-12-01', to: '2024-11-01', actor: ['a', 'a'] } }))
      .toEqual({ from: '2024-11-01', to: '2024-12-01', actor: ['a'] });
  });

  it('ignores foreign and malformed messages without throwing', () => {
    const foreign: unknown[] = [
      null, undefined, 42, 'dossier:set', [], { type: 'other', state: {} }, { type: 'dossier:ready' },
      { type: 'dossier:set' }, { type: 'dossier:set', state: 'place=moscow' }, { type: 'dossier:set', state: [] },
      { type: 'dossier:set', state: { from: '12 Nov 2024' } }, { type: 'dossier:set', state: { place: 'moscow' } },
      { type: 'dossier:set', state: { place: [1, 2] } }, { type: 'dossier:set', state: { event: { toString: 1 } } },
      { type: 'dossier:set', state: { step: 0 } }, { type: 'dossier:set', state: { step: '2' } },
      { type: 'dossier:set', state: { place: ['x'.repeat(201)] } }, Object.create({ type: 'dossier:set', state: {} }),
    ];
    for (const message of foreign) expect(parseBridgeMessage(message)).toBeNull();
  });

  it('ignores fields it does not know, so a newer parent can talk to it', () => {
    expect(parseBridgeMessage({ type: 'dossier:set', state: { place: ['kursk'], zoom: 3 } })).toEqual({ place: ['kursk'] });
  });
});

describe('sameBridgeState', () => {
  const base: BridgeState = { from: null, to: null, place: ['a'], actor: [], event: null, story: null, step: null };
  it('compares every field, lists by value', () => {
    expect(sameBridgeState(base, { ...base, place: ['a'] })).toBe(true);
    expect(sameBridgeState(base, { ...base, place: ['b'] })).toBe(false);
    expect(sameBridgeState(base, { ...base, to: '2024-01-01' })).toBe(false);
  });
});
