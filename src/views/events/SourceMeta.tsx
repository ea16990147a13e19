import { formatDate, localeOf } from '../../core/format';
import type { Lang } from '../../core/url-state';
import type { Source } from '../../data/schema';
import { useLang, useStrings } from '../../ui/i18n';
import { DETAILS_STRINGS } from './strings';

function languageName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "20 Minutes · 12 Nov 2024 · French": where a quote comes from, in one line. */
export function SourceMeta({ source, className = 'source-meta' }: { source: Source; className?: string }) {
  const t = useStrings(DETAILS_STRINGS);
  const lang = useLang();
  return (
    <p className={className} title={source.title}>
      <span className="source-meta__outlet">{source.outlet}</span>
      <span aria-hidden="true"> · </span>
      <span className="source-meta__date">{source.published ? formatDate(source.published, lang, 'long') : t.dateUnknown}</span>
      <span aria-hidden="true"> · </span>
      <span className="source-meta__language">{languageName(source.language, lang)}</span>
    </p>
  );
}
