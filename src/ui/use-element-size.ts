import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * The element's content size in whole pixels, kept current with a ResizeObserver; `null` until measured.
 * The first measure comes before the first paint; later ones can be debounced, so a window being dragged
 * wider does not re-run an expensive layout on every frame. Whole pixels keep size-derived layouts identical from load
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
    let first = true;
    const read = () => {
      const width = Math.floor(el.clientWidth);
      const height = Math.floor(el.clientHeight);
      setSize((prev) => (prev && prev.width === width && prev.height === height ? prev : { width, height }));
    };
    // The first measure is the observer's first report: it comes after the browser's own layout and before
    // paint, so reading the size then costs nothing (read here, it would force a layout of the whole page
    // for each element measured while the page is being built).
    const observer = new ResizeObserver(() => {
      if (first || debounceMs <= 0) read();
      first = false;
      if (debounceMs <= 0) return;
      // Settled once no report came for `debounceMs`, the first one included.
      clearTimeout(timer);
      setSettled(false);
      timer = setTimeout(() => {
        read();
        setSettled(true);
      }, debounceMs);
    });
    observer.observe(el);
    // An element without a size may get no first report (browsers differ): then it is read two frames on,
    // after the first frame's reports would have come.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        if (!first) return;
        first = false;
        read();
        setSettled(true);
      });
    });
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [ref, debounceMs]);
  return { size, settled };
}

export const NO_SIZE: Size = { width: 0, height: 0 };
