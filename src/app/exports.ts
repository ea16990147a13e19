import { eventsToCsv, exportFileName, restrictDataset } from '../core/export-data';
import { storiesToExport } from './story/use-stories';
import type { ViewName } from '../core/url-state';
import { sourceTextUrl } from '../data/load';
import type { DossierEvent } from '../data/schema';
import type { DossierData } from '../ui/dossier-context';
import { cloneSvg, getSvgSource, surfaceOf, withWebFont } from '../ui/export-registry';
import type { Lang } from '../core/url-state';
import { loc } from '../ui/i18n';
import { renderPng, type PngCaption } from './export-png';

/**
 * The four exports (PNG, SVG, CSV, JSON). Each builds its file from what is on screen or passes the
 * filters, and downloads it under a name that says what and which dates.
 */
export interface ExportInput {
  data: DossierData;
  /** Events passing all filters. */
  events: readonly DossierEvent[];
  window: { from: string | null; to: string | null };
  views: readonly ViewName[];
  lang: Lang;
  caption: PngCaption;
}

export const SVG_VIEWS: readonly ViewName[] = ['network', 'timeline'];

function download(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

const fileName = (input: ExportInput, what: string, ext: string) => exportFileName(what, ext, input.window, input.data.extent);

/**
 * Resolves once the views have drawn the current selection: on a large dossier the network, the timeline's bars
 * and the list follow a click in a deferred render (the app carries `data-pending` meanwhile), and a big
 * network's names a frame after its nodes (`data-labels-pending`); a picture taken then would show them a step
 * behind. Gives up after `ms` rather than never exporting.
 */
export function viewsSettled(ms = 10_000): Promise<void> {
  const until = performance.now() + ms;
  return new Promise((resolve) => {
    const check = () => {
      if (!document.querySelector('[data-testid="app"][data-pending], [data-labels-pending]') || performance.now() > until) resolve();
      else requestAnimationFrame(check);
    };
    // From the next frame: a change made in this task has been rendered by then (and marked pending if it is).
    requestAnimationFrame(check);
  });
}

export async function exportPng(input: ExportInput): Promise<void> {
  await viewsSettled();
  const blob = await renderPng(input.caption);
  if (blob) download(blob, fileName(input, input.views.join('-') || 'views', 'png'));
}

/**
 * The shown SVG views (network, timeline) as one vector file: the caption, then each view under its title,
 * in the URL's order, with real text in the embedded web font.
 */
export async function exportSvg(input: ExportInput): Promise<void> {
  await viewsSettled();
  const NS = 'http://www.w3.org/2000/svg';
  const shown = input.views.filter((v) => SVG_VIEWS.includes(v));
  const parts = shown.flatMap((view) => {
    const source = getSvgSource(view);
    const title = document.getElementById(`panel-title-${view}`)?.textContent ?? view;
    return source ? [{ view, title, ...cloneSvg(source.svg, source.legend) }] : [];
  });
  if (parts.length === 0) return;
  const root = document.createElementNS(NS, 'svg');
  const style = getComputedStyle(document.body);
  const text = (content: string, x: number, y: number, size: number, weight: number, fill: string) => {
    const el = document.createElementNS(NS, 'text');
    el.setAttribute('x', String(x));
    el.setAttribute('y', String(y));
    el.setAttribute('style', `font-family:${style.fontFamily};font-size:${size}px;font-weight:${weight};fill:${fill}`);
    el.textContent = content;
    root.append(el);
  };
  const colour = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  const width = Math.max(...parts.map((p) => p.width));
  text(input.caption.title, 12, 26, 19, 600, colour('--text'));
  text(input.caption.subtitle, 12, 48, 14, 400, colour('--muted'));
  let y = 62;
  for (const part of parts) {
    text(part.title.toUpperCase(), 12, y + 16, 12, 600, colour('--muted'));
    part.svg.setAttribute('x', '0');
    part.svg.setAttribute('y', String(y + 24));
    part.svg.setAttribute('role', 'img');
    root.append(part.svg);
    y += 24 + part.height + 8;
  }
  root.setAttribute('xmlns', NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(y));
  root.setAttribute('viewBox', `0 0 ${width} ${y}`);
  const file = await withWebFont(root, surfaceOf(document.body));
  download(new Blob([file], { type: 'image/svg+xml' }), fileName(input, parts.map((p) => p.view).join('-'), 'svg'));
}

export function exportCsv(input: ExportInput): void {
  const csv = eventsToCsv(input.events, input.data, (t) => loc(t, input.lang));
  // A BOM, so spreadsheets open the UTF-8 text (accents, quotes) as UTF-8; Dossier's reader skips it.
  download(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), fileName(input, 'events', 'csv'));
}

/** The dataset cut to the passing events, source texts inline, so the file loads back from anywhere. */
export async function exportJson(input: ExportInput): Promise<void> {
  const ids = new Set(input.events.map((e) => e.id));
  const dataset = restrictDataset(input.data.dataset, ids);
  const texts = new Map<string, string>();
  await Promise.all(dataset.sources.map(async (source) => {
    if (source.text !== undefined) return;
    const url = sourceTextUrl(source, input.data.datasetUrl);
    const res = url ? await fetch(url).catch(() => null) : null;
    if (res?.ok) texts.set(source.id, await res.text());
  }));
  const out = restrictDataset(input.data.dataset, ids, texts, storiesToExport(input.data.dataset, input.data.datasetUrl));
  download(new Blob([`${JSON.stringify(out, null, 2)}\n`], { type: 'application/json' }), fileName(input, 'events', 'json'));
}
