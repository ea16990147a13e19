import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from './label-placement';

const label = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({ id, x, y, r: 5, width: 40, height: 12, ...extra });

describe('placeLabels', () => {
  it('puts a lone label below its node, centred', () => {
    expect(placeLabels([label('a', 100, 100)], [])).toEqual([{ id: 'a', side: 'below', x: 100, y: 114, anchor: 'middle', form: 0 }]);
  });

  it('moves a label to another side rather than overlap a label placed first', () => {
    // b sits just below a: its own 'below' box would cover a's label; its 'right' one, slid along its side, clears it.
    const placed = placeLabels([label('a', 100, 100), label('b', 100, 110)], []);
    expect(placed.map((p) => [p.id, p.side])).toEqual([['a', 'below'], ['b', 'right']]);
  });

  it('hides a label with no free spot, unless it is forced', () => {
    // Many labels on one point: each takes a side, a corner, or one further out, until none is left.
    const ids = Array.from({ length: 80 }, (_, i) => `n${i}`);
    const crowd = ids.map((id) => label(id, 200, 150, { width: 10 }));
    const frame = { width: 400, height: 300 };
    const placed = placeLabels(crowd, [], frame);
    expect(placed.slice(0, 4).map((p) => p.side)).toEqual(['below', 'right', 'left', 'above']);
    expect(placed.length).toBeLessThan(ids.length);
    crowd[79] = { ...crowd[79]!, forced: true };
    expect(placeLabels(crowd, [], frame).map((p) => p.id)).toContain('n79');
  });

  it('puts a label on a corner when the four sides are taken', () => {
    // Nodes left, right, above and below: the name goes to the lower-right corner, anchored at its start.
    const obstacles = [{ id: 'a', x: 100, y: 100, r: 6 }, ...[[100, 121], [100, 79], [123, 100], [77, 100]].map(([x, y], i) => ({ id: `n${i}`, x: x!, y: y!, r: 1 }))];
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

  it('never writes a name over its own node, and keeps it off its own ties when it can', () => {
    const tie = { x1: 100, y1: 100, x2: 100, y2: 160 };
    const placed = placeLabels([label('a', 100, 100, { ties: [tie] })], []);
    expect(placed[0]!.side).toBe('right');
  });

  it('shortens a name that fits nowhere whole, longest form first', () => {
    const frame = { width: 120, height: 100 };
    const placed = placeLabels([label('a', 60, 50, { width: 200, shorter: [150, 50, 30] })], [], frame);
    expect(placed[0]).toMatchObject({ side: 'below', form: 2 });
  });

  it('puts a name nearer its own node than any other', () => {
    // x sits just right of a's 'below' box: that spot would read as x's name; a's goes elsewhere.
    const obstacles = [{ id: 'a', x: 100, y: 100, r: 5 }, { id: 'x', x: 125, y: 112, r: 4 }];
    const [placed] = placeLabels([label('a', 100, 100)], obstacles);
    expect(placed).toBeDefined();
    expect(placed!.side === 'below' && placed!.x === 100).toBe(false);
    expect(placeLabels([label('a', 100, 100)], obstacles.slice(0, 1))[0]).toMatchObject({ side: 'below', x: 100 });
  });

  it('keeps labels inside the frame', () => {
    const frame = { width: 400, height: 300 };
    expect(placeLabels([label('a', 30, 290)], [], frame)[0]!.side).toBe('right');
    expect(placeLabels([label('b', 395, 290)], [], frame)[0]!.side).toBe('left');
    expect(placeLabels([label('c', 200, 200, { width: 900 })], [], frame)).toEqual([]);
  });
});
