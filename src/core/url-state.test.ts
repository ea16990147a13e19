import { describe, expect, it } from 'vitest';
import { parseUrlState, parseViews, writeUrlState } from './url-state';

describe('URL state (CONTRACT §3)', () => {
  it('reads every parameter', () => {
    const s = parseUrlState('?from=2024-11-01&to=2024-11-15&place=moscow,beijing&actor=sergei-lavrov&event=e1&data=x.json&embed=1&views=network,map&lang=fr&theme=dark');
    expect(s.selection).toEqual({ from: '2024-11-01', to: '2024-11-15', places: ['moscow', 'beijing'], actors: ['sergei-lavrov'] });
    expect(s).toMatchObject({ eventId: 'e1', data: 'x.json', embed: true, views: ['network', 'map'], lang: 'fr', theme: 'dark' });
  });

  it('ignores what it cannot read and swaps a reversed window', () => {
    const s = parseUrlState('?from=yesterday&to=2024-11-01&lang=de&theme=blue&views=globe');
    expect(s.selection.from).toBeNull();
    expect(s.lang).toBeNull();
    expect(s.theme).toBeNull();
    expect(s.views).toEqual(['map', 'network', 'timeline', 'list']);
    expect(parseUrlState('?from=2024-12-01&to=2024-11-01').selection).toMatchObject({ from: '2024-11-01', to: '2024-12-01' });
  });

  it('accepts "events" as another name of the list, and drops duplicates', () => {
    expect(parseViews('timeline,events,timeline')).toEqual(['timeline', 'list']);
  });

  it('writes the selection and keeps the parameters it does not own', () => {
    const out = writeUrlState('?embed=1&views=map&data=d.json&place=old', {
      selection: { from: '2024-11-01', to: null, places: ['moscow', 'kursk'], actors: [] },
      eventId: null,
    });
    expect(out).toBe('?embed=1&views=map&data=d.json&place=moscow,kursk&from=2024-11-01');
    expect(writeUrlState('?place=x', { selection: { from: null, to: null, places: [], actors: [] }, eventId: null })).toBe('');
  });

  it('round-trips', () => {
    const selection = { from: '2024-11-01', to: '2024-11-30', places: ['beijing'], actors: ['wang-yi', 'sergei-shoigu'] };
    const s = parseUrlState(writeUrlState('', { selection, eventId: 'x', lang: 'fr', theme: 'dark' }));
    expect(s.selection).toEqual(selection);
    expect([s.eventId, s.lang, s.theme]).toEqual(['x', 'fr', 'dark']);
  });

  it('reads and writes a story and its step', () => {
    expect(parseUrlState('?story=treaty&step=3')).toMatchObject({ story: 'treaty', step: 3 });
    expect(parseUrlState('?story=treaty')).toMatchObject({ story: 'treaty', step: null });
    expect(parseUrlState('?story=treaty&step=two')).toMatchObject({ story: 'treaty', step: null });
    const empty = { selection: { from: null, to: null, places: [], actors: [] }, eventId: null };
    expect(writeUrlState('?embed=1', { ...empty, story: 'treaty', step: 2 })).toBe('?embed=1&story=treaty&step=2');
    expect(writeUrlState('?story=treaty&step=2', { ...empty, story: null, step: 2 })).toBe('');
    expect(writeUrlState('?story=treaty&step=2', empty)).toBe('?story=treaty&step=2');
  });
});

describe('zoom', () => {
  it('reads zoom=1 / zoom=0, and null when absent or unreadable', () => {
    expect(parseUrlState('?zoom=1').zoom).toBe(true);
    expect(parseUrlState('?zoom=0').zoom).toBe(false);
    expect(parseUrlState('?zoom=maybe').zoom).toBeNull();
    expect(parseUrlState('').zoom).toBeNull();
  });
});
