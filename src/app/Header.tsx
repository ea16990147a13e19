import { useDossierStore } from '../store/store';
import { useDossierData, useFilterResult } from '../ui/dossier-context';
import { defineStrings, loc, useStrings } from '../ui/i18n';
import { formatNumber } from '../core/format';
import { SearchBox } from '../views/events/SearchBox';
import { LiveSummary } from './LiveSummary';
import type { ViewName } from '../core/url-state';
import { ExportButtons } from './ExportMenu';
import { OpenDataset } from './OpenDataset';
import { StoriesMenu } from './story/StoriesMenu';

const STRINGS = defineStrings({
  en: {
    events: 'events', clear: 'Clear filters', clearHint: 'Clear every filter (Escape)',
    lang: 'Français', langHint: 'Passer l’interface en français',
    dark: 'Dark', light: 'Light', themeHint: 'Switch colour theme', tools: 'Display',
    author: 'Author', authorHint: 'Build a dossier from articles (authoring workspace)',
  },
  fr: {
    events: 'événements', clear: 'Effacer les filtres', clearHint: 'Effacer tous les filtres (Échap)',
    lang: 'English', langHint: 'Switch the interface to English',
    dark: 'Sombre', light: 'Clair', themeHint: 'Changer de thème', tools: 'Affichage',
    author: 'Rédiger', authorHint: 'Construire un dossier à partir d’articles (atelier de rédaction)',
  },
});

export function Header({ views }: { views: readonly ViewName[] }) {
  const t = useStrings(STRINGS);
  const { dataset } = useDossierData();
  const { count } = useFilterResult();
  const lang = useDossierStore((s) => s.lang);
  const theme = useDossierStore((s) => s.theme);
  const hasFilter = useDossierStore((s) => s.from !== null || s.to !== null || s.places.length > 0 || s.actors.length > 0);
  const { clearFilters, setLang, setTheme } = useDossierStore.getState();
  return (
    <header className="header">
      <div className="header__title">
        <span className="header__brand" aria-hidden="true">Dossier</span>
        <h1>{loc(dataset.title, lang)}</h1>
      </div>
      <SearchBox />
      <p className="header__count">
        <strong data-testid="event-count">{formatNumber(count, lang)}</strong> {t.events}
      </p>
      <LiveSummary />
      <div className="header__actions" role="group" aria-label={t.tools}>
        <OpenDataset />
        <StoriesMenu />
        <button type="button" className="button" data-testid="clear-filters" onClick={clearFilters} title={t.clearHint} aria-disabled={!hasFilter}>
          {t.clear}
        </button>
        <ExportButtons views={views} />
        <a className="button" href={authorHref()} data-testid="open-author" title={t.authorHint}>
          {t.author}
        </a>
        <button type="button" className="button" onClick={() => setLang(lang === 'en' ? 'fr' : 'en')} title={t.langHint} lang={lang === 'en' ? 'fr' : 'en'}>
          {t.lang}
        </button>
        <button type="button" className="button" aria-pressed={theme === 'dark'} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')} title={t.themeHint}>
          {theme === 'dark' ? t.light : t.dark}
        </button>
      </div>
    </header>
  );
}

/** The workspace keeps the language and theme of the page it is opened from. */
function authorHref(): string {
  const q = new URLSearchParams(window.location.search);
  const keep = new URLSearchParams({ author: '1' });
  for (const k of ['lang', 'theme']) if (q.get(k)) keep.set(k, q.get(k)!);
  return `?${keep.toString()}`;
}
