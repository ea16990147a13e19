import { formatDate, localeOf } from '../../core/format';
import type { Lang } from '../../core/url-state';
import type { Source } from '../../data/schema';
import { sourceName } from '../../core/lookups';
import { useLang, useStrings } from '../../ui/i18n';
import { DETAILS_STRINGS } from './strings';

function languageName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Only http and https links are links: a `javascript:` or `data:` URL from a dataset stays text. */
function safeLink(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "20 Minutes · 12 Nov 2024 · French": where a quote comes from, in one line; what a user's source lacks is left out. */
export function SourceMeta({ source, className = 'source-meta' }: { source: Source; className?: string }) {
  const t = useStrings(DETAILS_STRINGS);
  const lang = useLang();
  const link = safeLink(source.url);
  const parts = [
    <span key="outlet" className="source-meta__outlet">{sourceName(source)}</span>,
    source.published !== undefined && (
      <span key="date" className="source-meta__date">{source.published ? formatDate(source.published, lang, 'long') : t.dateUnknown}</span>
    ),
    source.language !== undefined && <span key="lang" className="source-meta__language">{languageName(source.language, lang)}</span>,
    link !== null && <a key="link" className="source-meta__link" href={link} target="_blank" rel="noopener noreferrer">{t.sourceLink}</a>,
    link === null && source.url !== undefined && <span key="url" className="source-meta__url">{source.url}</span>,
  ].filter(Boolean);
  return (
    <p className={className} title={source.title}>
      {parts.flatMap((part, i) => (i === 0 ? [part] : [<span key={`sep${i}`} aria-hidden="true"> · </span>, part]))}
    </p>
  );
}
