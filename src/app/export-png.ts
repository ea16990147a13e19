import { getExporters } from '../ui/export-registry';
import { paintTree } from '../ui/paint-dom';

/** Slides want crisp pictures whatever the screen: the PNG is always drawn at 2 device px per CSS px. */
export const PNG_SCALE = 2;
/** The caption band's height in CSS px at text scale 1. */
const HEADER = 58;

export interface PngCaption {
  /** The dossier's title. */
  title: string;
  /** The date window in words, the count and the selection: "12 Nov – 14 Nov 2024 · 8 events · Moscow". */
  subtitle: string;
}

/**
 * What the presenter sees, as one PNG: a caption band (the dossier's title and the date window), then every
 * shown view where it stands on the page — its panel, title and legend, the picture the view paints of itself
 * (registerExporter), the event list's rows and an open event's details painted from the page.
 */
export async function renderPng(caption: PngCaption): Promise<Blob | null> {
  const grid = document.querySelector<HTMLElement>('.view-grid');
  if (!grid) return null;
  const frame = grid.getBoundingClientRect();
  // The caption follows the frame's text size (an embed's --px), as the views' text does.
  const k = parseFloat(getComputedStyle(grid).getPropertyValue('--px')) || 1;
  const header = Math.round(HEADER * k);
  const root = getComputedStyle(document.documentElement);
  const css = (name: string, fallback: string) => root.getPropertyValue(name).trim() || fallback;
  const out = document.createElement('canvas');
  out.width = Math.round(frame.width * PNG_SCALE);
  out.height = Math.round((frame.height + header) * PNG_SCALE);
  const ctx = out.getContext('2d')!;
  ctx.scale(PNG_SCALE, PNG_SCALE);
  ctx.fillStyle = css('--bg', '#ffffff');
  ctx.fillRect(0, 0, frame.width, frame.height + header);

  await document.fonts.ready;
  const family = getComputedStyle(document.body).fontFamily;
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = css('--text', '#000000');
  ctx.font = `600 ${19 * k}px ${family}`;
  fitText(ctx, caption.title, 12 * k, 25 * k, frame.width - 24 * k);
  ctx.fillStyle = css('--muted', '#555555');
  ctx.font = `400 ${14 * k}px ${family}`;
  fitText(ctx, caption.subtitle, 12 * k, 47 * k, frame.width - 24 * k);

  // Grid coordinates, shifted under the caption band.
  const origin = new DOMRect(frame.left, frame.top - header, frame.width, frame.height);
  const exporters = getExporters();
  for (const panel of grid.querySelectorAll<HTMLElement>(':scope > .panel')) {
    const view = panel.dataset.view as Parameters<typeof exporters.get>[0];
    const r = panel.getBoundingClientRect();
    ctx.save();
    clipTo(ctx, r, origin);
    paintTree(ctx, panel, origin, 1, (el) => el.classList.contains('panel__body'));
    const body = panel.querySelector<HTMLElement>('.panel__body')!;
    const exporter = exporters.get(view);
    const picture = exporter ? await exporter(PNG_SCALE) : null;
    const b = body.getBoundingClientRect();
    if (picture) {
      ctx.drawImage(picture, b.left - origin.left, b.top - origin.top, b.width, b.height);
      // What the view keeps in HTML beside its picture: the timeline's window and legend.
      for (const el of body.querySelectorAll<HTMLElement>('.timeline__bar')) paintTree(ctx, el, origin);
    } else {
      paintTree(ctx, body, origin);
    }
    ctx.restore();
  }
  const details = grid.querySelector<HTMLElement>(':scope > .details');
  if (details) {
    ctx.save();
    clipTo(ctx, details.getBoundingClientRect(), origin);
    paintTree(ctx, details, origin);
    ctx.restore();
  }
  return new Promise<Blob | null>((resolve) => out.toBlob(resolve, 'image/png'));
}

function clipTo(ctx: CanvasRenderingContext2D, r: DOMRect, origin: DOMRect) {
  ctx.beginPath();
  ctx.rect(r.left - origin.left, r.top - origin.top, r.width, r.height);
  ctx.clip();
}

/** One line of text, shortened with an ellipsis when it would run past `max`. */
function fitText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, max: number) {
  let s = text;
  while (s.length > 1 && ctx.measureText(s).width > max) s = s.slice(0, -2) + '…';
  ctx.fillText(s, x, y);
}
