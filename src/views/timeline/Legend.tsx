import { useMemo } from 'react';
import { FAMILY_LABEL, familiesInColumn } from '../../core/kinds';
import { useDossierData } from '../../ui/dossier-context';
import type { Lang } from '../../core/url-state';
import type { TimelineStrings } from './strings';

/** The four kind families the bars are stacked by, and how a month-only date is drawn. */
export function Legend({ lang, t }: { lang: Lang; t: TimelineStrings }) {
  const { columns } = useDossierData();
  const families = useMemo(() => familiesInColumn(columns.family), [columns]);
  return (
    <ul className="timeline__legend" aria-label={t.legend}>
      {families.map((f) => (
        <li key={f}>
          <span className={`timeline__swatch timeline__swatch--${f}`} aria-hidden="true" />
          {FAMILY_LABEL[lang][f]}
        </li>
      ))}
      <li title={t.monthOnlyHint}>
        <span className="timeline__swatch timeline__swatch--month" aria-hidden="true" />
        {t.monthOnly}
      </li>
    </ul>
  );
}
