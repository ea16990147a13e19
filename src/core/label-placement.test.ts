import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from './label-placement';

const label = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({ id, x, y, r: 5, width: 40, height: 12, ...extra });

describe('placeLabels', () => {
  it('puts a lone label below its node, centred', () => {
    expect(placeLabels([label('a', 100, 100)], [])).toEqual([{ id: 'a', side: 'below', x: 100, y: 114, anchor: 'middle' }]);
  });

  it('moves a label to another side rather than overlap a label placed first', () => {
    // b sits just below a: its own 'below', 'right' and 'left' boxes would all touch a's label.
    const placed = placeLabels([label('a', 100, 100), label('b', 100, 110)], []);
    expect(placed.map((p) => [p.id, p.side])).toEqual([['a', 'below'], ['b', 'above']]);
  });

  it('hides a label with no free side, unless it is forced', () => {
    // Ten labels on one hub: nine places (four sides, over the hub, four corners); the tenth has none.
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    const crowd = ids.map((id) => label(id, 200, 150, { width: 10, hub: true }));
    const frame = { width: 400, height: 300 };
    expect(placeLabels(crowd, [], frame).map((p) => p.side)).toEqual(['below', 'right', 'left', 'above', 'over', 'below-right', 'below-left', 'above-right', 'above-left']);
    crowd[9] = { ...crowd[9]!, forced: true };
    expect(placeLabels(crowd, [], frame).map((p) => p.id)).toEqual(ids);
  });

  it('puts a label on a corner when the four sides are taken', () => {
    // Nodes left, right, above and below: the name goes to the lower-right corner, anchored at its start.
    const obstacles = [{ id: 'a', x: 100, y: 100, r: 6 }, ...[[100, 118], [100, 82], [122, 100], [78, 100]].map(([x, y], i) => ({ id: `n${i}`, x: x!, y: y!, r: 5 }))];
    const [placed] = placeLabels([label('a', 100, 100, { r: 6, width: 14 })], obstacles);
    expect(placed).toMatchObject({ side: 'below-right', anchor: 'start' });
    expect(placed!.x).toBeGreaterThan(100);
    expect(placed!.y).toBeGreaterThan(100);
  });

  it('keeps labels off other nodes but not off their own', () => {
    const obstacles = [{ id: 'a', x: 100, y: 100, r: 5 }, { id: 'x', x: 100, y: 116, r: 6 }];
    const placed = placeLabels([label('a', 100, 100)], obstacles);
    expect(placed[0]!.side).toBe('right');
  });

  it('writes a hemmed-in hub’s label over the hub, not a small node’s', () => {
    const around = [[100, 122], [100, 78], [135, 100], [65, 100]].map(([x, y], i) => ({ id: `n${i}`, x: x!, y: y!, r: 12 }));
    const obstacles = [{ id: 'hub', x: 100, y: 100, r: 10 }, ...around];
    expect(placeLabels([label('hub', 100, 100, { r: 10, width: 60 })], obstacles)).toEqual([]);
    const placed = placeLabels([label('hub', 100, 100, { r: 10, width: 60, hub: true }), label('n0', 100, 122)], obstacles);
    expect(placed[0]).toEqual({ id: 'hub', side: 'over', x: 100, y: 100, anchor: 'middle' });
    // …and the labels after it still avoid it.
    expect(placed[1]!.side).toBe('below');
  });

  it('keeps labels inside the frame', () => {
    const frame = { width: 400, height: 300 };
    expect(placeLabels([label('a', 30, 290)], [], frame)[0]!.side).toBe('right');
    expect(placeLabels([label('b', 395, 290)], [], frame)[0]!.side).toBe('left');
    expect(placeLabels([label('c', 200, 200, { width: 900 })], [], frame)).toEqual([]);
  });
});
