/**
 * Paints HTML onto a 2D canvas from computed styles: boxes (background, border, spread shadows, round
 * corners) and text, word by word when a text wraps. Enough for legends, cards and lists in an export; not a
 * general renderer (no images, gradients or transforms). Paints the element, then its children (but not
 * those `skip` names).
 */
export function paintTree(ctx: CanvasRenderingContext2D, el: HTMLElement, origin: DOMRect, alpha = 1, skip?: (el: HTMLElement) => boolean) {
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden' || el.hidden || el.classList.contains('visually-hidden')) return;
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
  for (const child of el.children) if (child instanceof HTMLElement && !skip?.(child)) paintTree(ctx, child, origin, opacity, skip);
}

function paintText(ctx: CanvasRenderingContext2D, node: Text, style: CSSStyleDeclaration, origin: DOMRect) {
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = range.getClientRects();
  if (rects.length === 0 || range.getBoundingClientRect().width === 0) return;
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = style.color;
  const halo = style.textShadow !== 'none' ? style.textShadow.match(/^(rgba?\([^)]*\)|#[0-9a-f]+)/i)?.[1] : undefined;
  const draw = (text: string, rect: DOMRect) => {
    const x = rect.left - origin.left;
    const y = rect.top - origin.top + rect.height / 2;
    if (halo) {
      ctx.strokeStyle = halo;
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      ctx.strokeText(text, x, y);
    }
    ctx.fillText(text, x, y);
  };
  const caps = style.textTransform === 'uppercase' ? (t: string) => t.toLocaleUpperCase() : (t: string) => t;
  const text = node.textContent!;
  if (rects.length === 1) return draw(caps(text.trim()), range.getBoundingClientRect());
  // A text that wraps: each word where the browser put it (words do not break across lines).
  for (const m of text.matchAll(/\S+/g)) {
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const r = range.getClientRects()[0];
    if (r && r.width > 0) draw(caps(m[0]), r);
  }
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
