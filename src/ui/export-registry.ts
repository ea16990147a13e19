import type { ViewName } from '../core/url-state';

/**
 * Each view that can be exported registers a function that paints its current picture onto a canvas
 * (the map from its WebGL canvas, the network and timeline from their SVG). The export button composes
 * the shown views' canvases at their on-screen positions into one PNG.
 */
export type Exporter = () => Promise<HTMLCanvasElement | null>;

const exporters = new Map<ViewName, Exporter>();

export function registerExporter(view: ViewName, exporter: Exporter): () => void {
  exporters.set(view, exporter);
  return () => {
    if (exporters.get(view) === exporter) exporters.delete(view);
  };
}

export function getExporters(): ReadonlyMap<ViewName, Exporter> {
  return exporters;
}

/** Paints an SVG element onto a canvas at device pixel ratio, with computed styles inlined enough to read. */
export async function svgToCanvas(svg: SVGSVGElement, background: string): Promise<HTMLCanvasElement> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  inlineStyles(svg, clone);
  const blob = new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-opacity', 'fill-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'paint-order', 'stroke-linejoin', 'text-anchor', 'dominant-baseline', 'visibility', 'display'];

function inlineStyles(source: Element, target: Element) {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  const s = source.children;
  const t = target.children;
  for (let i = 0; i < s.length && i < t.length; i++) inlineStyles(s[i]!, t[i]!);
}
