import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, type RefObject } from 'react';

export interface RowWindow {
  /** First rendered row (inclusive) and last (exclusive). */
  first: number;
  last: number;
  /** Scrolls just enough for row `index` to be in view. */
  reveal(index: number): void;
}

/**
 * Fixed-height rows virtualized by @tanstack/react-virtual: rows sit at `index * rowHeight` inside a spacer as
 * tall as the whole list, so a million rows cost the few in view. Disabled, it renders every row and `reveal`
 * does nothing (focus() scrolls real rows into view by itself).
 */
export function useVirtualRows(container: RefObject<HTMLElement | null>, count: number, rowHeight: number, enabled: boolean): RowWindow {
  const virtualizer = useVirtualizer({
    count: enabled ? count : 0,
    getScrollElement: () => container.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // Before the first measure, assume a tall viewport rather than render nothing.
    initialRect: { width: 0, height: 1200 },
  });
  const reveal = useCallback((index: number) => enabled && virtualizer.scrollToIndex(index, { align: 'auto' }), [enabled, virtualizer]);
  if (!enabled) return { first: 0, last: count, reveal };
  const items = virtualizer.getVirtualItems();
  return { first: items[0]?.index ?? 0, last: (items[items.length - 1]?.index ?? -1) + 1, reveal };
}
