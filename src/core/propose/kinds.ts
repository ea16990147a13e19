import type { ProposalLang } from './dates';

/**
 * The kind of event a sentence tells of, from its verbs and nouns ("a rencontré" → meeting, "a signé" →
 * signature). The first rule that matches wins, most specific first; null when none does.
 */
const RULES: Array<[kind: string, fr: RegExp, en: RegExp]> = [
  ['entry-into-force', /entr\w* en vigueur|pris effet|en vigueur/i, /enter\w* into force|took effect|in force/i],
  ['ratification', /ratifi/i, /ratif/i],
  ['signature', /\bsign[ée]|paraph|conclu/i, /\bsign(ed|s|ing)?\b|initial(l)?ed/i],
  ['call', /appel|téléphon|entretien téléphonique/i, /\bcall(ed)?\b|phone/i],
  ['visit', /visite|s[’']est rendu|est arrivé|a atterri|séjour/i, /visit|arriv|landed|travel/i],
  ['meeting', /rencontr|réunion|s[’']entretenir|entretenu|reçu|sommet|consultations|discussions/i, /\bmet\b|meet|talks|summit|hosted/i],
  ['appointment', /nomm[ée]|désigné/i, /appoint|named as/i],
  ['military-action', /frappe|attaque|bombard|offensive|missile|assaut/i, /strike|attack|bomb|offensive|assault|shell/i],
  ['deployment', /soldats|troupes|déploy|envoy[ée] .*soldats/i, /troops|soldiers|deploy/i],
  ['demonstration', /manifest/i, /protest|demonstrat|rally/i],
  ['accusation', /accus|dénonc|condamn/i, /accus|denounc|condemn|blame/i],
  ['report', /rapport|selon|d[’']après|agence/i, /report|according to/i],
  ['statement', /déclar|affirm|annonc|a indiqué|a dit|a souligné|a précisé|a exprimé|estime/i, /said|says|stated|declared|announc|told/i],
];

export function proposeKind(sentence: string, lang: ProposalLang): { kind: string; from: string } | null {
  for (const [kind, fr, en] of RULES) {
    const m = (lang === 'fr' ? fr : en).exec(sentence);
    if (m) return { kind, from: m[0] };
  }
  return null;
}
