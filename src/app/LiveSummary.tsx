import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../core/format';
import type { Lang } from '../core/url-state';
import { useDossierStore } from '../store/store';
import { useShownResult } from '../ui/dossier-context';

const NOUNS: Record<Lang, Record<'events' | 'actors' | 'places', [one: string, many: string]>> = {
  en: { events: ['event', 'events'], actors: ['actor', 'actors'], places: ['place', 'places'] },
  fr: { events: ['événement', 'événements'], actors: ['acteur', 'acteurs'], places: ['lieu', 'lieux'] },
};

/** "12 events · 9 actors · 4 places", each noun agreeing with its number in the UI language. */
export function summaryText(counts: Record<'events' | 'actors' | 'places', number>, lang: Lang): string {
  const rules = new Intl.PluralRules(lang);
  return (['events', 'actors', 'places'] as const)
    .map((k) => `${formatNumber(counts[k], lang)} ${NOUNS[lang][k][rules.select(counts[k]) === 'one' ? 0 : 1]}`)
    .join(' · ');
}

/**
 * The polite live region: announces the filtered counts after each change, without moving focus. The first
 * render fills it silently; later changes replace its text (debounced so a slider drag announces once).
 */
export function LiveSummary() {
  const lang = useDossierStore((s) => s.lang);
  // On a large dossier, from the result the slower views show (its list of events is built there, not in the click's frame).
  const { summary } = useShownResult();
  const text = summaryText(summary, lang);
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
