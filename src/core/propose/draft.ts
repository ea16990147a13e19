import { EVENT_KINDS, type Dataset } from '../../data/schema';

/**
 * The authoring workspace's draft dossier, and how it becomes a dataset. The draft is the dataset's minimal
 * form (plain-string text, inline source text, slug ids); `exportDataset` writes it as is, `importDataset`
 * reads any dataset back into a draft (a dataset exported earlier, or one written by hand), and
 * `toViewerDataset` is the one adapter that fills what the viewer's schema still requires of a complete
 * dataset (both languages, a kind, a country, a role), so the draft's map, network and timeline can be drawn.
 */

export interface DraftSource {
  id: string;
  title: string;
  outlet: string;
  language: string;
  published: string | null;
  text: string;
}
export interface DraftPlace {
  id: string;
  name: string;
  lon: number;
  lat: number;
  country?: string;
}
export interface DraftActor {
  id: string;
  name: string;
  type?: string;
  aliases?: string[];
}
export interface DraftEvidence {
  sourceId: string;
  quote: string;
}
export interface DraftEvent {
  id: string;
  date: string;
  placeId: string;
  actorIds: string[];
  kind?: string;
  title: string;
  summary?: string;
  evidence: DraftEvidence[];
  dateNote?: string;
}
export interface Draft {
  title: string;
  sources: DraftSource[];
  places: DraftPlace[];
  actors: DraftActor[];
  events: DraftEvent[];
}

export const emptyDraft = (title = ''): Draft => ({ title, sources: [], places: [], actors: [], events: [] });

/** A lowercase ASCII slug of a name: "Sergueï Choïgou" → "serguei-choigou". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæ]/g, (c) => (c === 'œ' ? 'oe' : 'ae'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'item';
}

/** A slug not yet in `taken`: "moscow", then "moscow-2". */
export function uniqueId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugify(name);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export function addSource(draft: Draft, source: Omit<DraftSource, 'id'>): { draft: Draft; id: string } {
  const id = uniqueId(source.title || 'source', draft.sources.map((s) => s.id));
  return { draft: { ...draft, sources: [...draft.sources, { id, ...source }] }, id };
}

/** Finds the place with this id or at these coordinates, or adds it. */
export function ensurePlace(draft: Draft, place: Omit<DraftPlace, 'id'> & { id?: string }): { draft: Draft; id: string } {
  const found = draft.places.find((p) => (place.id !== undefined && p.id === place.id) || (p.name === place.name && Math.abs(p.lat - place.lat) < 1e-3 && Math.abs(p.lon - place.lon) < 1e-3));
  if (found) return { draft, id: found.id };
  const id = place.id && !draft.places.some((p) => p.id === place.id) ? place.id : uniqueId(place.name, draft.places.map((p) => p.id));
  return { draft: { ...draft, places: [...draft.places, { ...place, id }] }, id };
}

/** Finds the actor with this id or name, or adds it. */
export function ensureActor(draft: Draft, actor: Omit<DraftActor, 'id'> & { id?: string }): { draft: Draft; id: string } {
  const found = draft.actors.find((a) => (actor.id !== undefined && a.id === actor.id) || a.name === actor.name);
  if (found) return { draft, id: found.id };
  const id = actor.id && !draft.actors.some((a) => a.id === actor.id) ? actor.id : uniqueId(actor.name, draft.actors.map((a) => a.id));
  return { draft: { ...draft, actors: [...draft.actors, { ...actor, id }] }, id };
}

export function addEvent(draft: Draft, event: Omit<DraftEvent, 'id'>): { draft: Draft; id: string } {
  const id = uniqueId(event.title, draft.events.map((e) => e.id));
  return { draft: { ...draft, events: [...draft.events, { ...event, id }] }, id };
}

/** Adds a quote to an event's evidence (several quotes may back one event); a quote already there is kept once. */
export function addEvidence(draft: Draft, eventId: string, evidence: DraftEvidence): Draft {
  return {
    ...draft,
    events: draft.events.map((e) =>
      e.id !== eventId || e.evidence.some((q) => q.sourceId === evidence.sourceId && q.quote === evidence.quote) ? e : { ...e, evidence: [...e.evidence, evidence] },
    ),
  };
}

export function removeEvent(draft: Draft, eventId: string): Draft {
  const events = draft.events.filter((e) => e.id !== eventId);
  const usedPlaces = new Set(events.map((e) => e.placeId));
  const usedActors = new Set(events.flatMap((e) => e.actorIds));
  return { ...draft, events, places: draft.places.filter((p) => usedPlaces.has(p.id)), actors: draft.actors.filter((a) => usedActors.has(a.id)) };
}

const omitEmpty = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length))) as T;

/**
 * The draft as a dataset in its minimal form: only what is used (every place and actor appears in an
 * event, every source backs a quote), text as plain strings, sources with their text inline.
 */
