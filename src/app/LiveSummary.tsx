import { useEffect, useRef, useState } from 'react';
import { summarize } from '../core/lookups';
import { formatNumber } from '../core/format';
import { useDossierStore } from '../store/store';
import { useFilterResult } from '../ui/dossier-context';
import { defineStrings, fill, useStrings } from '../ui/i18n';

const STRINGS = defineStrings({
  en: { summary: '{events} events · {actors} actors · {places} places', one: '{events} event · {actors} actors · {places} places' },
  fr: { summary: '{events} événements · {actors} acteurs · {places} lieux', one: '{events} événement · {actors} acteurs · {places} lieux' },
});

/**
 * The polite live region: announces the filtered counts after each change. It stays in the page (visually
 * hidden) so screen readers hear "12 events · 9 actors · 4 places" without the focus moving.
 */
export function LiveSummary() {
  const t = useStrings(STRINGS);
  const lang = useDossierStore((s) => s.lang);
  const { events } = useFilterResult();
  const c = summarize(events);
  const text = fill(c.events === 1 ? t.one : t.summary, {
    events: formatNumber(c.events, lang), actors: formatNumber(c.actors, lang), places: formatNumber(c.places, lang),
  });
  // Announce changes only: the first render fills the region silently, later ones replace its text.
  const [announced, setAnnounced] = useState(text);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const id = window.setTimeout(() => setAnnounced(text), 150);
    return () => window.clearTimeout(id);
  }, [text]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="live-summary">
      {announced}
    </p>
  );
}
