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
  return useMeasuredSize(ref, debounceMs).size;
}

/**
 * The same, plus `settled`: true once no debounced measure is pending. A ResizeObserver always reports once
 * right after it starts, and the page may still shift by a pixel as fonts arrive, so a view whose layout
 * depends on its size waits for this before saying it has drawn (else things move after `data-ready`).
 */
export function useMeasuredSize(ref: RefObject<HTMLElement | null>, debounceMs = 0): { size: Size | null; settled: boolean } {
  const [size, setSize] = useState<Size | null>(null);
  const [settled, setSettled] = useState(debounceMs <= 0);
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
      setSettled(false);
      timer = setTimeout(() => {
        read();
        setSettled(true);
      }, debounceMs);
    });
    observer.observe(el);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [ref, debounceMs]);
  return { size, settled };
}

export const NO_SIZE: Size = { width: 0, height: 0 };
