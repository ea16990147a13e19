import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../data/validate';
import { addEvent, addEvidence, addSource, emptyDraft, ensureActor, ensurePlace, exportDataset, importDataset, removeEvent, slugify, toViewerDataset, uniqueId } from './draft';

function sample() {
  let d = emptyDraft('Essai');
  let r = addSource(d, { title: 'Le direct du 12', outlet: '20 Minutes', language: 'fr', published: '2024-11-12', text: 'Wang Yi reçoit Choïgou à Pékin.' });
  d = r.draft;
  const sourceId = r.id;
  r = ensurePlace(d, { id: 'beijing', name: 'Pékin', lon: 116.4, lat: 39.9, country: 'CN' });
  d = r.draft;
  const placeId = r.id;
  const a = ensureActor(d, { name: 'Wang Yi', type: 'person' });
  const b = ensureActor(a.draft, { name: 'Sergueï Choïgou' });
  d = b.draft;
  r = addEvent(d, { date: '2024-11-12', placeId, actorIds: [a.id, b.id], kind: 'meeting', title: 'Wang Yi reçoit Choïgou', evidence: [{ sourceId, quote: 'Wang Yi reçoit Choïgou à Pékin.' }] });
  return { draft: r.draft, eventId: r.id, sourceId };
}

describe('draft', () => {
  it('makes slug ids, unique within their list', () => {
    expect(slugify('Sergueï Choïgou')).toBe('serguei-choigou');
    expect(slugify('Œuvre d’État')).toBe('oeuvre-d-etat');
    expect(uniqueId('Moscou', ['moscou', 'moscou-2'])).toBe('moscou-3');
  });

  it('reuses a place or an actor instead of adding it twice', () => {
    const { draft } = sample();
    expect(ensurePlace(draft, { name: 'Pékin', lon: 116.4, lat: 39.9 }).draft).toBe(draft);
    expect(ensureActor(draft, { name: 'Wang Yi' }).id).toBe('wang-yi');
  });

  it('adds several quotes to one event, each once', () => {
    const { draft, eventId, sourceId } = sample();
    const more = addEvidence(addEvidence(draft, eventId, { sourceId, quote: 'à Pékin' }), eventId, { sourceId, quote: 'à Pékin' });
    expect(more.events[0]!.evidence).toHaveLength(2);
  });

  it('exports the minimal form: strings, inline text, only what is used', () => {
    const { draft } = sample();
    const out = exportDataset(ensureActor(draft, { name: 'Unused' }).draft);
    expect(out).toEqual({
      schemaVersion: 1,
      title: 'Essai',
      sources: [{ id: 'le-direct-du-12', title: 'Le direct du 12', outlet: '20 Minutes', language: 'fr', published: '2024-11-12', text: 'Wang Yi reçoit Choïgou à Pékin.' }],
      places: [{ id: 'beijing', name: 'Pékin', lon: 116.4, lat: 39.9, country: 'CN' }],
      actors: [{ id: 'wang-yi', name: 'Wang Yi', type: 'person' }, { id: 'serguei-choigou', name: 'Sergueï Choïgou' }],
      events: [{ id: 'wang-yi-recoit-choigou', date: '2024-11-12', placeId: 'beijing', actorIds: ['wang-yi', 'serguei-choigou'], kind: 'meeting', title: 'Wang Yi reçoit Choïgou', evidence: [{ sourceId: 'le-direct-du-12', quote: 'Wang Yi reçoit Choïgou à Pékin.' }] }],
    });
  });

  it('reads an exported dataset back into the same draft, and a complete dataset in the chosen language', () => {
    const { draft } = sample();
    expect(importDataset(JSON.parse(JSON.stringify(exportDataset(draft))), 'fr')).toEqual(draft);
    const complete = { ...exportDataset(draft), title: { en: 'Test', fr: 'Essai' } };
    expect(importDataset(complete, 'en').title).toBe('Test');
    expect(() => importDataset({ schemaVersion: 2 }, 'en')).toThrow(/schemaVersion 1/);
    expect(() => importDataset({ ...complete, sources: [{ id: 's', file: 'x.txt' }] }, 'en')).toThrow(/inline text/);
  });

  it('removes an event with the places and actors only it used', () => {
    const { draft, eventId } = sample();
    expect(removeEvent(draft, eventId)).toMatchObject({ events: [], places: [], actors: [] });
  });

  it('adapts the draft to the viewer’s schema', () => {
    const { draft } = sample();
    expect(validateDataset(toViewerDataset(draft)).ok).toBe(true);
    // What the user downloads is the minimal form: it passes the rules any opened file is held to.
    expect(validateDataset(JSON.parse(JSON.stringify(exportDataset(draft)))).ok).toBe(true);
  });
});
