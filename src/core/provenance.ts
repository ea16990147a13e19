/**
 * Provenance: where an evidence quote stands in its source text. Quotes are verbatim "whitespace aside"
 * (CONTRACT §1), so a quote copied across a line break, or with a non-breaking space, must still be found
 * and marked in the original text, never in a normalised copy.
 */

/** A paragraph of a source text; `start`/`end` are offsets of `text` in the whole source. */
export interface Paragraph {
  index: number;
  text: string;
  start: number;
  end: number;
}

/** A `[start, end)` range of characters. */
export interface TextRange {
  start: number;
  end: number;
}

/** Where a quote was found: its range in the source, and its part in each paragraph it touches. */
export interface QuoteLocation {
  range: TextRange;
  /**
   * False when the quote only matched after folding typographic quotes, dashes and case: worth a note,
   * since the dataset promises verbatim quotes.
   */
  exact: boolean;
  /** One entry per paragraph the quote touches (usually one), with the range relative to that paragraph. */
  marks: Array<{ paragraph: number } & TextRange>;
}

const BLANK_LINE = /\n[^\S\n]*\n/;

/**
 * Splits a source into paragraphs. A text that separates paragraphs with blank lines may wrap its lines
 * inside a paragraph (those single line breaks are soft, shown as spaces); a text without blank lines has
 * one paragraph per line, as scraped articles usually do.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const separator = BLANK_LINE.test(text) ? /\n(?:[^\S\n]*\n)+/g : /\n+/g;
  const paragraphs: Paragraph[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) paragraphs.push({ index: paragraphs.length, text: text.slice(start, end), start, end });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

/** Collapses runs of white space (non-breaking and narrow spaces included) into one space, and trims. */
export function normalizeWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// One character in, one character out, so offsets in the folded text still map back to the original.
const LOOSE_FOLD: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u201B': "'", '\u2032': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

function foldChar(c: string, loose: boolean): string {
  if (!loose) return c;
  const folded = LOOSE_FOLD[c];
  if (folded !== undefined) return folded;
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

/** The text with white space collapsed, and for each of its characters the offset it came from. */
function collapse(text: string, loose: boolean): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (!inSpace) {
        out += ' ';
        origin.push(i);
      }
      inSpace = true;
    } else {
      out += foldChar(c, loose);
      origin.push(i);
      inSpace = false;
    }
  }
  return { text: out, origin };
}

function findRange(text: string, quote: string, loose: boolean): TextRange | null {
  const needle = [...normalizeWhitespace(quote)].map((c) => (c === ' ' ? c : foldChar(c, loose))).join('');
  if (needle === '') return null;
  const hay = collapse(text, loose);
  const at = hay.text.indexOf(needle);
  if (at < 0) return null;
  return { start: hay.origin[at]!, end: hay.origin[at + needle.length - 1]! + 1 };
}

/**
 * Finds a quote in a source text, white space aside; falls back to a looser match (typographic quotes,
 * dashes, case) flagged `exact: false`. Returns null when the quote is not in the text at all.
 */
export function locateQuote(text: string, paragraphs: readonly Paragraph[], quote: string): QuoteLocation | null {
  let exact = true;
  let range = findRange(text, quote, false);
  if (!range) {
    exact = false;
    range = findRange(text, quote, true);
  }
  if (!range) return null;
  const marks: QuoteLocation['marks'] = [];
  for (const p of paragraphs) {
    const start = Math.max(range.start, p.start);
    const end = Math.min(range.end, p.end);
    if (end > start) marks.push({ paragraph: p.index, start: start - p.start, end: end - p.start });
  }
  return { range, exact, marks };
}

/** A run of a paragraph's text, marked or not: what the view renders as text nodes and `<mark>`s. */
export interface Segment {
  text: string;
  marked: boolean;
  start: number;
}

/** Cuts a paragraph into plain and marked runs; overlapping or touching ranges merge into one mark. */
export function segmentText(text: string, ranges: readonly TextRange[]): Segment[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) segments.push({ text: text.slice(at, r.start), marked: false, start: at });
    segments.push({ text: text.slice(r.start, r.end), marked: true, start: r.start });
    at = r.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false, start: at });
  return segments;
}
