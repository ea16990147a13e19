import { speaksOfFuture, type DateProposal, type ProposalLang } from './dates';
import { shiftDay } from './relative';

/**
 * What a careful reader gives a sentence that has no date of its own, from its context. The rules, in order:
 *
 * 1. A demonstrative that dates what was just told ("Cet appel a eu lieu le 27 novembre", "This meeting took
 *    place on…"), opening the next dated sentence (at most one paragraph on), dates the undated past-tense
 *    sentences told before it.
 * 2. The paragraph's previous dated sentence gives its date — but a past-tense sentence does not take the date
 *    of one that speaks of the future (the announcement came before the meeting), and a date set in a participle
 *    between commas ("l'accord, signé en juin dernier, est…") belongs to its noun, not to the paragraph's time.
 *    An undated past-tense sentence continues the time of the paragraph's previous past-tense sentence.
 * 3. A demonstrative naming a noun that an earlier sentence dated in such a participle ("cet accord", "this
 *    treaty") takes that noun's date.
 * 4. The article's news day: the latest day an earlier sentence gave that is the publication day or the day
 *    before ("a déclaré mardi" in Tuesday's article).
 * 5. Otherwise the publication day for the present tense, and the day before for the past ("a atterri à
 *    Malte" in the morning's report tells of the day before), the other as the alternative.
 * A pluperfect ("avait mentionné", "had said") tells of a time before the one these rules give: the day before.
 *
 * Before them all: a statement told with its reporting clause ("…, a précisé le porte-parole.", "…, the
 * spokesman said.") whose speaker the article quoted before ("Selon un porte-parole de Brown, …") was said when
 * that earlier statement was: it takes its date. What the statement tells of may lie earlier (the date the
 * paragraph gives): that is the alternative.
 */

export type Tense = 'past' | 'pluperfect' | 'other';

/** Quoted words are the speaker's, not the narrator's: their tense says nothing of when the sentence happened. */
export function outsideQuotes(sentence: string): string {
  return sentence
    .replace(/«[^»]*»/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/‘[^‘]*?’(?=[\s,.;:!?)]|$)/g, ' ');
}

const PARTICIPLE = String.raw`(?:été|eu|fait|dit|pris|mis|\p{Ll}{2,}(?:é|ée|és|ées|i|is|ie|ies|it|u|us|ue|ues|ert|int|oint|eint))`;
const ADVERB = String.raw`(?:(?:\p{Ll}+ment|déjà|pas|bien|aussi|également|jamais|notamment|encore|alors|ainsi|ensuite|enfin|aussitôt|même|toujours|vite)\s+)?`;
const TENSES = {
  fr: {
    pluperfect: new RegExp(String.raw`(?<!\p{L})(?:avait|avaient|s['’]était|s['’]étaient)\s+${ADVERB}${PARTICIPLE}(?!\p{L})`, 'u'),
    past: new RegExp(
      String.raw`(?<!\p{L})(?:(?:a|ont|ai|avons|avez)\s+${ADVERB}${PARTICIPLE}|(?:est|sont)\s+${ADVERB}(?:allé|arrivé|venu|parti|entré|sorti|mort|né|resté|tombé|devenu|revenu|rentré|retourné|monté|descendu)e?s?|s['’](?:est|sont)\s+\p{Ll}+|se sont\s+\p{Ll}+|\p{Ll}{2,}(?:ait|aient))(?!\p{L})`,
      'u',
    ),
  },
  en: {
    pluperfect: /\bhad\s+(?:\w+ly\s+)?(?:been|\p{Ll}+(?:ed|en)|said|met|told|made|held|sent|spoke|left|led)\b/u,
    past: /\b(?:was|were|did|said|met|told|went|came|took|gave|made|left|began|held|spoke|sent|won|lost|saw|flew|led|\p{Ll}{2,}ed)\b/u,
  },
} as const;

