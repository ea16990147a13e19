import { ACTOR_TYPES, EVENT_KINDS, type Dataset } from './schema';
import type { EventRefs } from '../core/event-columns';
import { createIdTable } from './id-table';
import { ProblemCollector, type ProblemReport } from './problems';
import { checkStories } from './validate-stories';
import {
  checkDay, checkEventDate, checkNumberIn, checkSlug, checkText, describeValue, field, isObject, normalizeSpace, SLUG, type Json,
} from './validate-fields';

/** The six places of the design: the bundled dataset must carry exactly these ids. */
export const REQUIRED_PLACE_IDS = ['pyongyang', 'moscow', 'beijing', 'kursk', 'valletta', 'zhuhai'] as const;

export type Collection = 'sources' | 'places' | 'actors' | 'events';

/** How problems name a record: `events[3] (id "x")` for JSON; a CSV names its lines and columns instead. */
export interface RecordNames {
  record(collection: Collection, index: number, id: unknown): string;
  field?(collection: Collection, field: string): string;
}

const JSON_NAMES: RecordNames = {
  record: (collection, index, id) => (typeof id === 'string' ? `${collection}[${index}] (id "${id.slice(0, 80)}")` : `${collection}[${index}]`),
};

export interface ValidateOptions {
  /** `minimal` (default): what any dataset needs. `complete`: the bundled dataset's rules on top. */
  profile?: 'minimal' | 'complete';
  /** The dataset's title when it has none (its file name). */
  fallbackTitle?: string;
  /** Source texts by id (check:data reads the files); quotes are also checked against inline `text`. */
  sourceTexts?: ReadonlyMap<string, string>;
  names?: RecordNames;
  /** Sources may lack both `file` and `text` (a CSV carries only quotes). */
  textlessSources?: boolean;
  /** Called now and then with records checked so far (events dominate, so they are what is counted). */
  onProgress?(done: number, total: number): void;
}

/**
 * `changed`: the records the validator wrote to (a default filled in, a long text cut), so they differ from the
 * file. `eventTable`: the events by id (id-table.ts), made while checking that ids are unique; `refs`: each
 * event's place and actors by position, looked up while checking them.
 */
export type ValidationResult =
  | { ok: true; dataset: Dataset; report: ProblemReport; changed: ReadonlySet<object>; eventTable: Int32Array; refs: EventRefs }
  | { ok: false; report: ProblemReport };

const PROGRESS_EVERY = 50_000;

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
}

/** Titles and names longer than this are cut on screen (a 100 KB title must not swallow the page). */
export const LONG_TEXT = 300;
const longest = (v: unknown): number => (typeof v === 'string' ? v.length : Math.max(0, ...Object.values(v as Json).map((t) => String(t).length)));
const DOCUMENTED_KINDS: ReadonlySet<string> = new Set(EVENT_KINDS);
const TYPES: ReadonlySet<string> = new Set(ACTOR_TYPES);

/**
 * Checks a parsed dataset in one pass and reports every problem (errors and warnings, the first
 * PROBLEM_CAP of each, counted in full). Hand-written rather than zod: a million events must check in about a
 * second, dangling references must be found in the same pass as missing fields, and messages name records by
 * id. On success the dataset is returned with its defaults filled in (title, actor `type`, event `kind`).
 */
