import type { EventKind } from '../data/schema';
import type { Lang } from './url-state';

/**
 * Thirteen kinds are too many colours for a chart, so each belongs to one of four families, which the
 * timeline stacks and the list marks; the kind itself is always spelled out next to it.
 */
export type KindFamily = 'diplomacy' | 'legal' | 'words' | 'military';

export const KIND_FAMILY: Record<EventKind, KindFamily> = {
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

export const KIND_FAMILIES: readonly KindFamily[] = ['diplomacy', 'legal', 'words', 'military'];

export const FAMILY_LABEL: Record<Lang, Record<KindFamily, string>> = {
  en: { diplomacy: 'Meetings & visits', legal: 'Treaty & appointments', words: 'Statements & reports', military: 'Military' },
  fr: { diplomacy: 'Rencontres et visites', legal: 'Traité et nominations', words: 'Déclarations', military: 'Militaire' },
};

export const KIND_LABEL: Record<Lang, Record<EventKind, string>> = {
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
