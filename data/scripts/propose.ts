/**
 * `npm run propose -- article.txt --published 2024-11-12 [--lang fr] [--dataset data/dataset.json]`
 * prints one JSON array, one item per sentence: its dates, places and actors, best first — the same code the
 * authoring workspace runs. `npm run propose -- --score [--dataset data/dataset.json]` measures the proposals
 * against a dataset's evidence quotes (see score-proposals.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { knownFromDataset, proposeArticle, type SentenceProposal } from '../../src/core/propose/propose';
import { NO_COUNTRIES, type GazetteerFile } from '../../src/core/propose/gazetteer';
import { buildGazetteer, gazetteerIsFresh } from './build-gazetteer';
import { formatScore, scoreDataset } from './score-proposals';

const GAZETTEER = resolve(import.meta.dirname, '../../public/gazetteer.json');

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

export async function loadGazetteer(): Promise<GazetteerFile> {
  if (!gazetteerIsFresh(GAZETTEER)) await buildGazetteer(GAZETTEER);
  return JSON.parse(readFileSync(GAZETTEER, 'utf8')) as GazetteerFile;
}

/** The §7 shape exactly: the places' and actors' `from` (shown by the workspace) stays out of the JSON. */
export function toJsonItems(proposals: readonly SentenceProposal[]) {
  return proposals.map((p) => ({
    start: p.start,
    end: p.end,
    text: p.text,
    dates: p.dates.map(({ value, certain, alternatives, from }) => ({ value, certain, alternatives, from })),
    places: p.places.map(({ id, name, lon, lat, score }) => ({ ...(id ? { id } : {}), name, lon, lat, score })),
    actors: p.actors.map(({ id, name, score }) => ({ ...(id ? { id } : {}), name, score })),
  }));
}

function fail(message: string): never {
  console.error(`propose: ${message}`);
  process.exit(2);
}

async function main(args: string[]) {
  const datasetPath = option(args, '--dataset');
  const gazetteer = await loadGazetteer();
  if (args.includes('--score')) {
    const file = datasetPath ?? 'data/dataset.json';
    console.log(formatScore(file, scoreDataset(file, gazetteer, true), scoreDataset(file, gazetteer, false)));
    return;
  }
  const article = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!article) fail('usage: npm run propose -- path/to/article.txt --published YYYY-MM-DD [--lang fr|en] [--dataset data/dataset.json]');
  const published = option(args, '--published') ?? null;
  if (published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(published)) fail(`--published must be a day written YYYY-MM-DD, not "${published}"`);
  const lang = option(args, '--lang') ?? 'fr';
  if (lang !== 'fr' && lang !== 'en') fail(`--lang must be fr or en, not "${lang}"`);
  let text: string;
  try {
    text = readFileSync(article, 'utf8');
  } catch (err) {
    fail(`cannot read ${article}: ${(err as Error).message}`);
  }
  const known = datasetPath ? knownFromDataset(JSON.parse(readFileSync(datasetPath, 'utf8'))) : { places: [], actors: [] };
  const proposals = proposeArticle(text, { published, lang, gazetteer: gazetteer.places, countries: gazetteer.countries ?? NO_COUNTRIES, ...known });
  console.log(JSON.stringify(toJsonItems(proposals), null, 2));
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) await main(process.argv.slice(2));
