import type { Dataset, DossierEvent, Localized, Place, Source } from '../data/schema';

/**
 * What the data exports write: the events passing all filters as CSV (the columns Dossier reads back) and
 * the dataset restricted to them as JSON (loads back as it is). Pure: the app fetches and downloads.
 */

export const CSV_COLUMNS = ['date', 'end_date', 'title', 'summary', 'kind', 'place', 'lat', 'lon', 'country', 'actors', 'quote', 'source', 'source_url'] as const;

export interface ExportLookups {
  placesById: ReadonlyMap<string, Place>;
  actorsById: ReadonlyMap<string, { name: Localized }>;
  sourcesById: ReadonlyMap<string, Source>;
}

/**
 * RFC 4180 quoting. A text cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe, as OWASP advises: data never becomes code in the reader's spreadsheet. Numbers stay numbers.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const httpUrl = (v: unknown): string => (typeof v === 'string' && /^https?:\/\//i.test(v) ? v : '');

/** One row per event, its first evidence as the quote; actors `;`-separated; text in the UI language. */
export function eventsToCsv(events: readonly DossierEvent[], lookups: ExportLookups, text: (t: Localized) => string): string {
  const rows = events.map((e) => {
    const place = lookups.placesById.get(e.placeId);
    const evidence = e.evidence[0];
    const source = evidence ? lookups.sourcesById.get(evidence.sourceId) : undefined;
    return [
      e.date,
      e.endDate ?? '',
      text(e.title),
      e.summary ? text(e.summary) : '',
      e.kind ?? '',
      place ? text(place.name) : e.placeId,
      place?.lat ?? '',
      place?.lon ?? '',
      place?.country ?? '',
      e.actorIds.map((id) => { const a = lookups.actorsById.get(id); return a ? text(a.name) : id; }).join(';'),
      evidence?.quote ?? '',
      source ? source.title || source.outlet || source.id : '',
      httpUrl(source?.url),
    ].map(csvCell).join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/**
 * The dataset cut down to the given events, with only the places, actors and sources they use. Sources
 * whose text is known are written inline (`text` instead of `file`), so the file loads from anywhere.
 * Stories are kept only when given (the dataset's and the one being written): a step naming an event the cut
 * removed still plays what it can, and the reader warns about the missing ids.
 */
export function restrictDataset(
  dataset: Dataset,
  eventIds: ReadonlySet<string>,
  texts: ReadonlyMap<string, string> = new Map(),
  stories: Dataset['stories'] = undefined,
): Dataset {
  const events = dataset.events.filter((e) => eventIds.has(e.id));
  const placeIds = new Set(events.map((e) => e.placeId));
  const actorIds = new Set(events.flatMap((e) => e.actorIds));
  const sourceIds = new Set(events.flatMap((e) => e.evidence.map((ev) => ev.sourceId)));
  const sources = dataset.sources.filter((s) => sourceIds.has(s.id)).map((s) => {
    const text = texts.get(s.id);
    if (text === undefined) return s;
    const copy = { ...s, text };
    delete copy.file;
    return copy;
  });
  const rest: Dataset & { stories?: unknown } = { ...dataset };
  delete rest.stories;
  return {
    ...rest,
    ...(stories && stories.length ? { stories } : {}),
    sources,
    places: dataset.places.filter((p) => placeIds.has(p.id)),
    actors: dataset.actors.filter((a) => actorIds.has(a.id)),
    events,
  };
}

/**
 * `dossier-network-2024-11-12.svg`: what, and the dates it covers — the window (one day, or from_to; an
 * open side takes the data's end), or the data's whole span when no window is set.
 */
export function exportFileName(what: string, ext: string, window: { from: string | null; to: string | null }, extent: { from: string; to: string }): string {
  const from = window.from ?? extent.from;
  const to = window.to ?? extent.to;
  const when = from === to ? from : `${from}_${to}`;
  return `dossier-${what}-${when}.${ext}`;
}
