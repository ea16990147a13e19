import { Fragment } from 'react';
import { segmentText, type TextRange } from '../../core/provenance';

/**
 * A paragraph of a source with the quoted passages in `<mark>`: React text nodes and elements only, never
 * HTML from the dataset. `lang` is the source's language, so screen readers read French as French.
 */
export function SourceParagraph({ text, marks, lang, paragraph, className = 'source-paragraph' }: {
  text: string;
  /** The paragraph's index in its source, for scrolling to it. */
  paragraph?: number;
  marks: readonly TextRange[];
  lang: string;
  className?: string;
}) {
  return (
    <p className={className} lang={lang} data-paragraph={paragraph}>
      {segmentText(text, marks).map((s) => (s.marked ? <mark key={s.start}>{s.text}</mark> : <Fragment key={s.start}>{s.text}</Fragment>))}
    </p>
  );
}
