import { formatEventDate } from '../../core/format';
import { foldText, MatchTier, type SearchHit, type SearchKind } from '../../core/search';
import type { Lang } from '../../core/url-state';
import type { DossierData } from '../../ui/dossier-context';
import { loc } from '../../ui/i18n';

/** A search hit ready to show: its label in the UI language and a line of context. */
export interface SearchOption extends SearchHit {
  label: string;
  detail: string;
  /** The alias or other-language name that matched, when it is not the label itself. */
  via: string | null;
}

export const KINDS: readonly SearchKind[] = ['actor', 'place', 'event'];

export function describeHit(hit: SearchHit, data: DossierData, lang: Lang): SearchOption {
  let label = hit.id;
  let detail = '';
  if (hit.kind === 'actor') {
    const actor = data.actorsById.get(hit.id);
    if (actor) {
      label = loc(actor.name, lang);
      detail = loc(actor.role, lang);
    }
  } else if (hit.kind === 'place') {
    const place = data.placesById.get(hit.id);
    if (place) {
      label = loc(place.name, lang);
      const country = place.country ? new Intl.DisplayNames([lang === 'fr' ? 'fr-FR' : 'en-GB'], { type: 'region' }).of(place.country) : undefined;
      detail = country && country !== label ? country : '';
    }
  } else {
    const event = data.eventsById.get(hit.id);
    if (event) {
      label = loc(event.title, lang);
      detail = formatEventDate(event, lang);
      // Found by its place's name: say where, since the title does not.
      const place = hit.tier === MatchTier.AtPlace ? data.placesById.get(event.placeId) : undefined;
      if (place) detail += ` · ${loc(place.name, lang)}`;
    }
  }
  const via = foldText(hit.matched) === foldText(label) || hit.kind === 'event' ? null : hit.matched;
  return { ...hit, label, detail, via };
}
