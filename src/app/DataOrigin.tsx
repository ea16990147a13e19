import { useState } from 'react';
import type { DataOrigin as Origin, LoadedDataset } from '../data/load';
import { fill, useStrings } from '../ui/i18n';
import { useDataActions } from './data-actions';
import { DATA_STRINGS } from './data-strings';
import { focusOpenControl } from './OpenDataset';
import { ProblemList } from './ProblemList';

/**
 * Where the data on screen came from, whenever it is not the bundled dossier: a `?data=` link must not pass
 * someone else's data off as ours. Beside it, the way back.
 */
export function DataOriginBar({ origin }: { origin: Origin }) {
  const t = useStrings(DATA_STRINGS);
  const { loadBundled } = useDataActions();
  if (origin.kind === 'bundled') return null;
  const format = origin.format.toUpperCase();
  return (
    <div className="data-origin">
      <p data-testid="data-origin">
        <strong>{t.notBundled}</strong> {fill(origin.kind === 'file' ? t.fromFile : t.fromUrl, { name: origin.label, format })}
      </p>
      <button type="button" className="button" data-testid="load-bundled" onClick={loadBundled}>{t.loadBundled}</button>
    </div>
  );
}

/** The warnings a dataset loaded with (unused places, quotes not found, cut titles…), until dismissed. */
export function WarningsNotice({ loaded }: { loaded: LoadedDataset }) {
  const t = useStrings(DATA_STRINGS);
  const [open, setOpen] = useState(true);
  const { warnings, origin } = loaded;
  if (!open || warnings.warningCount === 0) return null;
  return (
    <section className="warnings-notice" role="note" aria-labelledby="warnings-title">
      <div className="warnings-notice__body">
        <h2 id="warnings-title">{fill(t.warningsTitle, { file: origin.label, n: warnings.warningCount })}</h2>
        <ProblemList file={origin.label} problems={warnings.warnings} total={warnings.warningCount} />
      </div>
      <button type="button" className="button button--quiet" onClick={() => { setOpen(false); focusOpenControl(); }}>{t.dismiss}</button>
    </section>
  );
}
