/**
 * `npx tsx bench/pipeline-bench.ts dist/data/synth-1000000.json`: the loading worker's stages one by one, in
 * Node (the same V8 as Chromium's worker), on one dataset file: read, parse, validate, columns, index, pack.
 * What `npm run bench` measures as one "time to ready", split so a slow stage can be found.
 */
import { openAsBlob } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildEventColumns } from '../src/core/event-columns';
import { actorRanks, buildEventIndex } from '../src/core/event-index';
import { createEventScanner, packEvents } from '../src/data/packed-events';
import { parseText, readText, validateParsed } from '../src/data/pipeline';

/**
 * Wall time per stage, and CPU time (`cpuMs`: this process's threads, the GC's included), which a busy shared
 * machine disturbs much less: compare CPU times before and after a change.
 */
export async function benchPipeline(file: string): Promise<Record<string, number | Record<string, number>>> {
  const ms: Record<string, number> = {};
  const cpuMs: Record<string, number> = {};
  let t = performance.now();
  let cpu = process.cpuUsage();
  const lap = (stage: string) => {
    const now = performance.now();
    ms[stage] = Math.round(now - t);
    t = now;
    const used = process.cpuUsage(cpu);
    cpuMs[stage] = Math.round((used.user + used.system) / 1000);
    cpu = process.cpuUsage();
  };
  const blob = await openAsBlob(file);
  const scanner = createEventScanner();
  const { text, bytes } = await readText(blob.stream(), blob.size, file, {}, scanner);
  lap('read');
  const parsed = parseText(text, file);
  lap('parse');
  const { dataset, changed, eventTable, refs } = validateParsed(parsed, file);
  lap('validate');
  const columns = buildEventColumns(dataset, refs);
  lap('columns');
  buildEventIndex(columns, dataset.places.length, actorRanks(dataset.actors));
  lap('index');
  packEvents(dataset.events, { bytes, changed, idTable: eventTable, ranges: scanner.ranges(dataset.events.length) });
  lap('pack');
  ms.total = Object.values(ms).reduce((a, b) => a + b, 0);
  cpuMs.total = Object.values(cpuMs).reduce((a, b) => a + b, 0);
  return { events: dataset.events.length, megabytes: Math.round(bytes.length / 2 ** 20), ...ms, cpuMs };
}

if (process.argv[1]?.endsWith('pipeline-bench.ts')) {
  const file = process.argv[2] ?? 'dist/data/synth-100000.json';
  benchPipeline(file).then((r) => console.log(JSON.stringify(r)));
}
