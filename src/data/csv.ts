import Papa from 'papaparse';
import { ProblemCollector, type ProblemReport } from './problems';
import type { RecordNames } from './validate';

/**
 * A CSV file (one event a row) as a dataset in the JSON form, so the one validator checks both. Our columns and
 * ACLED's export columns are both read; places, actors and sources are made from their names (same name, same
 * record). What only a CSV can get wrong (a missing column, an empty cell, a ragged row, a place without
 * coordinates) is reported here, located by line; the rest by the validator through `names`.
 */
export interface CsvDataset {
  raw: Record<string, unknown>;
  names: RecordNames;
  report: ProblemReport;
}

/** Logical field → the header names that provide it, ours first, then ACLED's. */
const COLUMNS = {
  id: ['id', 'event_id_cnty'],
  date: ['date', 'event_date'],
  endDate: ['end_date'],
  title: ['title', 'notes'],
  summary: ['summary'],
  kind: ['kind', 'event_type'],
  place: ['place', 'location'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'longitude'],
  country: ['country'],
  actors: ['actors', 'actor1'],
  quote: ['quote', 'notes'],
  source: ['source'],
  sourceUrl: ['source_url'],
} as const;
type Logical = keyof typeof COLUMNS;
const REQUIRED: readonly Logical[] = ['date', 'title', 'place', 'lat', 'lon', 'actors', 'quote'];
/** ACLED spreads an event's actors over four columns; each may hold several names separated by ";". */
const ACLED_ACTORS = ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2'];

