import { useEffect, useId, useMemo, useRef } from 'react';
import { locateQuote, type TextRange } from '../../core/provenance';
import type { DossierEvent, Source } from '../../data/schema';
import { useStrings } from '../../ui/i18n';
import { SourceMeta } from './SourceMeta';
import { SourceParagraph } from './SourceParagraph';
import { DETAILS_STRINGS } from './strings';
import { useSourceText } from './use-source-text';

interface ArticleReaderProps {
  event: DossierEvent;
  source: Source;
  /** The evidence whose "read the whole article" opened the reader: its passage is scrolled into view. */
  evidenceIndex: number;
  onBack(): void;
}

/** The whole source text, every quote of this event from it marked where it stands. */
export function ArticleReader({ event, source, evidenceIndex, onBack }: ArticleReaderProps) {
  const t = useStrings(DETAILS_STRINGS);
  const st = useSourceText(source);
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<HTMLDivElement>(null);

  const { byParagraph, target } = useMemo(() => {
    const byParagraph = new Map<number, TextRange[]>();
    let target: number | null = null;
    if (st.status !== 'ready') return { byParagraph, target };
    event.evidence.forEach((ev, i) => {
      if (ev.sourceId !== source.id) return;
      const location = locateQuote(st.text, st.paragraphs, ev.quote);
      for (const m of location?.marks ?? []) {
        const list = byParagraph.get(m.paragraph) ?? [];
        list.push(m);
        byParagraph.set(m.paragraph, list);
        if (i === evidenceIndex && target === null) target = m.paragraph;
      }
    });
    return { byParagraph, target };
  }, [st, event, source.id, evidenceIndex]);

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (target === null) return;
    textRef.current?.querySelector(`[data-paragraph="${target}"]`)?.scrollIntoView({ block: 'center' });
  }, [target]);

  const titleNote = (source as unknown as Record<string, unknown>).titleNote;
  return (
    <article className="reader" aria-labelledby={titleId}>
      <button type="button" className="button button--quiet reader__back" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {t.back}
      </button>
      <p className="reader__kicker">{t.article}</p>
      <h3 className="reader__title" id={titleId} tabIndex={-1} ref={headingRef} lang={source.language}>
        {source.title}
      </h3>
      {typeof titleNote === 'string' && <p className="reader__note">{titleNote}</p>}
      <SourceMeta source={source} />
      <p className="reader__note">{t.quotesMarked}</p>
      <div className="reader__text" ref={textRef}>
        {st.status === 'pending' && <p className="evidence__status">{t.loading}</p>}
        {st.status === 'error' && <p className="evidence__warning" role="note">{st.message}</p>}
        {st.status === 'ready' &&
          st.paragraphs.map((p) => (
            <SourceParagraph key={p.index} paragraph={p.index} text={p.text} marks={byParagraph.get(p.index) ?? []} lang={source.language ?? ''} />
          ))}
      </div>
    </article>
  );
}