export function validateDataset(raw: unknown, options: ValidateOptions = {}): ValidationResult {
  const out = new ProblemCollector();
  const complete = options.profile === 'complete';
  const names = options.names ?? JSON_NAMES;
  const fieldName = (c: Collection, f: string) => names.field?.(c, f) ?? f;
  if (!isObject(raw)) {
    out.error('(top level)', `must be a JSON object with "schemaVersion", "sources", "places", "actors" and "events", not ${describeValue(raw)}`);
    return { ok: false, report: out.report };
  }

  const version = field(raw, 'schemaVersion');
  if (version === undefined) out.error('schemaVersion', 'is missing (required field): write "schemaVersion": 1');
  else if (version !== 1) out.error('schemaVersion', `is ${describeValue(version)}, but this app reads schemaVersion 1 only`);
  const changed = new Set<object>();
  // A 100 KB title or name would swallow the page: it is cut (and said so), every view then shows the cut text.
  const cutLongText = (r: Json, key: string, where: string) => {
    changed.add(r);
    out.warning(where, `is ${longest(r[key])} characters long; it is shown cut after ${LONG_TEXT}`);
    const cut = (t: string) => (t.length > LONG_TEXT ? `${t.slice(0, LONG_TEXT)}…` : t);
    const v = r[key];
    r[key] = typeof v === 'string' ? cut(v) : Object.fromEntries(Object.entries(v as Json).map(([k, t]) => [k, cut(String(t))]));
  };
  const title = field(raw, 'title');
  if (title !== undefined || complete) {
    const problem = title === undefined ? 'is missing (required in the complete form)' : checkText(title, complete);
    if (problem) out.error('title', problem);
    else if (longest(title) > LONG_TEXT) cutLongText(raw, 'title', 'title');
  }

  const list = (key: Collection): Json[] => {
    const v = field(raw, key);
    if (Array.isArray(v)) return v as Json[];
    out.error(key, v === undefined ? `is missing (required field): a list of ${key}, possibly empty` : `must be a list of ${key}, not ${describeValue(v)}`);
    return [];
  };
  const sources = list('sources');
  const places = list('places');
  const actors = list('actors');
  const events = list('events');
  if (complete && Array.isArray(field(raw, 'sources')) && sources.length === 0) out.error('sources', 'needs at least one source');

  // Each record is checked by one function that reports through `at`; ids are collected as we go.
  const eventTable = createIdTable(events.length, (i) => field(events[i]!, 'id'));
  const ids = { sources: new Map<string, number>(), places: new Map<string, number>(), actors: new Map<string, number>(), events: eventTable };
  // The record being checked: `at` names it (and a field) only when a problem is reported, with no closure per record.
  let curCollection: Collection = 'sources';
  let curIndex = 0;
  let curId: unknown;
  const at = (f?: string) => {
    const record = names.record(curCollection, curIndex, curId);
    return f === undefined ? record : `${record} › ${fieldName(curCollection, f)}`;
  };
  const eachRecord = (collection: Collection, records: Json[], check: (r: Json, at: (f?: string) => string) => void, progress = false) => {
    const seen = ids[collection];
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (progress && i % PROGRESS_EVERY === 0) options.onProgress?.(i, records.length);
      if (!isObject(r)) {
        out.error(names.record(collection, i, undefined), `must be an object with an "id", not ${describeValue(r)}`);
        continue;
      }
      const id = field(r, 'id');
      curCollection = collection;
      curIndex = i;
      curId = id;
      const idProblem = id === undefined ? 'is missing (required field)' : checkSlug(id);
      if (idProblem) out.error(at('id'), idProblem);
      else {
        const first = seen.get(id as string);
        if (first === undefined) seen.set(id as string, i);
        else out.error(at('id'), `repeats the id of ${names.record(collection, first, id)}; ids must be unique`);
      }
      check(r, at);
    }
    if (progress) options.onProgress?.(records.length, records.length);
  };
  // Notes (dateNote, placeNote) are the editors' provenance: one language is enough even in the complete form.
  const text = (r: Json, key: string, at: (f?: string) => string, required: boolean, bilingual = complete) => {
    const v = field(r, key);
    if (v === undefined) {
      if (required) out.error(at(key), complete ? 'is missing (required in the complete form)' : 'is missing (required field)');
      return;
    }
    const problem = checkText(v, bilingual);
    if (problem) out.error(at(key), problem);
    else if ((key === 'title' || key === 'name') && longest(v) > LONG_TEXT) cutLongText(r, key, at(key));
  };
  const optionalString = (r: Json, key: string, at: (f?: string) => string, required = false) => {
    const v = field(r, key);
    if (v === undefined ? required : typeof v !== 'string' || v.trim() === '') {
      out.error(at(key), v === undefined ? 'is missing (required in the complete form)' : `must be non-empty text, not ${describeValue(v)}`);
    }
  };

  const inlineTexts = new Map<string, string>();
  eachRecord('sources', sources, (s, at) => {
    const file = field(s, 'file');
    const inline = field(s, 'text');
    if (file === undefined && inline === undefined && !options.textlessSources) out.error(at('file'), 'is missing: a source needs "file" (a path) or "text" (the article inline)');
    if (file !== undefined) optionalString(s, 'file', at);
    if (inline !== undefined) {
      optionalString(s, 'text', at);
      if (typeof inline === 'string' && typeof s.id === 'string') inlineTexts.set(s.id, inline);
    }
    optionalString(s, 'title', at, complete);
    optionalString(s, 'outlet', at, complete);
    optionalString(s, 'url', at);
    const language = field(s, 'language');
    if (language !== undefined || complete) {
      if (typeof language !== 'string' || !/^[a-z]{2,3}$/.test(language)) out.error(at('language'), `must be a language code such as "fr", not ${describeValue(language)}`);
    }
    const published = field(s, 'published');
    if (published === undefined ? complete : published !== null && checkDay(published)) {
      out.error(at('published'), published === undefined ? 'is missing (an ISO day, or null when unknown)' : `${checkDay(published)}, or null when unknown`);
    }
  });

  eachRecord('places', places, (p, at) => {
    text(p, 'name', at, true);
    const lon = checkNumberIn(field(p, 'lon'), -180, 180, 'WGS84 longitude in degrees');
    if (lon) out.error(at('lon'), field(p, 'lon') === undefined ? 'is missing (required field): longitude in degrees' : lon);
    const lat = checkNumberIn(field(p, 'lat'), -90, 90, 'WGS84 latitude in degrees');
    if (lat) out.error(at('lat'), field(p, 'lat') === undefined ? 'is missing (required field): latitude in degrees' : lat);
    const country = field(p, 'country');
    if (complete ? typeof country !== 'string' || !/^[A-Z]{2}$/.test(country) : country !== undefined && typeof country !== 'string') {
      out.error(at('country'), `must be a two-letter ISO country code such as "KP", not ${describeValue(country)}`);
    }
  });

  eachRecord('actors', actors, (a, at) => {
    text(a, 'name', at, true);
    const type = field(a, 'type');
    if (type === undefined ? complete : typeof type !== 'string' || !TYPES.has(type)) {
      out.error(at('type'), `must be "person", "organization" or "country"${complete ? '' : ' (or left out)'}, not ${describeValue(type)}`);
    } else if (type === undefined) a.type = 'unknown';
    const aliases = field(a, 'aliases');
    if (aliases === undefined ? complete : !Array.isArray(aliases) || aliases.some((x) => typeof x !== 'string' || x.trim() === '')) {
      out.error(at('aliases'), `must be a list of names (possibly empty), not ${describeValue(aliases)}`);
    }
    text(a, 'role', at, complete);
  });

  // Marked by position (the first record of each id), and each event's place and actors kept by position: the
  // event columns are then made without looking up a million ids again (event-columns.ts).
  const usedPlaces = new Uint8Array(places.length);
  const usedActors = new Uint8Array(actors.length);
  const refs = { place: new Int32Array(events.length), actorOffsets: new Int32Array(events.length + 1), actorIndex: new Int32Array(events.length * 2 + 16) };
  let refCount = 0;
  const quoteTexts = new Map<string, string>();
  for (const [id, t] of [...inlineTexts, ...(options.sourceTexts ?? [])]) quoteTexts.set(id, normalizeSpace(t));

  eachRecord('events', events, (e, at) => {
    const date = field(e, 'date');
    const dateProblem = date === undefined ? 'is missing (required field): YYYY-MM-DD, or YYYY-MM when only the month is known' : checkEventDate(date);
    if (dateProblem) out.error(at('date'), dateProblem);
    const endDate = field(e, 'endDate');
    if (endDate !== undefined) {
      const endProblem = checkEventDate(endDate);
      if (endProblem) out.error(at('endDate'), endProblem);
      else if (!dateProblem && (endDate as string) < (date as string).slice(0, (endDate as string).length)) {
        out.error(at('endDate'), `(${endDate as string}) is before the start date (${date as string})`);
      }
    }
    const placeId = field(e, 'placeId');
    if (typeof placeId !== 'string') out.error(at('placeId'), placeId === undefined ? 'is missing (required field): the id of one of "places"' : `must be a place id, not ${describeValue(placeId)}`);
    else {
      const p = ids.places.get(placeId);
      if (p === undefined) out.error(at('placeId'), `refers to place "${placeId.slice(0, 80)}", which is not in "places"`);
      else usedPlaces[(refs.place[curIndex] = p)] = 1;
    }
    checkActorIds(e, at);
    const kind = field(e, 'kind');
    if (kind === undefined) {
      if (complete) out.error(at('kind'), 'is missing (required in the complete form)');
      e.kind = 'other';
      changed.add(e);
    } else if (typeof kind !== 'string' || !SLUG.test(kind)) out.error(at('kind'), `must be a lowercase slug such as "meeting" or "protest", not ${describeValue(kind)}`);
    else if (complete && !DOCUMENTED_KINDS.has(kind)) out.error(at('kind'), `("${kind}") is not one of the documented kinds (complete form)`);
    text(e, 'title', at, true);
    text(e, 'summary', at, complete);
    text(e, 'dateNote', at, complete, false);
    text(e, 'placeNote', at, false, false);
    checkEvidence(e, at);
  }, true);

  function checkActorIds(e: Json, at: (f?: string) => string) {
    refs.actorOffsets[curIndex] = refCount;
    refs.actorOffsets[curIndex + 1] = refCount;
    const actorIds = field(e, 'actorIds');
    if (!Array.isArray(actorIds) || actorIds.length === 0) {
      out.error(at('actorIds'), actorIds === undefined ? 'is missing (required field): a list of at least one actor id' : `must be a list of at least one actor id, not ${describeValue(actorIds)}`);
      return;
    }
    for (let j = 0; j < actorIds.length; j++) {
      const a: unknown = actorIds[j];
      if (typeof a !== 'string') out.error(at(`actorIds[${j}]`), `must be an actor id, not ${describeValue(a)}`);
      else {
        const index = ids.actors.get(a);
        if (index === undefined) out.error(at(`actorIds[${j}]`), `refers to actor "${a.slice(0, 80)}", which is not in "actors"`);
        else if (actorIds.indexOf(a) !== j) (complete ? out.error : out.warning).call(out, at(`actorIds[${j}]`), `lists actor "${a}" twice (counted once)`);
        else {
          usedActors[index] = 1;
          if (refCount === refs.actorIndex.length) refs.actorIndex = grown(refs.actorIndex);
          refs.actorIndex[refCount++] = index;
          refs.actorOffsets[curIndex + 1] = refCount;
        }
      }
    }
  }

  function checkEvidence(e: Json, at: (f?: string) => string) {
    const evidence = field(e, 'evidence');
    if (!Array.isArray(evidence) || evidence.length === 0) {
      out.error(at('evidence'), evidence === undefined ? 'is missing (required field): a list of at least one {"sourceId", "quote"}' : `must be a list of at least one {"sourceId", "quote"}, not ${describeValue(evidence)}`);
      return;
    }
    let j = 0;
    // Built only when a problem is reported: a string (or a closure) per evidence would cost more than the checks.
    const where = (sub?: string) => at(sub ? `evidence[${j}] › ${sub}` : `evidence[${j}]`);
    for (; j < evidence.length; j++) {
      const ev: unknown = evidence[j];
      if (!isObject(ev)) {
        out.error(where(), `must be an object {"sourceId", "quote"}, not ${describeValue(ev)}`);
        continue;
      }
      const quote = field(ev, 'quote');
      const quoteOk = typeof quote === 'string' && quote.trim() !== '';
      if (!quoteOk) out.error(where('quote'), quote === undefined ? 'is missing (required field): the sentence quoted from the source' : `must be the quoted sentence, not ${describeValue(quote)}`);
      const translation = field(ev, 'translation');
      if (translation !== undefined && (!isObject(translation) || checkText(translation))) {
        out.error(where('translation'), `must be language code → text such as {"en": "…"}, not ${describeValue(translation)}`);
      }
      const sourceId = field(ev, 'sourceId');
      if (typeof sourceId !== 'string') {
        out.error(where('sourceId'), sourceId === undefined ? 'is missing (required field): the id of one of "sources"' : `must be a source id, not ${describeValue(sourceId)}`);
      } else if (!ids.sources.has(sourceId)) {
        out.error(where('sourceId'), `refers to source "${sourceId.slice(0, 80)}", which is not in "sources"`);
      } else if (quoteOk) {
        const textOfSource = quoteTexts.get(sourceId);
        // A quote found as it is needs no normalizing: the source's text has only single spaces, so a quote
        // inside it has no run of white space to collapse (and trimming keeps it inside).
        if (textOfSource !== undefined && !textOfSource.includes(quote as string) && !textOfSource.includes(normalizeSpace(quote as string))) {
          const q = quote as string;
          (complete ? out.error : out.warning).call(out, where('quote'), `is not verbatim in source "${sourceId}": "${q.slice(0, 80)}${q.length > 80 ? '…' : ''}"`);
        }
      }
    }
  }

  // Unused places and actors: warnings for a user's dataset, errors for the bundled one.
  const unused = (complete ? out.error : out.warning).bind(out);
  places.forEach((p, i) => {
    if (isObject(p) && typeof p.id === 'string' && ids.places.get(p.id) === i && !usedPlaces[i]) {
      unused(names.record('places', i, p.id), 'is not the place of any event; remove it or add the event that happened there');
    }
  });
  actors.forEach((a, i) => {
    if (isObject(a) && typeof a.id === 'string' && ids.actors.get(a.id) === i && !usedActors[i]) {
      unused(names.record('actors', i, a.id), 'takes part in no event; remove it or add it to the events it appears in');
    }
  });
  if (complete) {
    for (const id of REQUIRED_PLACE_IDS) if (!ids.places.has(id)) out.error('places', `is missing the required place "${id}"`);
  }

  checkStories(field(raw, 'stories'), ids, out);

  if (out.failed) return { ok: false, report: out.report };
  if (title === undefined) raw.title = options.fallbackTitle ?? 'Untitled dossier';
  refs.actorIndex = refs.actorIndex.slice(0, refCount);
  return { ok: true, dataset: raw as unknown as Dataset, report: out.report, changed, eventTable: eventTable.table, refs };
}
