import { formatDate } from '../core/format';
import type { Lang } from '../core/url-state';

/**
 * Work the first render would otherwise pay inside its own long task, done in an idle moment before it
 * (while the dataset is fetched): the first Intl.DateTimeFormat of a language loads its locale data (tens of ms
 * on a slow machine), and the first touch of localStorage opens the page's storage (about 10 ms). Both are kept
 * (formatters are cached by core/format, the storage stays open), so nothing is done twice.
 */
export function prewarm(lang: Lang): void {
  // Two idle tasks, not one: each is short on its own.
  whenIdle(() => {
    formatDate('2024-01-01', lang);
    formatDate('2024-01', lang);
  });
  whenIdle(() => {
    try {
      void window.localStorage.length;
    } catch {
      // storage disabled: the story draft lives in memory, nothing to open
    }
  });
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 0);
}
