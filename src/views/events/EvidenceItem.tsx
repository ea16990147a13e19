import { useMemo, type ReactNode } from 'react';
import { locateQuote } from '../../core/provenance';
import type { DossierEvent, Evidence, Source } from '../../data/schema';
import { useDossierData } from '../../ui/dossier-context';
import { fill, loc, useLang, useStrings } from '../../ui/i18n';
import { SourceMeta } from './SourceMeta';
import { SourceParagraph } from './SourceParagraph';
import { DETAILS_STRINGS } from './strings';
import { useSourceText } from './use-source-text';

interface EvidenceItemProps {
  event: DossierEvent;
  evidence: Evidence;
  index: number;
  onRead(index: number): void;
}

/**
 * One evidence quote, shown where it stands: inside its paragraph of the source, marked. Quotes stay in
 * the source's language; an English UI adds the dataset's translation (or the event summary) below.
 */
export function EvidenceItem({ event, evidence, index, onRead }: EvidenceItemProps) {
  const t = useStrings(DETAILS_STRINGS);
  const lang = useLang();
  const { sourcesById } = useDossierData();
  const source = sourcesById.get(evidence.sourceId);
  const translation = evidence.translation?.en;
  const translationNode = lang === 'en' && source?.language !== undefined && source.language !== 'en' && (
    <p className="evidence__translation" lang="en">
      <span className="evidence__label">{translation !== undefined ? t.translation : t.summaryAsTranslation}</span>
      {translation ?? loc(event.summary, 'en')}
    </p>
  );
  return (
    <li className="evidence" data-source-id={evidence.sourceId}>
      {source && source.file === undefined && source.text === undefined ? (
        <>
          <SourceMeta source={source} />
          <p className="source-paragraph source-paragraph--alone" lang={source.language ?? ''}><mark>{evidence.quote}</mark></p>
          <p className="evidence__status" role="note">{t.quoteOnly}</p>
          {translationNode}
        </>
      ) : source ? (
        <LocatedQuote source={source} quote={evidence.quote} index={index} onRead={onRead} translation={translationNode} />
      ) : (
        <>
          <p className="source-paragraph source-paragraph--alone"><mark>{evidence.quote}</mark></p>
          <p className="evidence__warning" role="note">{t.notFound}</p>
          {translationNode}
        </>
      )}
    </li>
  );
}

interface LocatedQuoteProps {
  source: Source;
  quote: string;
  index: number;
  onRead(index: number): void;
  translation: ReactNode;
}

function LocatedQuote({ source, quote, index, onRead, translation }: LocatedQuoteProps) {
  const t = useStrings(DETAILS_STRINGS);
  const st = useSourceText(source);
  const location = useMemo(() => (st.status === 'ready' ? locateQuote(st.text, st.paragraphs, quote) : null), [st, quote]);
  const alone = (
    <p className="source-paragraph source-paragraph--alone" lang={source.language}>
      <mark>{quote}</mark>
    </p>
  );
  return (
    <>
      <SourceMeta source={source} />
      <div className="evidence__excerpt">
        {st.status === 'ready' && location
          ? location.marks.map((m) => (
              <SourceParagraph key={m.paragraph} text={st.paragraphs[m.paragraph]!.text} marks={[m]} lang={source.language ?? ''} />
            ))
          : alone}
      </div>
      {st.status === 'pending' && <p className="evidence__status">{t.loading}</p>}
      {st.status === 'error' && <p className="evidence__warning" role="note">{fill(t.loadFailed, { message: st.message })}</p>}
      {st.status === 'ready' && !location && <p className="evidence__warning" role="note">{t.notFound}</p>}
      {location && !location.exact && <p className="evidence__status">{t.loose}</p>}
      {translation}
      {st.status === 'ready' && (
        <button type="button" className="button button--quiet evidence__read" data-evidence-index={index} title={source.title} onClick={() => onRead(index)}>
          {t.readAll}
        </button>
      )}
    </>
  );
}
