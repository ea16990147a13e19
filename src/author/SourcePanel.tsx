import { useId, useState } from 'react';
import type { Draft } from '../core/propose/draft';
import { readArticleInput } from '../core/propose/input';
import { useStrings } from '../ui/i18n';
import { STRINGS } from './strings';

export interface NewSource {
  title: string;
  outlet: string;
  language: string;
  published: string | null;
  text: string;
}

const REASONS = { empty: 'empty', binary: 'binary', 'too-large': 'tooLarge' } as const;

/** Adds sources (pasted text or a .txt file, with title, outlet, language, day) and lists the draft's sources. */
export function SourcePanel({ draft, current, onPick, onAdd }: { draft: Draft; current: string | null; onPick: (id: string) => void; onAdd: (s: NewSource) => void }) {
  const t = useStrings(STRINGS);
  const id = useId();
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [language, setLanguage] = useState('fr');
  const [published, setPublished] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const raw = new TextDecoder('utf-8').decode(await file.arrayBuffer());
    const read = readArticleInput(raw);
    if (!read.ok) {
      setError(t[REASONS[read.reason]]);
      return;
    }
    setError(null);
    setText(read.text);
    if (!title) setTitle(file.name.replace(/\.[^.]+$/, ''));
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const read = readArticleInput(text);
    if (!read.ok) {
      setError(t[REASONS[read.reason]]);
      return;
    }
    setError(null);
    setNotice(read.fromHtml ? t.fromHtml : null);
    onAdd({ title: title.trim() || read.text.trim().split('\n')[0]!.slice(0, 80), outlet: outlet.trim(), language, published: published || null, text: read.text });
    setTitle('');
    setOutlet('');
    setText('');
  };

  return (
    <section className="author-panel author-sources" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="author-panel__title">{t.sources}</h2>
      {draft.sources.length === 0 ? (
        <p className="author-muted">{t.noSources}</p>
      ) : (
        <ul className="author-source-list" data-testid="author-sources">
          {draft.sources.map((s) => (
            <li key={s.id}>
              <button type="button" className="author-source" data-source-id={s.id} aria-pressed={s.id === current} onClick={() => onPick(s.id)}>
                <span className="author-source__title">{s.title}</span>
                <span className="author-muted">{[s.outlet, s.published, s.language].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <details className="author-add" open={draft.sources.length === 0}>
        <summary>{t.addSource}</summary>
        <form className="author-form" data-testid="author-source-form" onSubmit={submit} noValidate>
          <label>
            {t.title}
            <input data-testid="author-source-title" value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label>
            {t.outlet}
            <input data-testid="author-source-outlet" value={outlet} onChange={(e) => setOutlet(e.target.value)} />
          </label>
          <div className="author-row">
            <label>
              {t.language}
              <select data-testid="author-source-language" value={language} onChange={(e) => setLanguage(e.target.value)}>
                <option value="fr">Français</option>
                <option value="en">English</option>
              </select>
            </label>
            <label>
              {t.published}
              <input type="date" data-testid="author-source-published" value={published} onChange={(e) => setPublished(e.target.value)} />
            </label>
          </div>
          <label>
            {t.text}
            <textarea data-testid="author-source-text" rows={6} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
          </label>
          <label className="author-file">
            {t.file}
            <input type="file" accept=".txt,text/plain" data-testid="author-source-file" onChange={(e) => void openFile(e.target.files?.[0])} />
          </label>
          {error && (
            <p role="alert" className="author-error" data-testid="author-source-error">
              {error}
            </p>
          )}
          {notice && (
            <p role="status" className="author-notice" data-testid="author-source-notice">
              {notice}
            </p>
          )}
          <button type="submit" className="button button--primary" data-testid="author-source-add">
            {t.add}
          </button>
        </form>
      </details>
    </section>
  );
}
