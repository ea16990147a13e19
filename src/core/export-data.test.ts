import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/validate';
import { CSV_COLUMNS, csvCell, eventsToCsv, exportFileName, restrictDataset } from './export-data';
import type { Text } from '../data/schema';
import { indexDataset } from './lookups';
import { locText } from './text';
import { tinyDataset } from './test-fixtures';

const en = (t: Text) => locText(t, 'en');

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });
  it('defuses text a spreadsheet would run, keeps numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(null)).toBe('');
  });
});

describe('eventsToCsv', () => {
  const data = tinyDataset();
  const index = indexDataset(data);
  it('writes the header and one row per event, actors ;-separated', () => {
    const csv = eventsToCsv(data.events.slice(0, 2), index, en);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('2024-11-01,,e1,e1,meeting,Moscow,55.7,37.6,RU,A;B,Alpha beta,T,');
  });
  it('uses the given language and keeps an end date', () => {
    const fr = (t: Text) => locText(t, 'fr');
    const csv = eventsToCsv([data.events[4]!], index, fr);
    expect(csv).toContain('2024-12-05,2024-12-06,e5,e5,meeting,Moscou,');
  });
});

describe('restrictDataset', () => {
  const data = tinyDataset();
  it('keeps only the events given and what they use, and still validates', () => {
    const out = restrictDataset(data, new Set(['e2']));
    expect(out.events.map((e) => e.id)).toEqual(['e2']);
    expect(out.places.map((p) => p.id)).toEqual(['beijing']);
    expect(out.actors.map((a) => a.id)).toEqual(['a', 'c']);
    expect(validateDataset(JSON.parse(JSON.stringify(out))).ok).toBe(true);
  });
  it('writes known source texts inline instead of their file, and keeps only the stories it is given', () => {
    const story = { id: 'x', title: 'X', steps: [{ title: 'One', text: 'First.', state: { from: null, to: null, place: [], actor: [], event: 'e1' } }] };
    const withFile = { ...data, stories: [story], sources: [{ ...data.sources[0]!, text: undefined, file: 'data/sources/a.txt' }] };
    const out = restrictDataset(withFile, new Set(['e1']), new Map([['s1', 'Alpha beta gamma.']]));
    expect(out.sources[0]).not.toHaveProperty('file');
    expect(out.sources[0]!.text).toBe('Alpha beta gamma.');
    expect(out).not.toHaveProperty('stories');
    expect(restrictDataset(withFile, new Set(['e1']), new Map(), [story]).stories).toEqual([story]);
  });
});

describe('exportFileName', () => {
  const extent = { from: '2022-02-01', to: '2024-12-05' };
  it('says what and which dates', () => {
    expect(exportFileName('network', 'svg', { from: '2024-11-12', to: '2024-11-12' }, extent)).toBe('dossier-network-2024-11-12.svg');
    expect(exportFileName('events', 'csv', { from: '2024-11-01', to: null }, extent)).toBe('dossier-events-2024-11-01_2024-12-05.csv');
    expect(exportFileName('views', 'png', { from: null, to: null }, extent)).toBe('dossier-views-2022-02-01_2024-12-05.png');
  });
});
