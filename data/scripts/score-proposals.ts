/**
 * Measures the proposals against a dataset used as the answer key: for each evidence quote, the proposals for
 * the sentence(s) holding it — the event's date (its month for month-only events), a place within 50 km of
 * the event's place when the sentence names that place, and the event's person actors that the sentence names.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { locateQuote, splitParagraphs } from '../../src/core/provenance';
import { distanceKm, NO_COUNTRIES, type GazetteerFile } from '../../src/core/propose/gazetteer';
import { buildIndexes, createProposer, knownFromDataset, type AnyText } from '../../src/core/propose/propose';
import { foldText } from '../../src/core/search';

interface KeyDataset {
  sources: Array<{ id: string; file?: string; text?: string; published?: string | null; language?: string }>;
  places: Array<{ id: string; name: AnyText; lon: number; lat: number }>;
  actors: Array<{ id: string; name: AnyText; aliases?: string[]; type?: string }>;
  events: Array<{ date: string; placeId: string; actorIds: string[]; evidence: Array<{ sourceId: string; quote: string }> }>;
}

export interface Figure {
  hit: number;
  of: number;
}
export interface Score {
  date: Figure;
  /** Of `date`'s hits, those where the matching date was inferred from the context ("from": "context"). */
  dateFromContext: Figure;
  dateFirst: Figure;
  dateOrAlternative: Figure;
  place: Figure;
  actor: Figure;
}

const names = (t: AnyText) => (typeof t === 'string' ? [t] : Object.values(t));
const mentions = (sentence: string, name: string) => ` ${foldText(sentence)} `.includes(` ${foldText(name)} `);

/** `withDataset` false scores the gazetteer and name runs alone, as for a new dossier. */
export function scoreDataset(file: string, gazetteerFile: GazetteerFile, withDataset: boolean): Score {
  const gazetteer = gazetteerFile.places;
  const countries = gazetteerFile.countries ?? NO_COUNTRIES;
  const data = JSON.parse(readFileSync(file, 'utf8')) as KeyDataset;
  const root = resolve(dirname(resolve(file)), '..');
  const known = withDataset ? knownFromDataset(data) : { places: [], actors: [] };
  const indexes = buildIndexes({ gazetteer, countries, ...known });
  const placesById = new Map(data.places.map((p) => [p.id, p]));
  const actorsById = new Map(data.actors.map((a) => [a.id, a]));
  const score: Score = { date: { hit: 0, of: 0 }, dateFromContext: { hit: 0, of: 0 }, dateFirst: { hit: 0, of: 0 }, dateOrAlternative: { hit: 0, of: 0 }, place: { hit: 0, of: 0 }, actor: { hit: 0, of: 0 } };
  for (const source of data.sources) {
    const text = source.text ?? readFileSync(resolve(root, source.file!), 'utf8');
    const lang = source.language === 'en' ? 'en' : 'fr';
    const proposer = createProposer(text, { published: source.published ?? null, lang, gazetteer, ...known }, indexes);
    const paragraphs = splitParagraphs(text);
    for (const event of data.events) {
      for (const ev of event.evidence.filter((e) => e.sourceId === source.id)) {
        const at = locateQuote(text, paragraphs, ev.quote)?.range;
        if (!at) continue;
        const holding = proposer.sentences.flatMap((s, i) => (s.end > at.start && s.start < at.end ? [proposer.proposeFor(i)] : []));
        const sentence = holding.map((p) => p.text).join(' ');
        const proposed = holding.flatMap((p) => p.dates);
        const dates = proposed.map((d) => d.value);
        const want = event.date.length === 7 ? (v: string) => v.slice(0, 7) === event.date : (v: string) => v === event.date;
        score.date.of++;
        if (dates.some(want)) {
          score.date.hit++;
          score.dateFromContext.of++;
          if (proposed.find((d) => want(d.value))!.from === 'context') score.dateFromContext.hit++;
        }
        score.dateOrAlternative.of++;
        if (holding.some((p) => p.dates.some((d) => want(d.value) || d.alternatives.some(want)))) score.dateOrAlternative.hit++;
        score.dateFirst.of++;
        if (dates[0] !== undefined && want(dates[0])) score.dateFirst.hit++;
        const place = placesById.get(event.placeId);
        if (place && names(place.name).some((n) => mentions(sentence, n))) {
          score.place.of++;
          if (holding.some((p) => p.places.some((c) => distanceKm(c, place) <= 50))) score.place.hit++;
        }
        for (const id of event.actorIds) {
          const actor = actorsById.get(id);
          if (actor?.type !== 'person' || ![...names(actor.name), ...(actor.aliases ?? [])].some((n) => mentions(sentence, n))) continue;
          score.actor.of++;
          const aliases = new Set([...names(actor.name), ...(actor.aliases ?? [])].map(foldText));
          if (holding.some((p) => p.actors.some((a) => a.id === id || (a.id === undefined && aliases.has(foldText(a.name)))))) score.actor.hit++;
        }
      }
    }
  }
  return score;
}

const pct = (f: Figure) => (f.of ? `${((100 * f.hit) / f.of).toFixed(1)} %` : 'n/a');

const figure = (label: string, f: Figure) => `  ${label.padEnd(44)} ${String(f.hit).padStart(3)} / ${String(f.of).padEnd(3)} ${pct(f).padStart(7)}`;
const line = (label: string, f: Figure, goal: number) => `${figure(label, f)}   (goal ≥ ${goal} %)${f.of && (100 * f.hit) / f.of >= goal ? '' : '  ✗'}`;

export function formatScore(file: string, withDataset: Score, alone: Score): string {
  const block = (title: string, s: Score) => [
    title,
    line('date among the proposed dates', s.date, 80),
    figure('… of those hits, inferred from the context', s.dateFromContext),
    figure('… as the first proposed date', s.dateFirst),
    figure('… counting alternatives too (not the goal)', s.dateOrAlternative),
    line('place within 50 km (sentence names it)', s.place, 80),
    line('person actors the sentence names', s.actor, 90),
  ];
  return [
    `propose --score: proposals for the sentences holding each evidence quote of ${file}`,
    'A date counts when one value of the sentence\'s "dates" list is the event\'s date (its month for a month-only',
    'event); the alternatives of those dates do not count, except on the line that says so. A sentence without a date',
    'of its own proposes the one its context gives ("from": "context"), and that counts.',
    ...block('with the dataset\'s places and actors (--dataset):', withDataset),
    ...block('without them (gazetteer and name runs only; a new actor counts when its name is an alias):', alone),
  ].join('\n');
}
