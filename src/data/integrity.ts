import type { Dataset } from './schema';
import type { Problem } from './problems';

/** The six places of the design: the bundled dataset must carry exactly these ids (CONTRACT §1). */
export const REQUIRED_PLACE_IDS = ['pyongyang', 'moscow', 'beijing', 'kursk', 'valletta', 'zhuhai'] as const;

export interface IntegrityOptions {
  /** Source texts by source id; when given, every quote must stand verbatim (whitespace aside) in its source. */
  sourceTexts?: ReadonlyMap<string, string>;
  /** Place ids that must exist (the bundled dataset's six; not imposed on a user's dataset). */
  requiredPlaceIds?: readonly string[];
}

/** Collapses runs of white space (including non-breaking spaces) so quotes compare "whitespace aside". */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

const at = (collection: string, index: number, id: string, field?: string) =>
  `${collection}[${index}] (id "${id}")${field ? ` › ${field}` : ''}`;

function checkUniqueIds(problems: Problem[], collection: string, records: readonly { id: string }[]) {
  const first = new Map<string, number>();
  records.forEach((r, i) => {
    const seen = first.get(r.id);
    if (seen === undefined) first.set(r.id, i);
    else problems.push({ where: at(collection, i, r.id, 'id'), message: `repeats the id of ${collection}[${seen}]; ids must be unique` });
  });
}

/** Cross-record checks the schema cannot express: unique ids, references, dates in order, quotes, usage. */
export function checkIntegrity(dataset: Dataset, options: IntegrityOptions = {}): Problem[] {
  const problems: Problem[] = [];
  checkUniqueIds(problems, 'sources', dataset.sources);
  checkUniqueIds(problems, 'places', dataset.places);
  checkUniqueIds(problems, 'actors', dataset.actors);
  checkUniqueIds(problems, 'events', dataset.events);

  const sources = new Set(dataset.sources.map((s) => s.id));
  const places = new Set(dataset.places.map((p) => p.id));
  const actors = new Set(dataset.actors.map((a) => a.id));
  const usedPlaces = new Set<string>();
  const usedActors = new Set<string>();
  const normalizedTexts = new Map([...(options.sourceTexts ?? new Map<string, string>())].map(([id, t]) => [id, normalizeSpace(t)]));

  dataset.events.forEach((e, i) => {
    usedPlaces.add(e.placeId);
    if (!places.has(e.placeId)) problems.push({ where: at('events', i, e.id, 'placeId'), message: `refers to place "${e.placeId}", which is not in "places"` });
    const seenActors = new Set<string>();
    e.actorIds.forEach((a, j) => {
      usedActors.add(a);
      if (!actors.has(a)) problems.push({ where: at('events', i, e.id, `actorIds[${j}]`), message: `refers to actor "${a}", which is not in "actors"` });
      if (seenActors.has(a)) problems.push({ where: at('events', i, e.id, `actorIds[${j}]`), message: `lists actor "${a}" twice` });
      seenActors.add(a);
    });
    if (e.endDate !== undefined && e.endDate < e.date.slice(0, e.endDate.length)) {
      problems.push({ where: at('events', i, e.id, 'endDate'), message: `(${e.endDate}) is before the start date (${e.date})` });
    }
    e.evidence.forEach((ev, j) => {
      const where = at('events', i, e.id, `evidence[${j}]`);
      if (!sources.has(ev.sourceId)) {
        problems.push({ where: `${where} › sourceId`, message: `refers to source "${ev.sourceId}", which is not in "sources"` });
        return;
      }
      const text = normalizedTexts.get(ev.sourceId);
      if (text !== undefined && !text.includes(normalizeSpace(ev.quote))) {
        problems.push({ where: `${where} › quote`, message: `is not verbatim in source "${ev.sourceId}": "${ev.quote.slice(0, 80)}${ev.quote.length > 80 ? '…' : ''}"` });
      }
    });
  });

  dataset.places.forEach((p, i) => {
    if (!usedPlaces.has(p.id)) problems.push({ where: at('places', i, p.id), message: 'is not the place of any event; remove it or add the event that happened there' });
  });
  dataset.actors.forEach((a, i) => {
    if (!usedActors.has(a.id)) problems.push({ where: at('actors', i, a.id), message: 'takes part in no event; remove it or add it to the events it appears in' });
  });
  for (const id of options.requiredPlaceIds ?? []) {
    if (!places.has(id)) problems.push({ where: 'places', message: `is missing the required place "${id}"` });
  }
  return problems;
}
