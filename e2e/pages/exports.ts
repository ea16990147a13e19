import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';

export type ExportKind = 'png' | 'svg' | 'csv' | 'json';

/** The export hooks (export-png, export-svg, export-csv, export-json) and the embed's export menu. */
export class Exports {
  readonly menuToggle: Locator;

  constructor(readonly page: Page) {
    this.menuToggle = page.getByTestId('export-menu');
  }

  button(kind: ExportKind): Locator {
    return this.page.getByTestId(`export-${kind}`);
  }

  /** Clicks an export and returns the downloaded file's name and bytes. */
  async download(kind: ExportKind): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.button(kind).click()]);
    return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
  }
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF), for reading an exported CSV back. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\ufeff/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
