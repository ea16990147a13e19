import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateQuote, normalizeWhitespace, segmentText, splitParagraphs } from './provenance';

const marked = (text: string, quote: string) => {
  const paragraphs = splitParagraphs(text);
  const loc = locateQuote(text, paragraphs, quote);
  if (!loc) return null;
  return loc.marks.map((m) => paragraphs[m.paragraph]!.text.slice(m.start, m.end));
};

describe('splitParagraphs', () => {
  it('takes one paragraph per line when the text has no blank lines', () => {
    const text = 'First line.\nSecond line.\n\u00a0\nThird.';
    // A line of only a non-breaking space is blank too: the text then separates paragraphs by blank lines.
    expect(splitParagraphs('First line.\nSecond line.\nThird.').map((p) => p.text)).toEqual(['First line.', 'Second line.', 'Third.']);
    expect(splitParagraphs(text).map((p) => p.text)).toEqual(['First line.\nSecond line.', 'Third.']);
  });

  it('treats single line breaks as soft when blank lines separate paragraphs', () => {
    const text = '  Le chef de la diplomatie\nchinoise Wang Yi.\n\n\nPyongyang a ratifié\r\nun accord.  \n';
    const ps = splitParagraphs(text);
    expect(ps.map((p) => p.text)).toEqual(['Le chef de la diplomatie\nchinoise Wang Yi.', 'Pyongyang a ratifié\r\nun accord.']);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(ps.map((p) => p.index)).toEqual([0, 1]);
  });

  it('gives nothing for an empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n \n\t')).toEqual([]);
  });
});

describe('locateQuote', () => {
  it('finds a quote that spans a soft line break with different white space', () => {
    const text = 'Intro.\n\nLe chef de la diplomatie chinoise\n   Wang Yi doit s’entretenir ce mardi.\n\nFin.';
    const paragraphs = splitParagraphs(text);
    const loc = locateQuote(text, paragraphs, 'diplomatie chinoise Wang\u00a0Yi  doit');
    expect(loc).not.toBeNull();
    expect(loc!.exact).toBe(true);
    expect(loc!.marks).toHaveLength(1);
    const mark = loc!.marks[0]!;
    expect(mark.paragraph).toBe(1);
    const p = paragraphs[1]!;
    expect(p.text.slice(mark.start, mark.end)).toBe('diplomatie chinoise\n   Wang Yi doit');
    expect(text.slice(loc!.range.start, loc!.range.end)).toBe('diplomatie chinoise\n   Wang Yi doit');
  });

  it('marks a quote in each paragraph it crosses when every line is a paragraph', () => {
    expect(marked('Alpha beta.\nGamma delta.\nEpsilon.', 'beta. Gamma')).toEqual(['beta.', 'Gamma']);
  });

  it('prefers the exact text, and falls back to typographic folding with exact = false', () => {
    const text = 'Il a dit : « l’accord est historique » — vraiment.';
    const exact = locateQuote(text, splitParagraphs(text), 'l’accord est');
    expect(exact?.exact).toBe(true);
    const loose = locateQuote(text, splitParagraphs(text), "« L'accord est historique » - vraiment");
    expect(loose?.exact).toBe(false);
    expect(text.slice(loose!.range.start, loose!.range.end)).toBe('« l’accord est historique » — vraiment');
  });

  it('returns null for a quote that is not in the text', () => {
    const text = 'Alpha beta gamma.';
    expect(locateQuote(text, splitParagraphs(text), 'beta delta')).toBeNull();
    expect(locateQuote(text, splitParagraphs(text), '   ')).toBeNull();
  });

  it('locates every quote of the bundled dataset inside a single paragraph of its source', () => {
    const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {
      sources: { id: string; file: string }[];
      events: { id: string; evidence: { sourceId: string; quote: string }[] }[];
    };
    const texts = new Map(dataset.sources.map((s) => [s.id, readFileSync(s.file, 'utf8')]));
    let count = 0;
    for (const event of dataset.events) {
      for (const ev of event.evidence) {
        const got = marked(texts.get(ev.sourceId)!, ev.quote);
        expect(got, `${event.id}: ${ev.quote.slice(0, 40)}`).toHaveLength(1);
        expect(normalizeWhitespace(got![0]!)).toBe(normalizeWhitespace(ev.quote));
        count++;
      }
    }
    expect(count).toBeGreaterThan(30);
  });
});

describe('segmentText', () => {
  it('cuts text into plain and marked runs that join back to the text', () => {
    const segs = segmentText('abcdefghij', [{ start: 6, end: 8 }, { start: 1, end: 3 }]);
    expect(segs).toEqual([
      { text: 'a', marked: false, start: 0 },
      { text: 'bc', marked: true, start: 1 },
      { text: 'def', marked: false, start: 3 },
      { text: 'gh', marked: true, start: 6 },
      { text: 'ij', marked: false, start: 8 },
    ]);
  });

  it('merges overlapping ranges and clamps ranges to the text', () => {
    const segs = segmentText('abcdef', [{ start: 0, end: 3 }, { start: 2, end: 5 }, { start: 5, end: 99 }]);
    expect(segs).toEqual([{ text: 'abcdef', marked: true, start: 0 }]);
    expect(segmentText('abc', [])).toEqual([{ text: 'abc', marked: false, start: 0 }]);
  });
});
