import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Past this many rows the list renders only the rows in view (CONTRACT §4 allows it above 200). */
export const WINDOW_THRESHOLD = 200;
/** Rows kept rendered above and below the viewport, so fast scrolling does not show blanks. */
const OVERSCAN = 8;

export interface RowWindow {
  /** First rendered row (inclusive) and last (exclusive). */
  first: number;
  last: number;
  /** Scrolls just enough for row `index` to be in view, and renders it now rather than on the next scroll event. */
  reveal(index: number): void;
}

/**
 * Simple fixed-height windowing: rows sit at `index * rowHeight` inside a spacer as tall as the whole list.
 * Disabled, it renders every row and `reveal` does nothing (focus() scrolls real rows into view by itself).
 */
export function useRowWindow(container: RefObject<HTMLElement | null>, count: number, rowHeight: number, enabled: boolean): RowWindow {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);

  useEffect(() => {
    const el = container.current;
    if (!enabled || !el) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setScrollTop(el.scrollTop));
    };
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    el.addEventListener('scroll', onScroll, { passive: true });
    setHeight(el.clientHeight);
    setScrollTop(el.scrollTop);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      el.removeEventListener('scroll', onScroll);
    };
  }, [container, enabled]);

  const reveal = useCallback(
    (index: number) => {
      const el = container.current;
      if (!enabled || !el) return;
      const top = index * rowHeight;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
      setScrollTop(el.scrollTop);
    },
    [container, enabled, rowHeight],
  );

  if (!enabled) return { first: 0, last: count, reveal };
  // Before the first measure, assume a tall viewport rather than render nothing.
  const viewport = height || 1200;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN);
  return { first, last, reveal };
}
