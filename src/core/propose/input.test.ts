import { describe, expect, it } from 'vitest';
import { htmlToText, readArticleInput } from './input';

describe('readArticleInput', () => {
  it('refuses an empty or blank article', () => {
    expect(readArticleInput('')).toEqual({ ok: false, reason: 'empty' });
    expect(readArticleInput(' \n\t ')).toEqual({ ok: false, reason: 'empty' });
    expect(readArticleInput('<p> </p><script>alert(1)</script>')).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses binary content', () => {
    expect(readArticleInput('PK\u0003\u0004\u0000\u0000binary')).toEqual({ ok: false, reason: 'binary' });
    expect(readArticleInput('\uFFFD\uFFFD\uFFFD\uFFFDabc')).toEqual({ ok: false, reason: 'binary' });
  });

  it('turns pasted HTML into inert text, scripts and handlers gone', () => {
    const r = readArticleInput('<div><h1>Titre</h1><p onclick="evil()">Wang Yi &amp; Choïgou<br>à Pékin.</p><script>alert("x")</script><img src=x onerror=alert(1)></div>');
    expect(r).toEqual({ ok: true, text: 'Titre\nWang Yi & Choïgou\nà Pékin.', fromHtml: true });
  });

  it('keeps plain text as it is, line breaks normalised, a 1 MB article included', () => {
    expect(readArticleInput('Une phrase.\r\nUne autre.')).toEqual({ ok: true, text: 'Une phrase.\nUne autre.', fromHtml: false });
    const big = 'Le ministre a parlé à Pékin. '.repeat(36_000);
    const r = readArticleInput(big);
    expect(r.ok && r.text.length).toBeGreaterThan(1_000_000);
  });

  it('keeps a lone "<" or "a < b" in plain text', () => {
    expect(htmlToText('a < b et c > d')).toBe('a < b et c > d');
    expect(readArticleInput('Il y a < 10 soldats.')).toMatchObject({ ok: true, text: 'Il y a < 10 soldats.', fromHtml: false });
  });
});
