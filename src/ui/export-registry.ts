import type { ViewName } from '../core/url-state';
import { fontFaceCss } from './export-font';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Each view that can be exported registers how: a function that paints its current picture onto a canvas
 * (the map from its WebGL canvas, the network and timeline from their SVG) for the PNG, and — for views
 * drawn in SVG — the SVG element itself, for the vector export.
 */
/** Paints the view at `scale` device pixels per CSS px. */
export type Exporter = (scale: number) => Promise<HTMLCanvasElement | null>;

const exporters = new Map<ViewName, Exporter>();
interface SvgSource {
  svg: () => SVGSVGElement | null;
  legend?: (() => Element | null) | undefined;
}
const svgSources = new Map<ViewName, SvgSource>();

function register<T>(map: Map<ViewName, T>, view: ViewName, value: T): () => void {
  map.set(view, value);
  return () => {
    if (map.get(view) === value) map.delete(view);
  };
}

export function registerExporter(view: ViewName, exporter: Exporter): () => void {
  return register(exporters, view, exporter);
}

export function getExporters(): ReadonlyMap<ViewName, Exporter> {
  return exporters;
}

/** A view drawn in SVG offers it for `export-svg`; `extras` adds what sits beside it in HTML (a legend). */
export function registerSvgSource(view: ViewName, svg: () => SVGSVGElement | null, legend?: () => Element | null): () => void {
  return register(svgSources, view, { svg, legend });
}

export function getSvgSource(view: ViewName): { svg: SVGSVGElement; legend: Element | null } | null {
  const source = svgSources.get(view);
  const svg = source?.svg();
  return source && svg ? { svg, legend: source.legend?.() ?? null } : null;
}

/** The theme's panel colour, read where the element stands (so it follows a theme switch). */
export function surfaceOf(el: Element): string {
  return getComputedStyle(el).getPropertyValue('--surface').trim() || '#ffffff';
}

/**
 * A stand-alone copy of an on-screen SVG, sized in CSS px, computed styles inlined and its HTML legend (if
 * any) redrawn under it. No font yet: `withWebFont` adds it once to the document that holds the copies.
 */
export function cloneSvg(svg: SVGSVGElement, legend: Element | null = null): { svg: SVGSVGElement; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  // Drawing coordinates: the SVG's own size, which is smaller than its box when a CSS zoom enlarges it.
  const inner = { width: svg.width.baseVal.value || box.width, height: svg.height.baseVal.value || box.height };
  const zoom = box.width / inner.width || 1;
  const key = legend ? legendToSvg(legend, inner.width) : null;
  const viewHeight = inner.height + (key?.height ?? 0);
  const width = Math.round(box.width);
  const height = Math.round(viewHeight * zoom);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${Math.round(inner.width)} ${Math.round(viewHeight)}`);
  inlineStyles(svg, clone);
  if (key) {
    key.group.setAttribute('transform', `translate(0 ${Math.round(inner.height)})`);
    clone.append(key.group);
  }
  return { svg: clone, width, height };
}

/**
 * Embeds the UI's web font (as data URLs) and a background in an SVG document: an SVG shown as an image or
 * opened in another program cannot reach the page's fonts. Returns the serialized file.
 */
export async function withWebFont(svg: SVGSVGElement, background: string | null): Promise<string> {
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = await fontFaceCss();
  svg.prepend(style);
  if (background) {
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background);
    style.after(rect);
  }
  return new XMLSerializer().serializeToString(svg);
}

/** Paints an SVG element onto a canvas at `scale` (default: the device pixel ratio), in the web font. */
export async function svgToCanvas(svg: SVGSVGElement, background: string, scale = window.devicePixelRatio || 1): Promise<HTMLCanvasElement> {
  const copy = cloneSvg(svg);
  const { width, height } = copy;
  const text = await withWebFont(copy.svg, background);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'fill-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'paint-order', 'stroke-linejoin', 'text-anchor', 'dominant-baseline', 'visibility', 'display'];

function inlineStyles(source: Element, target: Element) {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  const s = source.children;
  const t = target.children;
  for (let i = 0; i < s.length && i < t.length; i++) inlineStyles(s[i]!, t[i]!);
}


/**
 * An HTML legend (items of a colour swatch and a label) redrawn as SVG rows under the chart, so the
 * vector file carries its key: each item's swatch colour and text from the page, wrapped to the width.
 */
function legendToSvg(legend: Element, width: number): { group: SVGGElement; height: number } {
  const group = document.createElementNS(SVG_NS, 'g');
  const items = [...legend.querySelectorAll('li')];
  const first = items[0];
  const fontSize = first ? parseFloat(getComputedStyle(first).fontSize) || 12 : 12;
  const row = Math.round(fontSize * 1.8);
  const swatch = Math.round(fontSize * 0.9);
  let x = 10;
  let y = Math.round(row / 2);
  for (const li of items) {
    const label = li.textContent?.trim() ?? '';
    const estimate = swatch + 6 + label.length * fontSize * 0.56 + 16;
    if (x > 10 && x + estimate > width) {
      x = 10;
      y += row;
    }
    const sw = [...li.querySelectorAll('*')].map((el) => getComputedStyle(el)).find((cs) => !/rgba\([^)]*,\s*0\)$|transparent/.test(cs.backgroundColor));
    const rect = document.createElementNS(SVG_NS, 'rect');
    for (const [k, v] of Object.entries({ x, y: y - swatch / 2, width: swatch, height: swatch, rx: 2 })) rect.setAttribute(k, String(v));
    rect.setAttribute('style', `fill:${sw?.backgroundColor ?? 'none'};stroke:${sw?.borderTopColor ?? getComputedStyle(li).color};stroke-width:${sw ? 0 : 1}`);
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(x + swatch + 6));
    text.setAttribute('y', String(y));
    text.setAttribute('style', `font-family:${getComputedStyle(li).fontFamily};font-size:${fontSize}px;fill:${getComputedStyle(li).color};dominant-baseline:central`);
    text.textContent = label;
    group.append(rect, text);
    x += estimate;
  }
  return { group, height: items.length ? y + row / 2 + 4 : 0 };
}
