import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * The element's content size in whole pixels, kept current with a ResizeObserver; `null` until measured.
 * The first measure comes before paint; later ones can be debounced, so a window being dragged wider does
 * not re-run an expensive layout on every frame. Whole pixels keep size-derived layouts identical from load
 * to load (the network's determinism depends on it).
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, debounceMs = 0): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      const width = Math.floor(el.clientWidth);
      const height = Math.floor(el.clientHeight);
      setSize((prev) => (prev && prev.width === width && prev.height === height ? prev : { width, height }));
    };
    read();
    const observer = new ResizeObserver(() => {
      if (debounceMs <= 0) return read();
      clearTimeout(timer);
      timer = setTimeout(read, debounceMs);
    });
    observer.observe(el);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [ref, debounceMs]);
  return size;
}

export const NO_SIZE: Size = { width: 0, height: 0 };