const SPEECH_VERBS = {
  fr: 'précisé|déclaré|indiqué|ajouté|affirmé|souligné|expliqué|estimé|assuré|annoncé|dit|confié|rappelé|insisté|martelé|prévenu|averti|jugé|relevé|répondu|commenté',
  en: 'said|told|added|stated|explained|noted|announced|warned|confirmed',
} as const;
const REPORTING_CLAUSE = {
  fr: new RegExp(String.raw`,\s*(?:a|ont)\s+${ADVERB}(?:${SPEECH_VERBS.fr})\s+(?:le|la|les|l['’]|son|sa|ses|leur|leurs)\s*([\p{L}-]{3,})[^,;:]{0,60}[.!?…]*$`, 'u'),
  en: new RegExp(String.raw`,\s*(?:(?:the|his|her|their|its)\s+([\p{L}-]{3,})\s+(?:${SPEECH_VERBS.en})|(?:${SPEECH_VERBS.en})\s+(?:the|his|her|their|its)\s+([\p{L}-]{3,}))[^,;:]{0,60}[.!?…]*$`, 'u'),
} as const;

/**
 * The speaker a sentence's closing reporting clause names ("porte-parole" in "…, a précisé le porte-parole."), or
 * null when it has none (a pronoun, or no clause). Read outside quotes.
 */
export function reportingSpeaker(sentence: string, lang: ProposalLang): string | null {
  const m = REPORTING_CLAUSE[lang].exec(outsideQuotes(sentence).trim());
  return m ? (m[1] ?? m[2]!).toLowerCase() : null;
}

/** The narrator's tense: pluperfect, past, or anything else (present, future, no verb of its own). */
export function tenseOf(sentence: string, lang: ProposalLang): Tense {
  const text = outsideQuotes(sentence);
  if (TENSES[lang].pluperfect.test(text)) return 'pluperfect';
  if (TENSES[lang].past.test(text)) return 'past';
  return 'other';
}

