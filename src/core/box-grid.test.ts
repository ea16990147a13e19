import { describe, expect, it } from 'vitest';
import { createBoxGrid } from './box-grid';
import { seededLcg } from './network-layout';

interface Item {
  id: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const meets = (a: Item, q: Omit<Item, 'id'>) => a.x0 <= q.x1 && q.x0 <= a.x1 && a.y0 <= q.y1 && q.y0 <= a.y1;

describe('createBoxGrid', () => {
  it('finds every item whose box meets the query box, each once, as a scan would — also past the region', () => {
    const rand = seededLcg(3);
    const grid = createBoxGrid<Item>({ x0: 0, y0: 0, x1: 400, y1: 300 }, 32);
    const items: Item[] = [];
    for (let id = 0; id < 500; id++) {
      // Some items lie partly or wholly outside the region, some are points, some are wide.
      const x = rand() * 600 - 100;
      const y = rand() * 500 - 100;
      const item = { id, x0: x, y0: y, x1: x + (id % 10 === 0 ? 300 : rand() * 40), y1: y + rand() * 20 };
      items.push(item);
      grid.insert(item, item.x0, item.y0, item.x1, item.y1);
    }
    for (let k = 0; k < 300; k++) {
      const x = rand() * 700 - 150;
      const y = rand() * 600 - 150;
      const q = { x0: x, y0: y, x1: x + rand() * 80, y1: y + rand() * 30 };
      const found: number[] = [];
      grid.some(q.x0, q.y0, q.x1, q.y1, (item) => (found.push(item.id), false));
      expect(new Set(found).size).toBe(found.length);
      const hits = found.filter((id) => meets(items[id]!, q)).sort((a, b) => a - b);
      expect(hits).toEqual(items.filter((item) => meets(item, q)).map((item) => item.id));
    }
  });

  it('stops at the first item the test accepts', () => {
    const grid = createBoxGrid<string>({ x0: 0, y0: 0, x1: 100, y1: 100 });
    grid.insert('a', 10, 10, 20, 20);
    grid.insert('b', 12, 12, 22, 22);
    const seen: string[] = [];
    expect(grid.some(0, 0, 50, 50, (item) => (seen.push(item), true))).toBe(true);
    expect(seen).toHaveLength(1);
    expect(grid.some(60, 60, 70, 70, () => true)).toBe(false);
  });

  it('visits an item at no number, and every item for a query at no number, as a scan of every item would', () => {
    const grid = createBoxGrid<string>({ x0: 0, y0: 0, x1: 100, y1: 100 });
    grid.insert('lost', Number.NaN, 0, 5, 5);
    grid.insert('far', 90, 90, 95, 95);
    const visited = (x: number) => {
      const out: string[] = [];
      grid.some(x, 0, 10, 10, (item) => (out.push(item), false));
      return out.sort();
    };
    expect(visited(0)).toEqual(['lost']);
    expect(visited(Number.NaN)).toEqual(['far', 'lost']);
  });
});
