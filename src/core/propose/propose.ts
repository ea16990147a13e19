import { buildActorIndex, proposeActors, type ActorIndex, type ActorProposal, type KnownActor } from './actors';
import { proposeDates, type DateProposal, type ProposalLang } from './dates';
import { buildPlaceIndex, NO_COUNTRIES, proposePlaces, type CountryRow, type GazetteerRow, type KnownPlace, type PlaceIndex, type PlaceProposal } from './gazetteer';
import { splitSentences, type Sentence } from './sentences';
import { createContextReader } from './context';
import { foldText } from '../search';

/**
 * What Dossier proposes for each sentence of an article: its dates, places and actors, best first. The
 * workspace asks sentence by sentence (so a long article stays responsive); `npm run propose` asks for all.
 */

export interface SentenceProposal {
  start: number;
  end: number;
  text: string;
  dates: DateProposal[];
  places: PlaceProposal[];
  actors: ActorProposal[];
}

/** Human text in a dataset: a string, or language code → text. */
export type AnyText = string | Readonly<Record<string, string>>;
const texts = (t: AnyText | undefined): string[] => (t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t));

interface DatasetLike {
  places: ReadonlyArray<{ id: string; name: AnyText; lon: number; lat: number; country?: string | undefined }>;
  actors: ReadonlyArray<{ id: string; name: AnyText; aliases?: readonly string[] | undefined; role?: AnyText | undefined; type?: string | undefined }>;
}

/** The dataset's places and actors with every name they go by, for matching. */
export function knownFromDataset(dataset: DatasetLike): { places: KnownPlace[]; actors: KnownActor[] } {
  return {
    places: dataset.places.map((p) => ({ id: p.id, names: [...new Set(texts(p.name))], lon: p.lon, lat: p.lat, country: p.country })),
    actors: dataset.actors.map((a) => ({
      id: a.id,
      names: [...new Set([...texts(a.name), ...(a.aliases ?? [])])],
      roles: texts(a.role),
      ...(a.type ? { type: a.type } : {}),
    })),
  };
}

export interface ProposerOptions {
  /** The article's publication day (ISO), or null when unknown (relative dates then read against `today`). */
  published: string | null;
  lang: ProposalLang;
  gazetteer: readonly GazetteerRow[];
  countries?: readonly CountryRow[];
  places?: readonly KnownPlace[];
  actors?: readonly KnownActor[];
  /** The reference day when `published` is null. */
  today?: string;
}

export interface Proposer {
  sentences: readonly Sentence[];
  /** Proposals for sentence `i` (computed once, then cached). */
  proposeFor(i: number): SentenceProposal;
}

export interface MatchIndexes {
  places: PlaceIndex;
  actors: ActorIndex;
}

export function buildIndexes(options: Pick<ProposerOptions, 'gazetteer' | 'countries' | 'places' | 'actors'>): MatchIndexes {
  return { places: buildPlaceIndex(options.gazetteer, options.places ?? [], options.countries ?? NO_COUNTRIES), actors: buildActorIndex(options.actors ?? []) };
}

export function createProposer(text: string, options: ProposerOptions, indexes: MatchIndexes = buildIndexes(options)): Proposer {
  const sentences = splitSentences(text);
  const reference = options.published ?? options.today ?? new Date().toISOString().slice(0, 10);
  const cache = new Map<number, SentenceProposal>();
  const own = new Map<number, DateProposal[]>();
  const ownDates = (i: number) => {
    if (!own.has(i)) own.set(i, proposeDates(sentences[i]!.text, reference, options.lang));
    return own.get(i)!;
  };
  const context = createContextReader(sentences, ownDates, options.published, options.lang);
  const proposeFor = (i: number): SentenceProposal => {
    const cached = cache.get(i);
    if (cached) return cached;
    const s = sentences[i]!;
    const dates = ownDates(i);
    const inferred = dates.length ? null : context.contextDate(i);
    const places = proposePlaces(s.text, indexes.places);
    // Only a likely place (a dataset place, a capital, a city of some size) keeps a name from the actors: "Lin"
    // is a village somewhere, and a spokesman here.
    const placeWords = new Set(places.filter((p) => p.score >= 0.6).map((p) => foldText(p.from)));
    const actors = proposeActors(s.text, indexes.actors, (w) => placeWords.has(foldText(w)), (w) => (indexes.places.countries.has(foldText(w)) ? 'country' : undefined));
    // "Vladimir" in "Vladimir Poutine" is a first name, not the city: a place inside a longer name is dropped.
    const names = actors.map((a) => foldText(a.from)).filter((f) => f.includes(' '));
    const placesOutsideNames = places.filter((p) => {
      const f = foldText(p.from);
      return !names.some((n) => n !== f && ` ${n} `.includes(` ${f} `));
    });
    const proposal: SentenceProposal = { start: s.start, end: s.end, text: s.text, dates: inferred ? [inferred] : dates, places: placesOutsideNames, actors };
    cache.set(i, proposal);
    return proposal;
  };
  return { sentences, proposeFor };
}

/** Proposals for every sentence, in order: what `npm run propose` prints. */
export function proposeArticle(text: string, options: ProposerOptions): SentenceProposal[] {
  const proposer = createProposer(text, options);
  return proposer.sentences.map((_, i) => proposer.proposeFor(i));
}

/**
 * Proposals for a quote that may be part of a sentence or run over several: the proposals of every sentence
 * it touches, merged (each date, place and actor once, the quote's own sentence first).
 */
export function proposeForRange(proposer: Proposer, start: number, end: number): SentenceProposal {
  const touched = proposer.sentences.flatMap((s, i) => (s.end > start && s.start < end ? [proposer.proposeFor(i)] : []));
  const once = <T,>(items: T[], key: (t: T) => string) => items.filter((x, i) => items.findIndex((y) => key(y) === key(x)) === i);
  const first = touched[0];
  return {
    start: first?.start ?? start,
    end: touched.at(-1)?.end ?? end,
    text: touched.map((p) => p.text).join(' '),
    dates: once(touched.flatMap((p) => p.dates), (d) => d.value),
    places: once(touched.flatMap((p) => p.places), (p) => p.id ?? `${p.name}@${p.lat},${p.lon}`),
    actors: once(touched.flatMap((p) => p.actors), (a) => a.id ?? a.name),
  };
}
