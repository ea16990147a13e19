import type { Map as MaplibreMap } from 'maplibre-gl';
import { paintTree } from '../../ui/paint-dom';

/**
 * The map as a picture for the PNG export: the WebGL canvas (kept by `preserveDrawingBuffer`), then the
 * HTML drawn over it — leader lines, circles, labels, legend and credit — painted from their computed
 * styles, so the picture matches the screen in either theme.
 */
export function paintMapView(root: HTMLElement, map: MaplibreMap, scale = window.devicePixelRatio || 1): HTMLCanvasElement {
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
  for (const el of places) {
    paintTree(ctx, el, box);
    paintDisc(ctx, el, box);
  }
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

/**
 * The disc of the count under the filters inside a circle sized by the whole count (many places, map.css
 * `data-sizing='total'`): a pseudo-element scaled by a transform, which paintTree does not draw.
 */
function paintDisc(ctx: CanvasRenderingContext2D, el: HTMLElement, box: DOMRect) {
  const disc = getComputedStyle(el, '::before');
  if (disc.content === 'none' || disc.content === 'normal' || disc.display === 'none') return;
  // `matrix(k, 0, 0, k, 0, 0)` for scale(k); `none` for no scale.
  const k = disc.transform === 'none' ? 1 : Number(/matrix\(([^,]+)/.exec(disc.transform)?.[1] ?? 1);
  const style = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const radius = (r.width / 2 - (parseFloat(style.borderTopWidth) || 0)) * k;
  if (!(radius > 0)) return;
  ctx.save();
  ctx.globalAlpha = Number(style.opacity || 1);
  ctx.fillStyle = disc.backgroundColor;
  ctx.beginPath();
  ctx.arc(r.left - box.left + r.width / 2, r.top - box.top + r.height / 2, radius, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}
