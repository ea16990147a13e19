import { EVENT_KINDS, type DocumentedKind } from '../data/schema';
import type { Lang } from './url-state';

/**
 * Thirteen kinds are too many colours for a chart, so each documented kind belongs to one of four families,
 * which the timeline stacks and the list marks; the kind itself is always spelled out next to it. Kinds are
 * open: any other slug (or none) falls in the neutral `other` family and is shown as written.
 */
export type KindFamily = 'diplomacy' | 'legal' | 'words' | 'military' | 'other';

const FAMILY_OF: Record<DocumentedKind, KindFamily> = {
  meeting: 'diplomacy',
  call: 'diplomacy',
  visit: 'diplomacy',
  signature: 'legal',
  ratification: 'legal',
  'entry-into-force': 'legal',
  appointment: 'legal',
  statement: 'words',
  accusation: 'words',
  report: 'words',
  deployment: 'military',
  'military-action': 'military',
  demonstration: 'military',
};

const DOCUMENTED: ReadonlySet<string> = new Set(EVENT_KINDS);
const isDocumented = (kind: string): kind is DocumentedKind => DOCUMENTED.has(kind);

/** The family a kind is drawn in; undocumented kinds (even `constructor`) are `other`. */
export function kindFamily(kind: string | undefined): KindFamily {
  return kind !== undefined && isDocumented(kind) ? FAMILY_OF[kind] : 'other';
}

export const KIND_FAMILIES: readonly KindFamily[] = ['diplomacy', 'legal', 'words', 'military', 'other'];

export const FAMILY_LABEL: Record<Lang, Record<KindFamily, string>> = {
  en: { diplomacy: 'Meetings & visits', legal: 'Treaty & appointments', words: 'Statements & reports', military: 'Military', other: 'Other kinds' },
  fr: { diplomacy: 'Rencontres et visites', legal: 'Traité et nominations', words: 'Déclarations', military: 'Militaire', other: 'Autres types' },
};

const KIND_LABEL: Record<Lang, Record<DocumentedKind, string>> = {
  en: {
    meeting: 'meeting', call: 'phone call', visit: 'visit', signature: 'signature', ratification: 'ratification',
    'entry-into-force': 'entry into force', appointment: 'appointment', statement: 'statement', accusation: 'accusation',
    report: 'report', deployment: 'deployment', 'military-action': 'military action', demonstration: 'demonstration',
  },
  fr: {
    meeting: 'rencontre', call: 'appel', visit: 'visite', signature: 'signature', ratification: 'ratification',
    'entry-into-force': 'entrée en vigueur', appointment: 'nomination', statement: 'déclaration', accusation: 'accusation',
    report: 'annonce', deployment: 'déploiement', 'military-action': 'action militaire', demonstration: 'démonstration',
  },
};

const OTHER_LABEL: Record<Lang, string> = { en: 'other', fr: 'autre' };

/** A documented kind's translated label; any other kind as written; a missing one "other". */
export function kindLabel(kind: string | undefined, lang: Lang): string {
  if (kind === undefined || kind === 'other') return OTHER_LABEL[lang];
  return isDocumented(kind) ? KIND_LABEL[lang][kind] : kind;
}

/** The families that occur in a column of family indexes (event-columns' `family`), in legend order. */
export function familiesInColumn(family: Uint8Array): KindFamily[] {
  const seen = new Uint8Array(KIND_FAMILIES.length);
  for (let i = 0; i < family.length; i++) seen[family[i]!] = 1;
  return KIND_FAMILIES.filter((_, f) => seen[f] === 1);
}

/** The families that occur among these kinds, in legend order (a legend lists only what is drawn). */
export function familiesPresent(kinds: Iterable<string>): KindFamily[] {
  const present = new Set<KindFamily>();
  for (const k of kinds) present.add(kindFamily(k));
  return KIND_FAMILIES.filter((f) => present.has(f));
}
