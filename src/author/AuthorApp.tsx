import { useMemo, useState } from 'react';
import { locateQuote, splitParagraphs } from '../core/provenance';
import { addEvent, addEvidence, addSource, emptyDraft, ensureActor, ensurePlace, exportDataset, importDataset, removeEvent, slugify, type Draft } from '../core/propose/draft';
import { proposeForRange } from '../core/propose/propose';
import { fill, useStrings } from '../ui/i18n';
import { ArticlePane, type TextRange } from './ArticlePane';
import { AuthorHeader } from './AuthorHeader';
import { DraftViews } from './DraftViews';
import { EventForm, type NewEvent } from './EventForm';
import { SourcePanel, type NewSource } from './SourcePanel';
import { STRINGS } from './strings';
import { useDraft } from './use-draft';
import { useGazetteer, useMatchIndexes, useProposer } from './use-proposer';
import './author.css';

/** The authoring workspace (`?author=1`): sources, the article with its sentences, the event form, the draft's views. */
export default function AuthorApp() {
  const t = useStrings(STRINGS);
  const { draft, update, replace, saveState } = useDraft();
  if (!draft) {
    return (
      <div className="app app--status" data-testid="author-workspace" data-ready="false">
        <p className="loading">{t.loading}</p>
      </div>
    );
  }
  return <Workspace draft={draft} update={update} replace={replace} saveState={saveState} />;
}

function Workspace({ draft, update, replace, saveState }: Omit<ReturnType<typeof useDraft>, 'draft'> & { draft: Draft }) {
  const t = useStrings(STRINGS);
  const [sourceId, setSourceId] = useState<string | null>(draft.sources[0]?.id ?? null);
  const [range, setRange] = useState<TextRange | null>(null);
  const [status, setStatus] = useState('');
  const source = draft.sources.find((s) => s.id === sourceId) ?? null;
  const gazetteer = useGazetteer();
  const indexes = useMatchIndexes(draft, gazetteer.data);
  const proposer = useProposer(source, indexes);
  const proposal = useMemo(() => (proposer && range ? proposeForRange(proposer, range.start, range.end) : null), [proposer, range]);

  // A source just added becomes the one read.
  const onAddSource = (s: NewSource) => {
    const r = addSource(draft, s);
    replace(r.draft);
    setSourceId(r.id);
    setRange(null);
  };

  /** After the form closes, focus goes back to the sentence it was made from, not to the page. */
  const closeForm = () => {
    const at = range?.start;
    setRange(null);
    requestAnimationFrame(() => {
      const sentences = [...document.querySelectorAll<HTMLElement>('[data-testid="author-article"] [data-start]')];
      const back = sentences.filter((el) => at !== undefined && Number(el.dataset.start) <= at).at(-1) ?? sentences[0];
      back?.focus();
    });
  };

  const onAddEvent = (e: NewEvent): string | null => {
    if (!source) return t.pickSource;
    const at = locateQuote(source.text, splitParagraphs(source.text), e.quote);
    if (!at?.exact) return t.quoteNotFound;
    const quote = source.text.slice(at.range.start, at.range.end);
    update((d) => {
      const p = ensurePlace(d, { ...(e.place.id ? { id: e.place.id } : {}), name: e.place.name, lon: e.place.lon, lat: e.place.lat, ...(e.place.country ? { country: e.place.country } : {}) });
      let next = p.draft;
      const actorIds: string[] = [];
      for (const a of e.actors) {
        const r = ensureActor(next, { ...(a.id ? { id: a.id } : {}), name: a.name, ...(a.type ? { type: a.type } : {}) });
        next = r.draft;
        if (!actorIds.includes(r.id)) actorIds.push(r.id);
      }
      return addEvent(next, {
        date: e.date, placeId: p.id, actorIds, kind: e.kind, title: e.title,
        ...(e.summary ? { summary: e.summary } : {}), ...(e.dateNote ? { dateNote: e.dateNote } : {}),
        evidence: [{ sourceId: source.id, quote }],
      }).draft;
    });
    setStatus(fill(t.added, { title: e.title }));
    closeForm();
    return null;
  };

  const onAddQuote = (eventId: string, text: string): string | null => {
    if (!source) return t.pickSource;
    const at = locateQuote(source.text, splitParagraphs(source.text), text);
    if (!at?.exact) return t.quoteNotFound;
    update((d) => addEvidence(d, eventId, { sourceId: source.id, quote: source.text.slice(at.range.start, at.range.end) }));
    setStatus(fill(t.quoteAdded, { title: draft.events.find((e) => e.id === eventId)?.title ?? eventId }));
    closeForm();
    return null;
  };

  const onExport = () => {
    const blob = new Blob([`${JSON.stringify(exportDataset(draft), null, 2)}\n`], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${slugify(draft.title || 'dossier')}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const onOpen = async (file: File): Promise<string | null> => {
    try {
      const next = importDataset(JSON.parse(await file.text()), 'en');
      replace(next);
      setSourceId(next.sources[0]?.id ?? null);
      setRange(null);
      setStatus(fill(t.opened, { file: file.name, events: next.events.length }));
      return null;
    } catch (err) {
      return fill(t.openFailed, { reason: (err as Error).message });
    }
  };

  const onReset = () => {
    if (!window.confirm(t.resetConfirm)) return;
    replace(emptyDraft());
    setSourceId(null);
    setRange(null);
  };

  return (
    <div className="app author" data-testid="author-workspace" data-ready="true">
      <AuthorHeader draft={draft} saveState={saveState} onTitle={(title) => update((d) => ({ ...d, title }))} onExport={onExport} onOpen={onOpen} onReset={onReset} />
      <p className="visually-hidden" role="status" data-testid="author-status">{status}</p>
      {gazetteer.isError && <p className="author-error" role="alert">{t.gazetteerFailed}</p>}
      <main className="author-grid">
        <SourcePanel draft={draft} current={sourceId} onPick={(id) => { setSourceId(id); setRange(null); }} onAdd={onAddSource} />
        <ArticlePane source={source} sentences={proposer?.sentences ?? []} chosen={range} onChoose={(r) => setRange(r)} />
        {source && range && proposal && !indexes && !gazetteer.isError ? (
          <section className="author-panel author-event author-event--empty" aria-busy="true">
            <p className="author-muted" role="status">{t.gazetteerLoading}</p>
          </section>
        ) : source && range && proposal ? (
          <EventForm
            key={`${source.id}:${range.start}:${range.end}`}
            draft={draft}
            quote={source.text.slice(range.start, range.end)}
            published={source.published}
            lang={source.language === 'en' ? 'en' : 'fr'}
            proposal={proposal}
            indexes={indexes}
            onAdd={onAddEvent}
            onAddQuote={onAddQuote}
          />
        ) : (
          <section className="author-panel author-event author-event--empty">
            <p className="author-muted">{t.articleHint}</p>
          </section>
        )}
      </main>
      <DraftViews draft={draft} onRemove={(id) => update((d) => removeEvent(d, id))} />
      <footer className="author-footer author-muted" data-testid="author-credit">{t.credit}</footer>
    </div>
  );
}
