import { useId } from 'react';
import { useStrings } from '../ui/i18n';
import { useDataActions } from './data-actions';
import { DATA_STRINGS } from './data-strings';

/** Where focus goes when a panel about a file closes: back to the control the file came from. */
export function focusOpenControl() {
  document.querySelector<HTMLElement>('[data-testid="open-dataset"]')?.focus();
}

/**
 * "Open…": a real file input (so it is keyboard reachable and works with every assistive tool), drawn as a
 * button by its label. The input is emptied after each choice so the same file can be opened again once fixed.
 */
export function OpenDataset() {
  const t = useStrings(DATA_STRINGS);
  const { openFile } = useDataActions();
  const id = useId();
  return (
    <span className="open-dataset">
      <input
        id={id}
        type="file"
        className="open-dataset__input"
        data-testid="open-dataset"
        accept=".json,.csv,application/json,text/csv"
        title={t.openHint}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) openFile(file);
        }}
      />
      <label htmlFor={id} className="button open-dataset__label" title={t.openHint}>
        {t.open}
      </label>
    </span>
  );
}
