import type { Theme } from '../core/url-state';
import { getExporters } from '../ui/export-registry';

/**
 * Downloads what is on screen as one PNG: each shown view paints itself (registerExporter) and we place the
 * pictures where the views stand on the page, on the theme's background.
 */
export async function exportPng(theme: Theme): Promise<void> {
  const scale = window.devicePixelRatio || 1;
  const grid = document.querySelector<HTMLElement>('.view-grid');
  if (!grid) return;
  const frame = grid.getBoundingClientRect();
  const out = document.createElement('canvas');
  out.width = Math.round(frame.width * scale);
  out.height = Math.round(frame.height * scale);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || (theme === 'dark' ? '#111' : '#fff');
  ctx.fillRect(0, 0, out.width, out.height);
  for (const [view, exporter] of getExporters()) {
    const el = grid.querySelector<HTMLElement>(`[data-view="${view}"] .panel__body`);
    const canvas = await exporter();
    if (!el || !canvas) continue;
    const r = el.getBoundingClientRect();
    ctx.drawImage(canvas, (r.left - frame.left) * scale, (r.top - frame.top) * scale, r.width * scale, r.height * scale);
  }
  const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, 'image/png'));
  if (!blob) return;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `dossier-${new Date().toISOString().slice(0, 10)}.png`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
