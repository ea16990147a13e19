import { isoFromDay, dayFromIso } from '../src/core/dates';
import { EVENT_KINDS, type Actor, type Dataset, type DossierEvent, type Place, type Source } from '../src/data/schema';

/**
 * A seeded synthetic dossier of `events` events in the dataset format: 320 places and 3,000 actors used with
 * Zipf-like frequencies (a few hubs, a long tail), every place and actor in at least one event, over three years
 * with some month-only dates and some ranges, and 100 sources whose inline text holds every quote verbatim. Events
 * are compact (one-language titles, short quotes): about 190 bytes each, 190 MB for a million.
 */
export interface SynthOptions {
  events: number;
  seed?: number;
  places?: number;
  actors?: number;
}

const SOURCES = 100;
const SENTENCES = 40;
const FIRST_DAY = dayFromIso('2022-01-01');
const DAYS = 3 * 365;

export function synthDataset(options: SynthOptions): Dataset {
  const n = options.events;
  const rand = mulberry32(options.seed ?? 1);
  const placeCount = Math.max(1, Math.min(options.places ?? 320, n));
  const actorCount = Math.max(1, Math.min(options.actors ?? 3000, n));
  const places: Place[] = Array.from({ length: placeCount }, (_, i) => ({
    id: `place-${i}`,
    name: { en: `Place ${i}`, fr: `Lieu ${i}` },
    country: String.fromCharCode(65 + (i % 26), 65 + ((i * 7) % 26)),
    lon: Math.round((rand() * 340 - 170) * 1e4) / 1e4,
    lat: Math.round((rand() * 130 - 60) * 1e4) / 1e4,
  }));
  const types = ['person', 'organization', 'country'] as const;
  const actors: Actor[] = Array.from({ length: actorCount }, (_, i) => ({
    id: `actor-${i}`,
    name: { en: `Actor ${i}`, fr: `Acteur ${i}` },
    type: types[i % 3]!,
    aliases: [],
    role: { en: 'Synthetic actor', fr: 'Acteur synthétique' },
  }));
  const sources: Source[] = Array.from({ length: SOURCES }, (_, s) => ({
    id: `source-${s}`,
    title: `Synthetic report ${s}`,
    outlet: `Outlet ${s % 7}`,
    language: s % 2 ? 'fr' : 'en',
    published: isoFromDay(FIRST_DAY + ((s * 11) % DAYS)),
    text: Array.from({ length: SENTENCES }, (_, j) => sentence(s, j)).join(' '),
  }));
  const pickPlace = zipf(placeCount, 1.1, rand);
  const pickActor = zipf(actorCount, 1.0, rand);
  const events: DossierEvent[] = new Array(n);
  for (let i = 0; i < n; i++) {
    // The first events name each place and actor once, so every one is used whatever the draw.
    const placeId = `place-${i < placeCount ? i : pickPlace()}`;
    const ids = new Set<number>([i < actorCount ? i : pickActor()]);
    const more = rand() < 0.5 ? 1 : rand() < 0.6 ? 2 : 3;
    for (let k = 0; k < more; k++) ids.add(pickActor());
    const day = FIRST_DAY + Math.floor(rand() * DAYS);
    const shape = rand();
    const date = shape < 0.02 ? isoFromDay(day).slice(0, 7) : isoFromDay(day);
    const endDate = shape > 0.95 ? isoFromDay(day + 1 + Math.floor(rand() * 10)) : undefined;
    const s = Math.floor(rand() * SOURCES);
    const j = Math.floor(rand() * SENTENCES);
    events[i] = {
      id: `event-${i}`,
      date,
      ...(endDate ? { endDate } : {}),
      placeId,
      actorIds: [...ids].map((a) => `actor-${a}`),
      kind: EVENT_KINDS[i % EVENT_KINDS.length]!,
      // Lean as a user's own file would be: one language, a short quote, a summary now and then (~190 bytes).
      title: `Event ${i}`,
      ...(i % 10 === 0 ? { summary: `Synthetic event ${i}.` } : {}),
      evidence: [{ sourceId: `source-${s}`, quote: sentence(s, j) }],
    };
  }
  return { schemaVersion: 1, title: { en: `Synthetic dossier (${n} events)`, fr: `Dossier synthétique (${n} événements)` }, sources, places, actors, events };
}

const sentence = (s: number, j: number) => `Fact ${j} of report ${s}.`;

/** Draws 0..count-1 with probability ∝ 1 / (rank + 1)^s: a few heavy hitters and a long tail. */
function zipf(count: number, s: number, rand: () => number): () => number {
  const cdf = new Float64Array(count);
  let sum = 0;
  for (let r = 0; r < count; r++) cdf[r] = sum += 1 / (r + 1) ** s;
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
