import { describe, expect, it } from 'vitest';
import { computeNetworkLayout } from '../../core/network-layout';
import { cachedLayout, requestLayout, type LayoutInput } from './layout-client';

// No Worker in Node: the client runs the same pure function on this thread, through the same queue.
const input = (width: number): LayoutInput => ({
  nodes: [{ id: 'a', radius: 5 }, { id: 'b', radius: 8 }, { id: 'c', radius: 4 }],
  links: [{ source: 'a', target: 'b', weight: 2 }, { source: 'b', target: 'c', weight: 1 }],
  options: { width, height: 300 },
});

describe('layout client', () => {
  it('gives the positions the pure function gives, and keeps them per owner and key', async () => {
    const owner = {};
    const positions = await requestLayout(owner, '400x300', input(400));
    expect(positions).toEqual(computeNetworkLayout(input(400).nodes, input(400).links, input(400).options));
    expect(cachedLayout(owner, '400x300')).toBe(positions);
    expect(cachedLayout({}, '400x300')).toBeUndefined();
    expect(await requestLayout(owner, '400x300', input(400))).toBe(positions);
  });

  it('shares one layout between callers asking for the same one', async () => {
    const owner = {};
    const first = requestLayout(owner, 'k', input(500));
    const second = requestLayout(owner, 'k', input(500));
    expect(second).toBe(first);
    expect(await second).toBe(await first);
  });

  it('drops a request given up before it starts, unless another caller still waits for it', async () => {
    const owner = {};
    const busy = requestLayout(owner, 'busy', input(300)); // occupies the queue's head
    const dropped = new AbortController();
    const gone = requestLayout(owner, 'gone', input(320), dropped.signal);
    const kept = new AbortController();
    const shared = requestLayout(owner, 'shared', input(340), kept.signal);
    const stillWanted = requestLayout(owner, 'shared', input(340));
    dropped.abort();
    kept.abort();
    await expect(gone).rejects.toThrow(/no longer needed/);
    await busy;
    expect((await stillWanted).size).toBe(3);
    expect(await shared).toBe(await stillWanted);
    expect(cachedLayout(owner, 'gone')).toBeUndefined();
  });
});