const DEMONSTRATIVE = { fr: /^(?:ce|cet|cette|ces)\s+\p{L}/iu, en: /^(?:this|that|these|those)\s+\p{L}/iu };
const DEMONSTRATIVE_NOUN = { fr: /(?<!\p{L})(?:ce|cet|cette|ces)\s+(\p{L}{3,})/giu, en: /\b(?:this|that|these|those)\s+(\p{L}{3,})/giu };
const LEADING_NOUN = /^(?:l['’]|le\s+|la\s+|les\s+|un\s+|une\s+|the\s+|an?\s+)(\p{L}{3,})/iu;

/** Whether a sentence opens with a demonstrative subject ("Cette rencontre…", "This call…"). */
export const opensWithDemonstrative = (sentence: string, lang: ProposalLang) => DEMONSTRATIVE[lang].test(sentence.trim());

/**
 * When the date `from` sits in a participle between commas ("L'accord …, signé en juin dernier, est…"), the noun
 * it belongs to ("accord"); null when the date is the time of the sentence itself.
 */
export function appositiveNoun(sentence: string, from: string): string | null {
  const at = sentence.indexOf(from);
  if (at < 0) return null;
  const before = sentence.slice(0, at);
  const comma = before.lastIndexOf(',');
  if (comma < 0 || !/^,\s*\p{Ll}+(?:é|ée|és|ées|i|ie|is|ise|it|ite|u|ue|us|ed|en)\s+(?:\p{L}+\s+){0,2}$/u.test(before.slice(comma))) return null;
  const head = before.slice(0, comma).split(/[,;:]/).at(-1)!.trim();
  return LEADING_NOUN.exec(head)?.[1]?.toLowerCase() ?? '';
}

/**
 * How far back (in sentences) the article-wide rules look: a long article stays responsive, since each sentence
 * looked at is parsed once.
 */
const LOOKBACK = 60;

export interface ContextSentence {
  text: string;
  paragraph: number;
}

export interface ContextReader {
  /** The date the context gives sentence `i` (which has none of its own), or null. */
  contextDate(i: number): DateProposal | null;
}

const fromContext = (value: string, alternatives: string[]): DateProposal => ({ value, certain: [], alternatives: alternatives.filter((a) => a !== value), from: 'context' });

export function createContextReader(sentences: readonly ContextSentence[], ownDates: (i: number) => DateProposal[], published: string | null, lang: ProposalLang): ContextReader {
  const tense = new Map<number, Tense>();
  const tenseAt = (i: number) => {
    if (!tense.has(i)) tense.set(i, tenseOf(sentences[i]!.text, lang));
    return tense.get(i)!;
  };
  const pastish = (i: number) => tenseAt(i) !== 'other';
  /** The dates of sentence `k` that give the time of the sentence itself (not those of a noun's participle). */
  const carrying = (k: number) => ownDates(k).filter((d) => appositiveNoun(sentences[k]!.text, d.from) === null);
  const memo = new Map<number, DateProposal | null>();

  const following = (i: number): DateProposal | null => {
    const paragraph = sentences[i]!.paragraph;
    for (let j = i + 1; j < sentences.length && sentences[j]!.paragraph <= paragraph + 1; j++) {
      const own = ownDates(j);
      if (!own.length) continue;
      const day = own.find((d) => d.value.length === 10);
      return day && opensWithDemonstrative(sentences[j]!.text, lang) ? fromContext(day.value, []) : null;
    }
    return null;
  };

  const inParagraph = (i: number): DateProposal | null => {
    const paragraph = sentences[i]!.paragraph;
    for (let k = i - 1; k >= 0 && sentences[k]!.paragraph === paragraph; k--) {
      const own = carrying(k);
      if (own.length) {
        if (pastish(i) && speaksOfFuture(sentences[k]!.text, lang)) return null;
        return fromContext(own[0]!.value, published ? [published] : []);
      }
      if (k === i - 1 && pastish(i) && pastish(k) && !ownDates(k).length) return contextDate(k);
    }
    return null;
  };

  const namedNoun = (i: number): DateProposal | null => {
    const nouns = [...sentences[i]!.text.matchAll(DEMONSTRATIVE_NOUN[lang])].map((m) => m[1]!.toLowerCase());
    if (!nouns.length) return null;
    for (let k = i - 1; k >= Math.max(0, i - LOOKBACK); k--) {
      for (const d of ownDates(k)) {
        const noun = appositiveNoun(sentences[k]!.text, d.from);
        if (noun && nouns.includes(noun)) return fromContext(d.value, []);
      }
    }
    return null;
  };

  /** The date of the speaker's earlier statement (see the rules above), the paragraph's date as alternative. */
  const speakerStatement = (i: number): DateProposal | null => {
    const speaker = reportingSpeaker(sentences[i]!.text, lang);
    if (!speaker) return null;
    // Letters and hyphens only (see REPORTING_CLAUSE): nothing to escape.
    const mentions = new RegExp(String.raw`(?<!\p{L})${speaker}(?!\p{L})`, 'iu');
    for (let k = i - 1; k >= Math.max(0, i - LOOKBACK); k--) {
      if (!mentions.test(sentences[k]!.text)) continue;
      const said = carrying(k)[0] ?? contextDate(k);
      if (!said) return null;
      const told = inParagraph(i)?.value;
      return fromContext(said.value, told && told !== said.value ? [told] : []);
    }
    return null;
  };

  const newsDay = (i: number): string | null => {
    if (!published) return null;
    const dayBefore = shiftDay(published, -1);
    for (let k = i - 1; k >= Math.max(0, i - LOOKBACK); k--) {
      if (speaksOfFuture(sentences[k]!.text, lang)) continue;
      const day = carrying(k).find((d) => d.value === published || d.value === dayBefore);
      if (day) return day.value;
    }
    return null;
  };

  const articleDay = (i: number): DateProposal | null => {
    if (!published) return null;
    const dayBefore = shiftDay(published, -1);
    const news = newsDay(i);
    if (news) return fromContext(news, [news === published ? dayBefore : published]);
    return pastish(i) ? fromContext(dayBefore, [published]) : fromContext(published, [dayBefore]);
  };

  function contextDate(i: number): DateProposal | null {
    if (memo.has(i)) return memo.get(i)!;
    memo.set(i, null); // guards the chain against cycles
    let found = speakerStatement(i) ?? (pastish(i) ? following(i) : null) ?? inParagraph(i) ?? namedNoun(i);
    if (!found) {
      found = articleDay(i);
      if (found && tenseAt(i) === 'pluperfect' && found.value.length === 10) found = fromContext(shiftDay(found.value, -1), [found.value]);
    }
    memo.set(i, found);
    return found;
  }
  return { contextDate };
}
