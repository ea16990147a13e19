import { createReadStream, existsSync, statSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

const DATA_DIR = resolve(import.meta.dirname, '..');
/** What of data/ ships with the app: the dataset and its sources, never the scripts. */
const SHIPPED = ['dataset.json', 'sources'];

function isShipped(relPath: string): boolean {
  return SHIPPED.some((entry) => relPath === entry || relPath.startsWith(`${entry}/`));
}

/**
 * The canonical dataset lives in data/ at the repo's top level (CONTRACT §1) and the app fetches it at
 * ./data/dataset.json. This plugin serves data/ in dev and preview, and copies it into dist/data/ on build,
 * so there is one copy in the repo and no file in public/ to keep in sync.
 */
export function copyDatasetPlugin(): Plugin {
  let outDir = 'dist';
  // Vitest resolves this config too (with a placeholder outDir): copy only on a real `vite build`.
  let isBuild = false;
  const serve = (url: string | undefined, res: ServerResponse, next: () => void) => {
    const path = decodeURIComponent((url ?? '').split('?')[0] ?? '');
    const rel = normalize(path.replace(/^.*?\/data\//, '')).split(sep).join('/');
    const file = join(DATA_DIR, rel);
    if (!path.includes('/data/') || !isShipped(rel) || !file.startsWith(DATA_DIR) || !existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
    createReadStream(file).pipe(res);
  };
  return {
    name: 'dossier-copy-dataset',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      isBuild = config.command === 'build' && !process.env.VITEST;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => serve(req.url, res, next));
    },
    async closeBundle() {
      if (!isBuild) return;
      for (const entry of SHIPPED) {
        await cp(join(DATA_DIR, entry), join(outDir, 'data', entry), { recursive: true });
      }
    },
  };
}
