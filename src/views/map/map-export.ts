import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * The map as a picture for the PNG export: the WebGL canvas (kept by `preserveDrawingBuffer`), then the
 * HTML drawn over it — leader lines, circles, labels, legend and credit — painted from their computed
 * styles, so the picture matches the screen in either theme.
 */
export function paintMapView(root: HTMLElement, map: MaplibreMap): HTMLCanvasElement {
  const scale = window.devicePixelRatio || 1;
  const box = root.getBoundingClientRect();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width * scale);
  canvas.height = Math.round(box.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = getComputedStyle(root).backgroundColor;
  ctx.fillRect(0, 0, box.width, box.height);
  const gl = map.getCanvas();
  const glBox = gl.getBoundingClientRect();
  ctx.drawImage(gl, glBox.left - box.left, glBox.top - box.top, glBox.width, glBox.height);

  for (const line of root.querySelectorAll<SVGLineElement>('.map-places__leaders line')) paintLeader(ctx, line, box);
  // Painted in stacking order, so selected circles end on top as on screen.
  const places = [...root.querySelectorAll<HTMLElement>('.map-place')].sort((a, b) => Number(getComputedStyle(a).zIndex) - Number(getComputedStyle(b).zIndex));
  for (const el of places) paintTree(ctx, el, box);
  for (const el of root.querySelectorAll<HTMLElement>('.map-legend, .map-credit')) paintTree(ctx, el, box);
  return canvas;
}

function paintLeader(ctx: CanvasRenderingContext2D, line: SVGLineElement, box: DOMRect) {
  if (line.style.display === 'none') return;
  const svgBox = line.ownerSVGElement!.getBoundingClientRect();
  const dx = svgBox.left - box.left;
  const dy = svgBox.top - box.top;
  const num = (name: string) => Number(line.getAttribute(name) ?? 0);
  const style = getComputedStyle(line);
  ctx.save();
  ctx.strokeStyle = style.stroke;
  ctx.lineWidth = parseFloat(style.strokeWidth) || 1;
  ctx.beginPath();
  ctx.moveTo(num('x1') + dx, num('y1') + dy);
  ctx.lineTo(num('x2') + dx, num('y2') + dy);
  ctx.stroke();
  const dot = line.nextElementSibling;
  if (dot instanceof SVGCircleElement) {
    ctx.fillStyle = getComputedStyle(dot).fill;
    ctx.beginPath();
    ctx.arc(num('x1') + dx, num('y1') + dy, Number(dot.getAttribute('r') ?? 2), 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
}

/** Paints an element's box (background, border, spread shadows, round corners) and its text, then its children. */
function paintTree(ctx: CanvasRenderingContext2D, el: HTMLElement, origin: DOMRect, alpha = 1) {
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden' || el.classList.contains('visually-hidden')) return;
  const opacity = alpha * Number(style.opacity || 1);
  const r = el.getBoundingClientRect();
  const x = r.left - origin.left;
  const y = r.top - origin.top;
  const radius = Math.min(parseFloat(style.borderTopLeftRadius) || 0, r.width / 2, r.height / 2);
  ctx.save();
  ctx.globalAlpha = opacity;
  for (const s of parseSpreadShadows(style.boxShadow).reverse()) {
    ctx.fillStyle = s.color;
    roundRect(ctx, x - s.spread, y - s.spread, r.width + 2 * s.spread, r.height + 2 * s.spread, radius + s.spread);
    ctx.fill();
  }
  if (!isTransparent(style.backgroundColor)) {
    ctx.fillStyle = style.backgroundColor;
    roundRect(ctx, x, y, r.width, r.height, radius);
    ctx.fill();
  }
  const bw = parseFloat(style.borderTopWidth) || 0;
  if (bw > 0 && style.borderTopStyle !== 'none' && !isTransparent(style.borderTopColor)) {
    ctx.strokeStyle = style.borderTopColor;
    ctx.lineWidth = bw;
    if (style.borderTopStyle === 'dashed') ctx.setLineDash([bw * 2, bw * 1.5]);
    roundRect(ctx, x + bw / 2, y + bw / 2, r.width - bw, r.height - bw, Math.max(0, radius - bw / 2));
    ctx.stroke();
    ctx.setLineDash([]);
  }
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) paintText(ctx, node as Text, style, origin);
  }
  ctx.restore();
  for (const child of el.children) if (child instanceof HTMLElement) paintTree(ctx, child, origin, opacity);
}

function paintText(ctx: CanvasRenderingContext2D, node: Text, style: CSSStyleDeclaration, origin: DOMRect) {
  const range = document.createRange();
  range.selectNodeContents(node);
  const rect = range.getBoundingClientRect();
  if (rect.width === 0) return;
  ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  ctx.textBaseline = 'middle';
  const x = rect.left - origin.left;
  const y = rect.top - origin.top + rect.height / 2;
  const text = node.textContent!.trim();
  const halo = style.textShadow.match(/^(rgba?\([^)]*\)|#[0-9a-f]+)/i)?.[1];
  if (halo && style.textShadow !== 'none') {
    ctx.strokeStyle = halo;
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    ctx.strokeText(text, x, y);
  }
  ctx.fillStyle = style.color;
  ctx.fillText(text, x, y);
}

/** `box-shadow: 0 0 0 2px white, 0 0 0 4px orange` → rings; blurred or offset shadows are left out. */
function parseSpreadShadows(value: string): { color: string; spread: number }[] {
  if (!value || value === 'none') return [];
  const out: { color: string; spread: number }[] = [];
  for (const m of value.matchAll(/(rgba?\([^)]*\)|#[0-9a-f]+)\s+0px\s+0px\s+0px\s+([\d.]+)px/gi)) out.push({ color: m[1]!, spread: Number(m[2]) });
  return out;
}

function isTransparent(color: string): boolean {
  return color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color);
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.roundRect(x, y, Math.max(0, w), Math.max(0, h), Math.max(0, r));
}
