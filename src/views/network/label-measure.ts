import { useEffect, useState } from 'react';

/** Must match `.net-label` in network.css: the label placement needs each label's true width. */
export const LABEL_FONT_SIZE = 11.5;
export const LABEL_HEIGHT = 14;
const FONT = `${LABEL_FONT_SIZE}px "Noto Sans", system-ui, sans-serif`;
const FONT_STRONG = `600 ${FONT}`;

let context: CanvasRenderingContext2D | null = null;
const cache = new Map<string, number>();

/** Width of a label in px, measured on a canvas with the label's font (cached). */
export function measureLabel(text: string, strong = false): number {
  const key = `${strong ? 1 : 0}${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  context ??= document.createElement('canvas').getContext('2d');
  let width = text.length * LABEL_FONT_SIZE * 0.55;
  if (context) {
    context.font = strong ? FONT_STRONG : FONT;
    width = context.measureText(text).width;
  }
  cache.set(key, width);
  return width;
}

/** Becomes true once the web font has loaded; widths measured before then (with a fallback font) are dropped. */
export function useFontsReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void document.fonts.ready.then(() => {
      if (!live) return;
      cache.clear();
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return ready;
}
