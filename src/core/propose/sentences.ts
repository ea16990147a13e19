/**
 * Splits an article into sentences with their offsets in the original text, for French and English.
 * A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) followed by white space
 * and the start of a new sentence, or at a line break (articles put one paragraph a line). It does not end after
 * an abbreviation ("M.", "Mme", "Dr.", "U.S."), an initial ("Charles Q. Brown", "C.Q. Brown") or inside a number.
 */

export interface Sentence {
  /** Offset of the first character in the text. */
  start: number;
  /** Offset just after the last character. */
  end: number;
  text: string;
  /** Index of the paragraph (line block) the sentence belongs to. */
  paragraph: number;
}

const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'st', 'ste', 'mr', 'mrs', 'ms', 'prof', 'gen', 'gén', 'col',
  'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'jr', 'sr', 'vs', 'etc', 'cf', 'env', 'av', 'apr', 'j.-c', 'no', 'n°',
  'p', 'pp', 'vol', 'fig', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'fév', 'aug', 'sept', 'oct', 'nov', 'dec', 'déc',
]);

const CLOSERS = '"\'»\u201D\u2019)]';
const OPENERS = '"\'«\u201C\u2018([';

/** True when the word before a period is an abbreviation or an initial, so the period does not end a sentence. */
function isAbbreviation(word: string): boolean {
  const w = word.replace(/^[«"“‘([]+/, '');
  if (w === '') return false;
  if (/^\p{Lu}$/u.test(w)) return true; // an initial: "Q." in "Charles Q. Brown"
  if (/^(\p{L}\.)+\p{L}$/u.test(w)) return true; // "U.S", "C.Q"
  return ABBREVIATIONS.has(w.toLowerCase());
}

/** Whether the text at `i` (after white space) can start a sentence. */
function startsSentence(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && (OPENERS.includes(text[j]!) || (j > i && /[ \u00A0\u202F]/.test(text[j]!)))) j++;
  const c = text[j];
  if (c === undefined) return false;
  return /[\p{Lu}\p{N}]/u.test(c) || (j > i && /\p{L}/u.test(c));
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') {
      const before = out.length;
      pushSentence(out, text, start, i, paragraph);
      let j = i;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      if (out.length > before || text.slice(i, j).includes('\n')) paragraph += out.length > before ? 1 : 0;
      start = i = j;
      continue;
    }
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
      // French puts a (narrow) space before a closing guillemet: "… confiance mutuelle ».".
      while (j < text.length && (CLOSERS.includes(text[j]!) || ((text[j] === ' ' || text[j] === '\u00A0' || text[j] === '\u202F') && text[j + 1] === '»'))) j++;
      const gap = j;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00A0' || text[j] === '\u202F')) j++;
      const atEnd = j >= text.length || text[j] === '\n';
      const wordBefore = /([\p{L}.°«"“‘([-]+)$/u.exec(text.slice(Math.max(0, i - 20), i))?.[1] ?? '';
      const ends = atEnd || (j > gap && startsSentence(text, j) && !(c === '.' && gap === i + 1 && isAbbreviation(wordBefore)));
      if (ends && !atEnd) {
        pushSentence(out, text, start, gap, paragraph);
        start = i = j;
        continue;
      }
      i = gap > i ? gap : i + 1;
      continue;
    }
    i++;
  }
  pushSentence(out, text, start, text.length, paragraph);
  return out;
}
