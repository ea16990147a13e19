import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Sizes of what ships: JS and CSS (raw and gzip), and the whole dist/ folder including data and fonts. */
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
  return { js: sum('.js'), css: sum('.css'), totalBytes: files.reduce((n, f) => n + statSync(f).size, 0) };
}