/** `Kim Jong Un` → `kim-jong-un`; accents folded; empty when nothing Latin is left. */
export function slugify(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** ACLED's older exports write `12 November 2024`; anything else is left for the validator to judge. */
function normalizeDate(v: string): string {
  const m = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(v);
  const month = m ? MONTHS.findIndex((name) => name.startsWith(m[2]!.toLowerCase()) && m[2]!.length >= 3) : -1;
  return m && month >= 0 ? `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : v;
}

/**
 * ACLED's notes are a paragraph that opens with its date ("On 16 March 2023, …"): the title is its first sentence
 * without that opening (the date is shown anyway), cut at a word near 120 characters.
 */
export function titleFrom(notes: string): string {
  const undated = notes.replace(/^On \d{1,2} [A-Za-z]+ \d{4},?\s+/, '');
  const rest = undated.charAt(0).toUpperCase() + undated.slice(1);
  const sentence = /^.+?[.!?](?=\s|$)/.exec(rest)?.[0] ?? rest;
  if (sentence.length <= 120) return sentence;
  const cut = sentence.slice(0, 120);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

interface Named {
  id: string;
  line: number;
  name: string;
}

/** Records made from names: the same slug is the same record; names without Latin letters get a numbered id. */
function registry<T extends Named>(prefix: string) {
  const byId = new Map<string, T>();
  let unnamed = 0;
  return {
    byId,
    get(name: string, line: number, make: (id: string) => T): T {
      const id = slugify(name) || `${prefix}-${++unnamed}`;
      let r = byId.get(id);
      if (!r) byId.set(id, (r = make(id)));
      return r;
    },
  };
}

export function csvToDataset(input: string, fileName: string): CsvDataset {
  const out = new ProblemCollector();
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows: { cells: string[]; line: number }[] = [];
  let pos = 0;
  let line = 1;
  const advanceTo = (to: number) => {
    for (; pos < to; pos++) if (text.charCodeAt(pos) === 10) line++;
  };
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: 'greedy',
    step(result) {
      while (text.charCodeAt(start) === 10) start++;
      advanceTo(start);
      const rowLine = line;
      for (const e of result.errors) out.error(`line ${rowLine}`, `${e.message.toLowerCase()}: a field that opens a quote (") must close it`);
      rows.push({ cells: result.data, line: rowLine });
      start = result.meta.cursor;
    },
  });
  const header = rows.shift();
  if (!header) {
    out.error('(file)', 'has no header row: the first line must name the columns (date, title, place, lat, lon, actors, quote)');
    return { raw: {}, names: { record: (c, i) => `${c}[${i}]` }, report: out.report };
  }
  const heads = header.cells.map((h) => h.trim().toLowerCase());
  const col = {} as Record<Logical, number>;
  const used = {} as Record<Logical, string>;
  for (const key of Object.keys(COLUMNS) as Logical[]) {
    const i = COLUMNS[key].map((name) => heads.indexOf(name)).find((j) => j >= 0) ?? -1;
    col[key] = i;
    used[key] = i >= 0 ? heads[i]! : COLUMNS[key][0];
  }
  const acledActors = ACLED_ACTORS.map((name) => heads.indexOf(name)).filter((j) => j >= 0);
  const missing = REQUIRED.filter((k) => col[k] < 0);
  for (const k of missing) {
    out.error('line 1 (header)', `is missing the required column "${COLUMNS[k].join('" or "')}" (found: ${heads.join(', ') || 'nothing'})`);
  }

  const places = registry<Named & { lat?: number; lon?: number; country?: string }>('place');
  const actors = registry<Named>('actor');
  const sources = registry<Named & { url?: string }>('source');
  const events: Record<string, unknown>[] = [];
  const eventLines: number[] = [];
  if (missing.length === 0) {
    for (const { cells, line: at } of rows) {
      if (cells.length > heads.length && cells.slice(heads.length).some((c) => c.trim() !== '')) {
        out.error(`line ${at}`, `has ${cells.length} fields but the header has ${heads.length}; put quotes ("…") around a field that contains commas`);
        continue;
      }
      const cell = (k: Logical) => (col[k] >= 0 ? (cells[col[k]] ?? '').trim() : '');
      const empty = REQUIRED.filter((k) => k !== 'lat' && k !== 'lon' && cell(k) === '');
      const actorNames = (acledActors.length ? acledActors.map((j) => cells[j] ?? '') : [cell('actors')])
        .flatMap((v) => v.split(';')).map((s) => s.trim()).filter(Boolean);
      if (actorNames.length === 0 && !empty.includes('actors')) empty.push('actors');
      for (const k of empty) out.error(`line ${at} › ${used[k]}`, `is empty; every row needs ${k === 'actors' ? 'at least one actor name' : `its ${k}`}`);
      if (empty.length) continue;

      const place = places.get(cell('place'), at, (id) => ({ id, line: at, name: cell('place') }));
      for (const k of ['lat', 'lon'] as const) {
        const v = cell(k);
        if (v === '') continue;
        if (!NUMBER.test(v)) out.error(`line ${at} › ${used[k]}`, `must be a number in degrees, not "${v.slice(0, 40)}"`);
        else place[k] ??= Number(v);
      }
      if (cell('country') !== '') place.country ??= cell('country');
      const source = sources.get(cell('source') || fileName, at, (id) => ({ id, line: at, name: cell('source') || fileName }));
      if (cell('sourceUrl') !== '') source.url ??= cell('sourceUrl');
      const actorIds = [...new Set(actorNames.map((name) => actors.get(name, at, (id) => ({ id, line: at, name })).id))];
      const quote = cell('quote');
      const event: Record<string, unknown> = {
        id: slugify(cell('id')) || `row-${at}`,
        date: normalizeDate(cell('date')),
        placeId: place.id,
        actorIds,
        title: col.title === col.quote ? titleFrom(quote) : cell('title'),
        evidence: [{ sourceId: source.id, quote }],
      };
      if (cell('endDate') !== '') event.endDate = normalizeDate(cell('endDate'));
      if (cell('kind') !== '') event.kind = slugify(cell('kind')) || cell('kind');
      if (cell('summary') !== '') event.summary = cell('summary');
      events.push(event);
      eventLines.push(at);
    }
  }
  for (const p of places.byId.values()) {
    if (p.lat === undefined || p.lon === undefined) {
      out.error(`line ${p.line} (place "${p.name}") › ${used.lat}, ${used.lon}`, 'no row of this place gives its coordinates; write them on at least one of its rows');
    }
  }

  const placeList = [...places.byId.values()];
  const actorList = [...actors.byId.values()];
  const sourceList = [...sources.byId.values()];
  const raw = {
    schemaVersion: 1,
    title: fileName,
    sources: sourceList.map((s) => ({ id: s.id, title: s.name, outlet: s.name, ...(s.url ? { url: s.url } : {}) })),
    places: placeList.map((p) => ({ id: p.id, name: p.name, lon: p.lon ?? 0, lat: p.lat ?? 0, ...(p.country ? { country: p.country } : {}) })),
    actors: actorList.map((a) => ({ id: a.id, name: a.name })),
    events,
  };
  const named = (kind: string, list: readonly Named[]) => (i: number) => `line ${list[i]?.line ?? '?'} (${kind} "${list[i]?.name ?? ''}")`;
  const recordNames = { sources: named('source', sourceList), places: named('place', placeList), actors: named('actor', actorList) };
  const fieldColumns: Record<string, string> = {
    date: used.date, endDate: used.endDate, title: used.title, kind: used.kind, summary: used.summary, placeId: used.place, id: used.id,
    lat: used.lat, lon: used.lon, name: 'name', url: used.sourceUrl,
  };
  const names: RecordNames = {
    record: (collection, i) => (collection === 'events' ? `line ${eventLines[i] ?? '?'}` : recordNames[collection](i)),
    field: (_c, f) => fieldColumns[f] ?? (f.startsWith('actorIds') || f === 'actorIds' ? used.actors : f.startsWith('evidence') ? used.quote : f),
  };
  return { raw, names, report: out.report };
}
