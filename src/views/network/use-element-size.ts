import { useEffect, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * The element's content size in whole pixels: the first measure at once, later ones debounced, so a window
 * being dragged wider does not re-run the layout on every frame. Whole pixels keep the layout (a function
 * of the size) identical from load to load.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, debounceMs = 150): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useEffect(() => {
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
