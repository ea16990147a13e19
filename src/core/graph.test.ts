import { describe, expect, it } from 'vitest';
import { buildTies, countEventsByActor, latestOf, neighbourMap, pickDrawnActors, tieKey, tiesOf } from './graph';

const events = [
  { id: 'e1', actorIds: ['putin', 'kim', 'russia'] },
  { id: 'e2', actorIds: ['kim', 'putin'] },
  { id: 'e3', actorIds: ['lavrov', 'lavrov', 'malta'] },
  { id: 'e4', actorIds: ['zelensky'] },
];

describe('countEventsByActor', () => {
  it('counts each actor once per event', () => {
    expect(Object.fromEntries(countEventsByActor(events))).toEqual({ putin: 2, kim: 2, russia: 1, lavrov: 1, malta: 1, zelensky: 1 });
  });
});

describe('buildTies', () => {
  it('weighs each pair by its shared events, in a stable order, without self-ties', () => {
    expect(buildTies(events)).toEqual([
      { source: 'kim', target: 'putin', weight: 2 },
      { source: 'kim', target: 'russia', weight: 1 },
      { source: 'lavrov', target: 'malta', weight: 1 },
      { source: 'putin', target: 'russia', weight: 1 },
    ]);
    expect(buildTies([...events].reverse())).toEqual(buildTies(events));
  });
});

describe('neighbours and ties of an actor', () => {
  const ties = buildTies(events);
  it('lists neighbours both ways', () => {
    const map = neighbourMap(ties);
    expect([...map.get('putin')!].sort()).toEqual(['kim', 'russia']);
    expect([...map.get('malta')!]).toEqual(['lavrov']);
    expect(map.get('zelensky')).toBeUndefined();
  });
  it('orders an actor’s ties heaviest first', () => {
    expect(tiesOf('putin', ties)).toEqual([{ other: 'kim', weight: 2 }, { other: 'russia', weight: 1 }]);
    expect(tiesOf('zelensky', ties)).toEqual([]);
  });
  it('keys a tie the same way round from both ends', () => {
    expect(tieKey('b', 'a')).toBe(tieKey('a', 'b'));
    expect(tieKey('a', 'b')).not.toBe(tieKey('a', 'c'));
  });
});

describe('pickDrawnActors', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const counts = new Map([['a', 1], ['b', 5], ['c', 3], ['d', 3]]);
  it('draws every actor, active ones first, when they fit', () => {
    expect(pickDrawnActors(ids, counts, 10)).toEqual({ ids: ['b', 'c', 'd', 'a', 'e'], activeCount: 4, truncated: false });
  });
  it('keeps the top N active actors by events (ties by id) and says it truncated', () => {
    expect(pickDrawnActors(ids, counts, 2)).toEqual({ ids: ['b', 'c'], activeCount: 4, truncated: true });
  });
  it('fills the room left by active actors with inactive ones, without truncating', () => {
    expect(pickDrawnActors(ids, counts, 4)).toEqual({ ids: ['b', 'c', 'd', 'a'], activeCount: 4, truncated: false });
  });
  it('always draws the pinned (selected) actors, but not unknown ids', () => {
    expect(pickDrawnActors(ids, counts, 2, ['a', 'nobody']).ids).toEqual(['b', 'c', 'a']);
  });
  it('handles a large dataset: exactly the 300 with most events', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `x${i}`);
    const c = new Map(many.map((id, i) => [id, i % 500]));
    const picked = pickDrawnActors(many, c, 300);
    expect(picked.ids).toHaveLength(300);
    expect(picked.truncated).toBe(true);
    expect(picked.activeCount).toBe(998);
    expect(Math.min(...picked.ids.map((id) => c.get(id)!))).toBe(350);
  });
});

describe('latestOf', () => {
  it('returns the newest N of a list in date order, newest first, and how many there are', () => {
    expect(latestOf(Int32Array.of(4, 0, 2), 2)).toEqual({ items: [2, 0], total: 3 });
    expect(latestOf(Int32Array.of(4), 3)).toEqual({ items: [4], total: 1 });
    expect(latestOf(new Int32Array(0), 3)).toEqual({ items: [], total: 0 });
  });
});
