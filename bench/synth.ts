/**
 * `npm run synth -- --events N [--seed S] [--out path]`: writes a seeded synthetic dataset (see synth-dataset.ts)
 * as JSON, by default to `dist/data/synth-N.json`, where a built app loads it with `?data=./data/synth-N.json`.
 * Events are written one by one, so a million of them never become one giant string.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { synthDataset } from './synth-dataset';

export function writeSynth(events: number, seed: number, out: string): string {
  const { events: list, ...rest } = synthDataset({ events, seed });
  mkdirSync(dirname(out), { recursive: true });
  const fd = openSync(out, 'w');
  try {
    const head = JSON.stringify({ ...rest, events: [] });
    writeSync(fd, head.slice(0, -3) + '[\n'); // without the closing `[]}`
    let chunk: string[] = [];
    list.forEach((e, i) => {
      chunk.push(JSON.stringify(e) + (i < list.length - 1 ? ',\n' : '\n'));
      if (chunk.length === 10_000) {
        writeSync(fd, chunk.join(''));
        chunk = [];
      }
    });
    writeSync(fd, chunk.join('') + ']}\n');
  } finally {
    closeSync(fd);
  }
  return out;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1]?.endsWith('synth.ts')) {
  const events = Number(arg('events') ?? 10_000);
  if (!Number.isInteger(events) || events < 1) throw new Error('--events needs a positive whole number');
  const seed = Number(arg('seed') ?? 1);
  console.log(writeSynth(events, seed, arg('out') ?? `dist/data/synth-${events}.json`));
}
