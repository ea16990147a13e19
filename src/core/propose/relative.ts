import type { DateProposal, ProposalLang } from './dates';

/**
 * The relative expressions chrono-node leaves out or reads at the wrong precision, read against the article's
 * day: "aujourd'hui", "ce matin", "today" (that day); "cette semaine", "la semaine dernière", "ces dernières
 * semaines", "last week", "in recent weeks", "cet été", "last summer" (a month: a week or a season is no day);
 * "le week-end dernier", "last weekend" (its Saturday). Nothing in them is certain: every part is inferred.
 */

export interface Found {
  /** Offset of the words in the sentence. */
  index: number;
  proposal: DateProposal;
}

const DAY = 86_400_000;
const parse = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const shiftDay = (day: string, days: number) => iso(parse(day) + days * DAY);
const weekday = (day: string) => new Date(parse(day)).getUTCDay();
/** The Monday of the week holding `day`. */
const monday = (day: string) => shiftDay(day, -((weekday(day) + 6) % 7));

const proposal = (value: string, from: string, alternatives: string[] = []): DateProposal => ({
  value,
  certain: [],
  alternatives: [...new Set(alternatives)].filter((a) => a !== value),
  from,
});

/** The month a span of days is about: the one holding most of it (its end when `late`), the other as alternative. */
function monthOf(first: string, last: string, from: string, late: boolean): DateProposal {
  const a = first.slice(0, 7);
  const b = last.slice(0, 7);
  return late ? proposal(b, from, [a]) : proposal(a, from, [b]);
}

const SEASONS: Record<string, number> = { hiver: 1, winter: 1, printemps: 4, spring: 4, été: 7, ete: 7, summer: 7, automne: 10, autumn: 10, fall: 10 };

type Reader = (match: RegExpExecArray, reference: string, future: boolean) => DateProposal;

const today: Reader = (m, ref) => proposal(ref, m[0]);
const thisWeek: Reader = (m, ref, future) => monthOf(monday(ref), shiftDay(monday(ref), 6), m[0], future);
const lastWeek: Reader = (m, ref) => monthOf(shiftDay(monday(ref), -7), shiftDay(monday(ref), -1), m[0], false);
const nextWeek: Reader = (m, ref) => monthOf(shiftDay(monday(ref), 7), shiftDay(monday(ref), 13), m[0], false);
const recentWeeks: Reader = (m, ref) => monthOf(shiftDay(ref, -21), ref, m[0], true);
const recentDays: Reader = (m, ref) => monthOf(shiftDay(ref, -4), ref, m[0], true);
const lastWeekend: Reader = (m, ref) => {
  const saturday = shiftDay(ref, -((weekday(ref) + 1) % 7 || 7));
  return proposal(saturday, m[0], [shiftDay(saturday, 1)]);
};
const season: Reader = (m, ref) => {
  const middle = SEASONS[m[1]!.toLowerCase()]!;
  const [year, month] = ref.split('-').map(Number) as [number, number];
  // "l'été dernier" is the last one gone by, "l'été prochain" the next to come, "cet été" this year's (this
  // winter, said in November or December, the one that is beginning).
  const y = /dernier|last/i.test(m[0]) ? (middle < month ? year : year - 1) : /prochain|next/i.test(m[0]) ? (middle > month ? year : year + 1) : middle === 1 && month >= 11 ? year + 1 : year;
  const at = (mm: number) => iso(Date.UTC(y, mm - 1, 1)).slice(0, 7);
  return proposal(at(middle), m[0], [at(middle - 1), at(middle + 1)]);
};

const READERS: Record<ProposalLang, Array<[RegExp, Reader]>> = {
  fr: [
    [/(?<!\p{L})avant-hier(?!\p{L})/giu, (m, ref) => proposal(shiftDay(ref, -2), m[0])],
    [/(?<![\p{L}'’])(?<!d['’])(?:aujourd['’]hui|ce matin|ce soir|cet après-midi|cette nuit)(?!\p{L})/giu, today],
    [/(?<!\p{L})cette semaine(?!\p{L})/giu, thisWeek],
    [/(?<!\p{L})la semaine (?:dernière|passée)(?!\p{L})/giu, lastWeek],
    [/(?<!\p{L})la semaine prochaine(?!\p{L})/giu, nextWeek],
    [/(?<!\p{L})(?:ces|les) (?:dernières|deux dernières|trois dernières) semaines(?!\p{L})/giu, recentWeeks],
    [/(?<!\p{L})(?:ces|les) derniers jours(?!\p{L})/giu, recentDays],
    [/(?<!\p{L})le week-end dernier(?!\p{L})/giu, lastWeekend],
    [/(?<!\p{L})(?:cet |ce |l['’])(été|hiver|automne|printemps)(?: (?:dernier|prochain))?(?!\p{L})/giu, season],
  ],
  en: [
    [/\b(?:today|this morning|this afternoon|this evening|tonight)\b/gi, today],
    [/\bthis week\b/gi, thisWeek],
    [/\blast week\b/gi, lastWeek],
    [/\bnext week\b/gi, nextWeek],
    [/\b(?:in|over) (?:the )?(?:recent|past|last (?:few|two|three)) weeks\b/gi, recentWeeks],
    [/\b(?:in|over) (?:the )?(?:recent|past|last few) days\b/gi, recentDays],
    [/\blast weekend\b/gi, lastWeekend],
    [/\b(?:this|last|next) (summer|winter|spring|autumn|fall)\b/gi, season],
  ],
};

/** Every relative expression of the sentence that this module reads, in reading order. */
export function relativeDates(sentence: string, reference: string, lang: ProposalLang, future: boolean): Found[] {
  const out: Found[] = [];
  for (const [pattern, read] of READERS[lang]) {
    for (const m of sentence.matchAll(pattern)) {
      out.push({ index: m.index, proposal: read(m as RegExpExecArray, reference, future) });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Dates told relative to another date of the same sentence: "au lendemain de l'annonce" and "the day after the
 * vote" put the thing named the day before the sentence's day; "à la veille du sommet", "on the eve of", the day
 * after; "dans la nuit" and "overnight", told with a day, the night before it (a night is dated by its evening,
 * as in "la nuit de dimanche à lundi").
 */
const ANCHORED: Record<ProposalLang, Array<[RegExp, number]>> = {
  fr: [
    [/(?<!\p{L})au lendemain (?:de|du|des|d['’])(?!\p{L})/giu, -1],
    [/(?<!\p{L})(?:à )?la veille (?:de|du|des|d['’])(?!\p{L})/giu, 1],
    [/(?<!\p{L})(?:dans|pendant|durant) la nuit(?! (?:de|du|d['’])\s)(?!\p{L})/giu, -1],
  ],
  en: [
    [/\bthe day after(?= (?:the|a|an|his|her|their|its)\b)/gi, -1],
    [/\bon the eve of\b/gi, 1],
    [/\b(?:overnight|during the night)\b/gi, -1],
  ],
};

/** The anchored expressions of the sentence, dated when the sentence gives a day (else `proposal` is null). */
export function anchoredDates(sentence: string, dayOfSentence: string | null, lang: ProposalLang): Array<{ index: number; length: number; proposal: DateProposal | null }> {
  return ANCHORED[lang].flatMap(([pattern, shift]) =>
    [...sentence.matchAll(pattern)].map((m) => ({
      index: m.index,
      length: m[0].length,
      proposal: dayOfSentence ? proposal(shiftDay(dayOfSentence, shift), m[0].trim(), [dayOfSentence]) : null,
    })),
  );
}
