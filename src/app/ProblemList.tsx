import type { Problem } from '../data/problems';
import { fill, useLang, useStrings } from '../ui/i18n';
import { DATA_STRINGS } from './data-strings';
import { whereText } from './problem-where';

/**
 * One `<li>` per problem: the file, where (record or CSV line, field) and what was expected. Shown as text,
 * never as HTML: a hostile id or quote stays inert. A capped list says how many more there are. The messages are
 * the pipeline's English (as `npm run check:data` prints them): in another UI language they are marked as English
 * for screen readers and the list says so, while `where` is worded in the UI language.
 */
export function ProblemList({ file, problems, total }: { file: string; problems: readonly Problem[]; total: number }) {
  const t = useStrings(DATA_STRINGS);
  const lang = useLang();
  const english = lang === 'en';
  const more = total - problems.length;
  const what = problems[0]?.severity === 'warning' ? t.warnings : t.errors;
  return (
    <>
      {!english && <p className="problem-list__language">{t.inEnglish}</p>}
      <ul className="problem-list" data-testid="data-problems" aria-label={t.problems}>
        {problems.map((p, i) => (
          <li key={i} data-severity={p.severity}>
            <code>{file}</code> · <code>{whereText(p.where, lang)}</code>{english ? ': ' : '\u00a0: '}<span lang={english ? undefined : 'en'}>{p.message}</span>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="problem-list__more">{fill(t.more, { n: more, what })}</p>}
    </>
  );
}
