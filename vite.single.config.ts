import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

const OUT = resolve(import.meta.dirname, 'dist-single');

/** The page's entry becomes src/single-file.ts (the dataset built in); its server CSP and favicon link go. */
function singleFileEntry(): Plugin {
  return {
    name: 'dossier-single-entry',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html
        .replace('/src/main.tsx', '/src/single-file.ts')
        .replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
        .replace(/\s*<link rel="icon"[^>]*>/, ''),
    },
  };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Once everything is inlined: a Content-Security-Policy that allows exactly the page's own inline script
 * and styles, by hash (no 'unsafe-inline'), and nothing from anywhere else. data: and blob: carry the
 * fonts, the basemap and MapLibre's worker, which the build has turned into data URLs.
 */
function hashCsp(): Plugin {
  return {
    name: 'dossier-single-csp',
    apply: 'build',
    enforce: 'post',
    async closeBundle() {
      const html = await readFile(resolve(OUT, 'index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
      const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
      const csp = [
        "default-src 'none'",
        `script-src ${scripts.join(' ')}`,
        `style-src ${styles.join(' ')}`,
        'img-src data: blob:',
        'font-src data:',
        'connect-src data: blob:',
        'worker-src blob: data:',
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
      const out = html.replace(/<meta charset="UTF-8" \/>/i, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
      if (out === html) throw new Error('dossier-single-csp: no <meta charset> to put the CSP after');
      await writeFile(resolve(OUT, 'dossier.html'), out);
      await rm(resolve(OUT, 'index.html'));
    },
  };
}

// `npm run build:single`: dist-single/dossier.html, the whole app and its data in one file that works from disk.
export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [react(), singleFileEntry(), viteSingleFile({ removeViteModuleLoader: true }), hashCsp()],
  // The loading worker is built into the page too (a blob: worker), as nothing beside the file can be loaded.
  // So is the network's layout worker.
  resolve: {
    alias: [
      { find: /^\.\/pipeline-worker$/, replacement: resolve(import.meta.dirname, 'src/data/pipeline-worker.inline.ts') },
      { find: /^\.\/layout-worker$/, replacement: resolve(import.meta.dirname, 'src/views/network/layout-worker.inline.ts') },
    ],
  },
  build: { outDir: OUT, emptyOutDir: true, sourcemap: false, target: 'es2022' },
});
