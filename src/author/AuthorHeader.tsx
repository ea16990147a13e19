import { useState } from 'react';
import type { Draft } from '../core/propose/draft';
import { useDossierStore } from '../store/store';
import { useStrings } from '../ui/i18n';
import { STRINGS } from './strings';
import type { SaveState } from './use-draft';

/** The workspace's bar: the draft's title, where it is saved, export/open/new, language, theme, back to the dossier. */
export function AuthorHeader({ draft, saveState, onTitle, onExport, onOpen, onReset }: {
  draft: Draft;
  saveState: SaveState;
  onTitle: (title: string) => void;
  onExport: () => void;
  onOpen: (file: File) => Promise<string | null>;
  onReset: () => void;
}) {
  const t = useStrings(STRINGS);
  const lang = useDossierStore((s) => s.lang);
  const theme = useDossierStore((s) => s.theme);
  const { setLang, setTheme } = useDossierStore.getState();
  const [error, setError] = useState<string | null>(null);
  const back = (() => {
    // The draft's ids mean nothing to the dossier: only the language and theme go back with the user.
    const q = new URLSearchParams(window.location.search);
    for (const k of ['author', 'place', 'actor', 'event', 'from', 'to']) q.delete(k);
    const s = q.toString();
    return s ? `?${s}` : './';
  })();
  const saveText = saveState === 'saving' ? t.saving : saveState === 'unavailable' ? t.unavailable : t.saved;
  return (
    <header className="header author-header">
      <div className="header__title">
        <span className="header__brand" aria-hidden="true">{t.brand}</span>
        <h1>{t.heading}</h1>
      </div>
      <label className="author-header__title">
        <span className="visually-hidden">{t.draftTitle}</span>
        <input data-testid="author-draft-title" value={draft.title} onChange={(e) => onTitle(e.target.value)} placeholder={t.draftTitle} aria-label={t.draftTitle} />
      </label>
      <span className="author-muted author-save" data-testid="author-save-state" data-state={saveState}>{saveText}</span>
      <div className="header__actions" role="group" aria-label={t.heading}>
        <button type="button" className="button button--primary" data-testid="author-export" onClick={onExport} disabled={draft.events.length === 0}>{t.export}</button>
        <label className="button author-open">
          {t.open}
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            data-testid="author-open"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void onOpen(file).then(setError);
            }}
          />
        </label>
        <button type="button" className="button" data-testid="author-reset" onClick={onReset}>{t.reset}</button>
        <button type="button" className="button" onClick={() => setLang(lang === 'en' ? 'fr' : 'en')} title={t.langHint} lang={lang === 'en' ? 'fr' : 'en'}>{t.lang}</button>
        <button type="button" className="button" aria-pressed={theme === 'dark'} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')} title={t.themeHint}>{theme === 'dark' ? t.light : t.dark}</button>
        <a className="button" href={back} data-testid="author-back">{t.back}</a>
      </div>
      {error && <p role="alert" className="author-error" data-testid="author-open-error">{error}</p>}
    </header>
  );
}
