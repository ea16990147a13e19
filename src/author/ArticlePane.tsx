import { useEffect, useId, useRef, useState } from 'react';
import type { DraftSource } from '../core/propose/draft';
import type { Sentence } from '../core/propose/sentences';
import { formatNumber } from '../core/format';
import { fill, useLang, useStrings } from '../ui/i18n';
import { STRINGS } from './strings';

export interface TextRange {
  start: number;
  end: number;
}

/** Sentences are drawn a page at a time, so a 1 MB article opens at once and stays responsive. */
const PAGE = 400;

function offsetIn(node: Node | null, offset: number): number | null {
  const el = node instanceof Element ? node : node?.parentElement;
  const sentence = el?.closest<HTMLElement>('[data-start]');
  if (!sentence) return null;
  return Number(sentence.dataset.start) + (node instanceof Text ? offset : 0);
}

/**
 * The article with its sentences marked. A sentence is chosen by click or keyboard (roving focus: arrows move,
 * Enter or Space choose); part of one by selecting it with the mouse. Text only, never HTML.
 */
export function ArticlePane({ source, sentences, chosen, onChoose }: { source: DraftSource | null; sentences: readonly Sentence[]; chosen: TextRange | null; onChoose: (r: TextRange, sentence: number) => void }) {
  const t = useStrings(STRINGS);
  const lang = useLang();
  const id = useId();
  const [shown, setShown] = useState(PAGE);
  const [focus, setFocus] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setShown(PAGE);
    setFocus(0);
  }, [source?.id]);

  if (!source) {
    return (
      <section className="author-panel author-article" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`} className="author-panel__title">{t.article}</h2>
        <p className="author-muted">{t.pickSource}</p>
      </section>
    );
  }

  const text = source.text;
  const visible = sentences.slice(0, shown);
  const sentenceAt = (offset: number) => sentences.findIndex((s) => s.end > offset);

  const onMouseUp = () => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !root.current?.contains(sel.anchorNode)) return;
    const a = offsetIn(sel.anchorNode, sel.anchorOffset);
    const b = offsetIn(sel.focusNode, sel.focusOffset);
    if (a === null || b === null || a === b) return;
    let start = Math.min(a, b);
    let end = Math.max(a, b);
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) onChoose({ start, end }, Math.max(0, sentenceAt(start)));
  };

  const move = (to: number) => {
    const next = Math.max(0, Math.min(visible.length - 1, to));
    setFocus(next);
    root.current?.querySelector<HTMLElement>(`[data-sentence-index="${next}"]`)?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent, i: number) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') move(i + 1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') move(i - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(visible.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') onChoose({ start: sentences[i]!.start, end: sentences[i]!.end }, i);
    else return;
    e.preventDefault();
  };

  const parts: React.ReactNode[] = [];
  let at = 0;
  visible.forEach((s, i) => {
    if (s.start > at) parts.push(text.slice(at, s.start));
    const picked = chosen !== null && chosen.start < s.end && chosen.end > s.start;
    parts.push(
      <span
        key={s.start}
        role="button"
        tabIndex={i === focus ? 0 : -1}
        className={`author-sentence${picked ? ' author-sentence--chosen' : ''}`}
        data-sentence-index={i}
        data-start={s.start}
        aria-pressed={picked}
        onClick={() => {
          if (!window.getSelection()?.isCollapsed) return;
          setFocus(i);
          onChoose({ start: s.start, end: s.end }, i);
        }}
        onKeyDown={(e) => onKeyDown(e, i)}
      >
        {s.text}
      </span>,
    );
    at = s.end;
  });

  return (
    <section className="author-panel author-article" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="author-panel__title">
        {source.title} <span className="author-muted">({fill(t.sentences, { n: formatNumber(sentences.length, lang) })})</span>
      </h2>
      <p className="author-muted author-hint">{t.articleHint}</p>
      <div ref={root} className="author-text" data-testid="author-article" lang={source.language} onMouseUp={onMouseUp}>
        {parts}
      </div>
      {shown < sentences.length && (
        <button type="button" className="button" data-testid="author-more" onClick={() => setShown((n) => n + PAGE)}>
          {fill(t.more, { n: formatNumber(Math.min(PAGE, sentences.length - shown), lang) })}
        </button>
      )}
    </section>
  );
}
