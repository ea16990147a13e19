import { useEffect, useRef } from 'react';
import { formatNumber } from '../core/format';
import { DatasetError } from '../data/problems';
import { fill, useLang, useStrings } from '../ui/i18n';
import { DATA_STRINGS } from './data-strings';
import { ProblemList } from './ProblemList';

interface ErrorPanelProps {
  error: Error;
  /** Over a dossier that stays on screen (a file that failed): the panel can be dismissed. */
  onDismiss?: () => void;
  onLoadBundled(): void;
}

/** Says what is wrong and where (file, record id or CSV line, field), as text: nothing from the dataset is ever run. */
export function ErrorPanel({ error, onDismiss, onLoadBundled }: ErrorPanelProps) {
  const t = useStrings(DATA_STRINGS);
  const lang = useLang();
  const ref = useRef<HTMLElement>(null);
  const report = error instanceof DatasetError ? error.report : null;
  const overlay = onDismiss !== undefined;
  // Over the dossier the panel takes focus, so a keyboard user lands on it (and Dismiss is one Tab away).
  useEffect(() => {
    if (overlay) ref.current?.focus();
  }, [overlay, error]);
  return (
    <section className={`error-panel${overlay ? ' error-panel--overlay' : ''}`} role="alert" aria-labelledby="error-title" tabIndex={-1} ref={ref}>
      <h1 id="error-title">{overlay ? t.fileFailedTitle : t.failedTitle}</h1>
      <p>
        {error instanceof DatasetError
          ? fill(error.report.errorCount === 1 ? t.cannotUseOne : t.cannotUse, { file: error.file, n: formatNumber(error.report.errorCount, lang) })
          : error.message}
      </p>
      {report && report.errors.length > 0 && (
        <ProblemList file={(error as DatasetError).file} problems={report.errors} total={report.errorCount} />
      )}
      <p className="error-panel__fix">{overlay ? t.fileFailedFix : t.failedFix}</p>
      <div className="error-panel__actions">
        <button type="button" className="button" data-testid="load-bundled" onClick={onLoadBundled}>{t.loadBundled}</button>
        {onDismiss && <button type="button" className="button button--primary" onClick={onDismiss}>{t.dismiss}</button>}
      </div>
    </section>
  );
}
