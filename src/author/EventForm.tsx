import { useId, useMemo, useState } from 'react';
import type { Draft } from '../core/propose/draft';
import type { DateProposal } from '../core/propose/dates';
import { lookupPlaces } from '../core/propose/gazetteer';
import { proposeKind } from '../core/propose/kinds';
import type { MatchIndexes, SentenceProposal } from '../core/propose/propose';
import { EVENT_KINDS } from '../data/schema';
import { kindLabel } from '../core/kinds';
import { fill, useLang, useStrings } from '../ui/i18n';
import { STRINGS, type AuthorStrings } from './strings';
import { ProposalNote } from './ProposalNote';

export interface PlaceChoice {
  key: string;
  id?: string;
  name: string;
  lon: number;
  lat: number;
  country?: string;
  note: string;
}
export interface ActorChoice {
  key: string;
  id?: string;
  name: string;
  type?: string;
  note: string;
}
export interface NewEvent {
  quote: string;
  date: string;
  dateNote?: string;
  place: PlaceChoice;
  actors: ActorChoice[];
  kind: string;
  title: string;
  summary: string;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const ACTOR_TYPES = ['person', 'organization', 'country'] as const;

function dateNote(p: DateProposal, published: string | null, t: AuthorStrings): string {
  const where = published ? ` (${published})` : '';
  return p.from === 'context' ? `${t.fromContext}${where}` : `${fill(t.fromText, { from: p.from })}${where}`;
}

/**
 * The form that makes an event of a quote: the proposals fill it (date, place, actors, kind), each with where
 * it came from and its alternatives; the user confirms or changes them and gives a title.
 */
export function EventForm(props: {
  draft: Draft;
  quote: string;
  published: string | null;
  lang: 'fr' | 'en';
  proposal: SentenceProposal;
  indexes: MatchIndexes | null;
  onAdd: (e: NewEvent) => string | null;
  onAddQuote: (eventId: string, quote: string) => string | null;
}) {
  const { draft, proposal, indexes, published } = props;
  const t = useStrings(STRINGS);
  const uiLang = useLang();
  const id = useId();
  const firstDate = proposal.dates[0];
  const kindProposal = useMemo(() => proposeKind(props.quote, props.lang), [props.quote, props.lang]);

  const [quote, setQuote] = useState(props.quote);
  const [date, setDate] = useState(firstDate?.value ?? '');
  const [note, setNote] = useState(firstDate ? dateNote(firstDate, published, t) : '');
  const [extraPlaces, setExtraPlaces] = useState<PlaceChoice[]>([]);
  const places = useMemo<PlaceChoice[]>(() => {
    const fromProposals = proposal.places.slice(0, 5).map((p) => ({
      key: p.id ?? `${p.name}@${p.lat},${p.lon}`, ...(p.id ? { id: p.id } : {}), name: p.name, lon: p.lon, lat: p.lat, ...(p.country ? { country: p.country } : {}),
      note: `${fill(t.fromText, { from: p.from })} · ${p.id ? t.known : p.country ?? ''} · ${fill(t.score, { score: p.score.toFixed(2) })}`,
    }));
    const seen = new Set(fromProposals.map((p) => p.key));
    const fromDraft = draft.places.filter((p) => !seen.has(p.id)).map((p) => ({ key: p.id, id: p.id, name: p.name, lon: p.lon, lat: p.lat, ...(p.country ? { country: p.country } : {}), note: t.known }));
    return [...extraPlaces.filter((p) => !seen.has(p.key)), ...fromProposals, ...fromDraft];
  }, [proposal, draft.places, extraPlaces, t]);
  const [placeKey, setPlaceKey] = useState<string | null>(places[0]?.key ?? null);
  const [placeQuery, setPlaceQuery] = useState('');
  const [placeMiss, setPlaceMiss] = useState(false);

  const [extraActors, setExtraActors] = useState<ActorChoice[]>([]);
  const actors = useMemo<ActorChoice[]>(() => {
    const fromProposals = proposal.actors.map((a) => ({
      key: a.id ?? `new:${a.name}`, ...(a.id ? { id: a.id } : {}), name: a.name, ...(a.type ? { type: a.type } : {}),
      note: `${fill(t.fromText, { from: a.from })} · ${a.id ? t.known : t.fresh} · ${fill(t.score, { score: a.score.toFixed(2) })}`,
    }));
    const seen = new Set(fromProposals.map((a) => a.key));
    const fromDraft = draft.actors.filter((a) => !seen.has(a.id)).map((a) => ({ key: a.id, id: a.id, name: a.name, ...(a.type ? { type: a.type } : {}), note: t.known }));
    return [...fromProposals, ...extraActors, ...fromDraft];
  }, [proposal, draft.actors, extraActors, t]);
  const [checked, setChecked] = useState<Set<string>>(() => new Set(proposal.actors.filter((a) => a.id || a.score >= 0.5).map((a) => a.id ?? `new:${a.name}`)));
  const [actorName, setActorName] = useState('');
  const [actorType, setActorType] = useState<string>('person');

  const [kind, setKind] = useState<string>(kindProposal?.kind ?? 'statement');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [target, setTarget] = useState(draft.events[0]?.id ?? '');

  const searchPlace = () => {
    if (!indexes || !placeQuery.trim()) return;
    const found = lookupPlaces(placeQuery, indexes.places).map((p) => ({
      key: p.id ?? `${p.name}@${p.lat},${p.lon}`, ...(p.id ? { id: p.id } : {}), name: p.name, lon: p.lon, lat: p.lat, ...(p.country ? { country: p.country } : {}),
      note: `${p.country ?? ''} ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`,
    }));
    setPlaceMiss(found.length === 0);
    if (found.length) {
      setExtraPlaces((xs) => [...found, ...xs.filter((x) => !found.some((f) => f.key === x.key))]);
      setPlaceKey(found[0]!.key);
    }
  };
  const addActor = () => {
    const name = actorName.trim();
    if (!name) return;
    const key = `new:${name}`;
    setExtraActors((xs) => (xs.some((x) => x.key === key) || actors.some((a) => a.key === key) ? xs : [...xs, { key, name, type: actorType, note: t.fresh }]));
    setChecked((s) => new Set(s).add(key));
    setActorName('');
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const place = places.find((p) => p.key === placeKey);
    const chosenActors = actors.filter((a) => checked.has(a.key));
    const problem = !DATE.test(date.trim()) ? t.dateBad : !place ? t.placeNeeded : chosenActors.length === 0 ? t.actorsNeeded : !title.trim() ? t.titleNeeded : null;
    if (problem) {
      setError(problem);
      return;
    }
    setError(props.onAdd({ quote, date: date.trim(), ...(note ? { dateNote: note } : {}), place: place!, actors: chosenActors, kind, title: title.trim(), summary: summary.trim() }));
  };

  const dateChoices = proposal.dates.flatMap((d) => [{ value: d.value, p: d, alt: false }, ...d.alternatives.map((value) => ({ value, p: d, alt: true }))]);

  return (
    <form className="author-panel author-event" data-testid="author-event-form" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="author-panel__title">{t.newEvent}</h2>
      <label>
        {t.quote}
        <textarea data-testid="author-quote" rows={3} value={quote} onChange={(e) => setQuote(e.target.value)} />
      </label>

      <fieldset>
        <legend>{t.date}</legend>
        <input data-testid="author-date" value={date} onChange={(e) => setDate(e.target.value)} aria-label={t.date} placeholder="2024-11-12" />
        {dateChoices.length > 0 && (
          <div className="author-chips" role="group" aria-label={t.proposals}>
            {dateChoices.map(({ value, p, alt }) => (
              <button
                key={`${value}-${alt}`}
                type="button"
                className={`author-chip${alt ? ' author-chip--alt' : ''}`}
                data-testid="author-date-option"
                data-value={value}
                aria-pressed={date === value}
                onClick={() => {
                  setDate(value);
                  setNote(dateNote(p, published, t));
                }}
              >
                {value}
                <ProposalNote text={alt ? t.alternatives : `${p.from === 'context' ? t.fromContext : fill(t.fromText, { from: p.from })} · ${p.certain.length ? fill(t.certain, { parts: p.certain.map((part) => t[part]).join(', ') }) : t.inferred}`} />
              </button>
            ))}
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>{t.place}</legend>
        {places.length === 0 && <p className="author-muted">{t.noPlace}</p>}
        <div className="author-options">
          {places.map((p) => (
            <label key={p.key} className="author-option">
              <input type="radio" name={`${id}-place`} data-testid="author-place-option" data-place-key={p.key} checked={placeKey === p.key} onChange={() => setPlaceKey(p.key)} />
              <span>{p.name}</span>
              <ProposalNote text={p.note} />
            </label>
          ))}
        </div>
        <div className="author-row">
          <input data-testid="author-place-search" aria-label={t.placeSearch} placeholder={t.placeSearch} value={placeQuery} onChange={(e) => setPlaceQuery(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); searchPlace(); } }} />
          <button type="button" className="button" data-testid="author-place-search-go" onClick={searchPlace}>{t.search}</button>
        </div>
        {placeMiss && <p className="author-muted" role="status">{t.noMatch}</p>}
      </fieldset>

      <fieldset>
        <legend>{t.actors}</legend>
        {actors.length === 0 && <p className="author-muted">{t.noActors}</p>}
        <div className="author-options">
          {actors.map((a) => (
            <label key={a.key} className="author-option">
              <input
                type="checkbox"
                data-testid="author-actor-option"
                data-actor-key={a.key}
                checked={checked.has(a.key)}
                onChange={(e) => setChecked((s) => { const n = new Set(s); if (e.target.checked) n.add(a.key); else n.delete(a.key); return n; })}
              />
              <span>{a.name}</span>
              <ProposalNote text={a.note} />
            </label>
          ))}
        </div>
        <div className="author-row">
          <input data-testid="author-new-actor" aria-label={t.newActor} placeholder={t.newActor} value={actorName} onChange={(e) => setActorName(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); addActor(); } }} />
          <select aria-label={t.actorType} data-testid="author-new-actor-type" value={actorType} onChange={(e) => setActorType(e.target.value)}>
            {ACTOR_TYPES.map((k) => <option key={k} value={k}>{t[k]}</option>)}
          </select>
          <button type="button" className="button" data-testid="author-new-actor-add" onClick={addActor}>{t.addActor}</button>
        </div>
      </fieldset>

      <label>
        {t.kind}
        <select data-testid="author-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {EVENT_KINDS.map((k) => <option key={k} value={k}>{kindLabel(k, uiLang)}</option>)}
        </select>
        {kindProposal && <ProposalNote text={fill(t.kindFrom, { from: kindProposal.from })} />}
      </label>
      <label>
        {t.eventTitle}
        <input data-testid="author-title" value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label>
        {t.summary}
        <textarea data-testid="author-summary" rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </label>
      {error && <p role="alert" className="author-error" data-testid="author-event-error">{error}</p>}
      <button type="submit" className="button button--primary" data-testid="author-add-event">{t.addEvent}</button>

      {draft.events.length > 0 && (
        <div className="author-row author-add-quote">
          <label>
            {t.addQuote}
            <select data-testid="author-target-event" aria-label={t.addQuoteTo} value={target} onChange={(e) => setTarget(e.target.value)}>
              {draft.events.map((ev) => <option key={ev.id} value={ev.id}>{ev.title}</option>)}
            </select>
          </label>
          <button type="button" className="button" data-testid="author-add-quote" onClick={() => setError(props.onAddQuote(target, quote))}>{t.addQuoteButton}</button>
        </div>
      )}
    </form>
  );
}
