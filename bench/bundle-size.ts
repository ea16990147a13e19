import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** The JavaScript the page loads before anything else: what index.html names (script and modulepreload). */
function initialJs(dist: string) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g)].map((m) => join(dist, m[1]!));
  return { files: files.length, bytes: files.reduce((n, f) => n + statSync(f).size, 0), gzipBytes: files.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0) };
}

/** Sizes of what ships: the initial JS, all JS and CSS (raw and gzip), and the whole dist/ folder including data and fonts. */
export function bundleSize(dist = 'dist') {
  const files = walk(dist);
  const sum = (ext: string) => {
    const picked = files.filter((f) => f.endsWith(ext));
    return {
      files: picked.length,
      bytes: picked.reduce((n, f) => n + statSync(f).size, 0),
      gzipBytes: picked.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0),
    };
  };
  return { initialJs: initialJs(dist), js: sum('.js'), css: sum('.css'), totalBytes: files.reduce((n, f) => n + statSync(f).size, 0) };
}
