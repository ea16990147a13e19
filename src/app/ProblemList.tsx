import type { Problem } from '../data/problems';
import { fill, useStrings } from '../ui/i18n';
import { DATA_STRINGS } from './data-strings';

/**
 * One `<li>` per problem: the file, where (record or CSV line, field) and what was expected. Shown as text,
 * never as HTML: a hostile id or quote stays inert. A capped list says how many more there are.
 */
export function ProblemList({ file, problems, total }: { file: string; problems: readonly Problem[]; total: number }) {
  const t = useStrings(DATA_STRINGS);
  const more = total - problems.length;
  const what = problems[0]?.severity === 'warning' ? t.warnings : t.errors;
  return (
    <>
      <ul className="problem-list" data-testid="data-problems" aria-label={t.problems}>
        {problems.map((p, i) => (
          <li key={i} data-severity={p.severity}>
            <code>{file}</code> · <code>{p.where}</code>: {p.message}
          </li>
        ))}
      </ul>
      {more > 0 && <p className="problem-list__more">{fill(t.more, { n: more, what })}</p>}
    </>
  );
}
