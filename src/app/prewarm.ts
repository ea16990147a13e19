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

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'touchmove', 'click', 'keydown', 'wheel'] as const;

/**
 * Runs `run` once the user has left the page alone for `ms` (no click, key, wheel, drag or pointer move);
 * returns a cancel. For work that is one long task on the page and should not land among a user's clicks.
 */
export function whenQuiet(ms: number, run: () => void): () => void {
  let timer = setTimeout(done, ms);
  function reset() {
    clearTimeout(timer);
    timer = setTimeout(done, ms);
  }
  function stop() {
    clearTimeout(timer);
    for (const type of INPUT_EVENTS) window.removeEventListener(type, reset, { capture: true });
  }
  function done() {
    stop();
    run();
  }
  for (const type of INPUT_EVENTS) window.addEventListener(type, reset, { capture: true, passive: true });
  return stop;
}
