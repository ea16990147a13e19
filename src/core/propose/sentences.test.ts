import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits French sentences and keeps offsets into the original text', () => {
    const text = 'Wang Yi reçoit Choïgou. Ils discuteront de « sécurité ».\nUne autre ligne ! Et fin ?';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual(['Wang Yi reçoit Choïgou.', 'Ils discuteront de « sécurité ».', 'Une autre ligne !', 'Et fin ?']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(out.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
  });

  it('does not split after initials and abbreviations', () => {
    expect(texts('General Charles Q. Brown spoke. M. Shoigu replied to C.Q. Brown. Dr. Who left.')).toEqual([
      'General Charles Q. Brown spoke.',
      'M. Shoigu replied to C.Q. Brown.',
      'Dr. Who left.',
    ]);
  });

  it('keeps a closing quote with its sentence and starts at an opening one', () => {
    expect(texts('He said: “We will win.” “Never,” she said. « Non. » Fin.')).toEqual([
      'He said: “We will win.”',
      '“Never,” she said.',
      '« Non. »',
      'Fin.',
    ]);
  });

  it('does not split inside numbers or lowercase continuations', () => {
    expect(texts('Il y a 8.000 soldats, etc. et plus. Fin')).toEqual(['Il y a 8.000 soldats, etc. et plus.', 'Fin']);
  });

  it('gives nothing for an empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});