export function exportDataset(draft: Draft): Record<string, unknown> {
  const usedPlaces = new Set(draft.events.map((e) => e.placeId));
  const usedActors = new Set(draft.events.flatMap((e) => e.actorIds));
  return {
    schemaVersion: 1,
    ...(draft.title.trim() ? { title: draft.title.trim() } : {}),
    sources: draft.sources.map((s) => omitEmpty({ ...s })),
    places: draft.places.filter((p) => usedPlaces.has(p.id)).map((p) => omitEmpty({ ...p })),
    actors: draft.actors.filter((a) => usedActors.has(a.id)).map((a) => omitEmpty({ ...a })),
    events: draft.events.map((e) => omitEmpty({ ...e, evidence: e.evidence.map((q) => ({ sourceId: q.sourceId, quote: q.quote })) })),
  };
}

type Text = string | Record<string, string> | undefined;
/** One language of a text field: the wanted one, else English, else the first given. */
export function pickText(text: Text, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

export class DraftImportError extends Error {}

/**
 * Reads a dataset (minimal or complete) back into a draft. Sources must carry their text inline: a source
 * that names a file can be read only if `files` gives its text.
 */
export function importDataset(raw: unknown, lang: string, files: ReadonlyMap<string, string> = new Map()): Draft {
  if (typeof raw !== 'object' || raw === null || (raw as { schemaVersion?: unknown }).schemaVersion !== 1) {
    throw new DraftImportError('This is not a Dossier dataset (schemaVersion 1).');
  }
  const d = raw as Record<string, unknown>;
  const list = (k: string) => {
    const v = d[k];
    if (!Array.isArray(v)) throw new DraftImportError(`The dataset has no "${k}" list.`);
    return v as Array<Record<string, unknown>>;
  };
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const sources = list('sources').map((s): DraftSource => {
    const id = String(s.id);
    const text = str(s.text) ?? files.get(id);
    if (text === undefined) throw new DraftImportError(`Source "${id}" has no inline text: the workspace needs each article's text.`);
    return { id, title: pickText(s.title as Text, lang) || id, outlet: pickText(s.outlet as Text, lang), language: str(s.language) ?? lang, published: str(s.published) ?? null, text };
  });
  return {
    title: pickText(d.title as Text, lang),
    sources,
    places: list('places').map((p) => omitEmpty({ id: String(p.id), name: pickText(p.name as Text, lang), lon: Number(p.lon), lat: Number(p.lat), country: str(p.country) })),
    actors: list('actors').map((a) => omitEmpty({ id: String(a.id), name: pickText(a.name as Text, lang), type: str(a.type), aliases: Array.isArray(a.aliases) ? a.aliases.filter((x): x is string => typeof x === 'string') : undefined })),
    events: list('events').map((e) =>
      omitEmpty({
        id: String(e.id),
        date: String(e.date),
        placeId: String(e.placeId),
        actorIds: Array.isArray(e.actorIds) ? e.actorIds.map(String) : [],
        kind: str(e.kind),
        title: pickText(e.title as Text, lang),
        summary: pickText(e.summary as Text, lang) || undefined,
        dateNote: pickText(e.dateNote as Text, lang) || undefined,
        evidence: Array.isArray(e.evidence) ? (e.evidence as Array<Record<string, unknown>>).map((q) => ({ sourceId: String(q.sourceId), quote: String(q.quote) })) : [],
      }) as DraftEvent,
    ),
  };
}

const both = (text: string) => ({ en: text, fr: text });
const isKind = (k: string | undefined): k is (typeof EVENT_KINDS)[number] => (EVENT_KINDS as readonly string[]).includes(k ?? '');
const ACTOR_TYPES = ['person', 'organization', 'country'] as const;
const isActorType = (t: string | undefined): t is (typeof ACTOR_TYPES)[number] => (ACTOR_TYPES as readonly string[]).includes(t ?? '');

/**
 * The one adapter from the draft to the viewer's dataset type: the viewer's schema still wants a complete
 * dataset, so the draft's single-language text stands for both languages, a kind outside the documented list
 * reads "statement", an unknown country "XX", an untyped actor "person". Only the draft's views use this; the
 * export stays minimal.
 */
export function toViewerDataset(draft: Draft): Dataset {
  return {
    schemaVersion: 1,
    title: both(draft.title),
    sources: draft.sources.map((s) => ({ id: s.id, title: s.title || s.id, outlet: s.outlet || '—', language: /^[a-z]{2}$/.test(s.language) ? s.language : 'fr', published: s.published, text: s.text })),
    places: draft.places.map((p) => ({ id: p.id, name: both(p.name), country: /^[A-Z]{2}$/.test(p.country ?? '') ? p.country! : 'XX', lon: p.lon, lat: p.lat })),
    actors: draft.actors.map((a) => ({ id: a.id, name: both(a.name), type: isActorType(a.type) ? a.type : 'person', aliases: a.aliases ?? [], role: both('—') })),
    events: draft.events.map((e) => ({
      id: e.id,
      date: e.date,
      placeId: e.placeId,
      actorIds: e.actorIds,
      kind: isKind(e.kind) ? e.kind : 'statement',
      title: both(e.title),
      summary: both(e.summary || e.title),
      evidence: e.evidence.map((q) => ({ sourceId: q.sourceId, quote: q.quote })),
      ...(e.dateNote ? { dateNote: e.dateNote } : {}),
    })),
  } as Dataset;
}
