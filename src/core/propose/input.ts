/**
 * What a user pastes or opens becomes plain text, or a clear refusal. Pasted HTML (a page copied with its
 * markup, scripts included) is reduced to its text: tags dropped, scripts and styles removed with their
 * content, entities decoded; nothing of it is ever rendered as HTML.
 */

export type ArticleInput = { ok: true; text: string; fromHtml: boolean } | { ok: false; reason: 'empty' | 'binary' | 'too-large' };

/** Articles above this are refused (a book is not an article); 1 MB articles are fine. */
export const MAX_ARTICLE_CHARS = 5_000_000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', rsquo: '’', lsquo: '‘', laquo: '«', raquo: '»', hellip: '…', mdash: '—', ndash: '–', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : all;
    }
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

export function looksLikeHtml(s: string): boolean {
  return /<(?:!doctype|html|body|head|p|div|span|br|script|style|a|h[1-6]|article|section|li|ul|table|img)\b[^>]*>/i.test(s);
}

/** HTML to text: block elements become line breaks, scripts/styles/comments vanish, tags are dropped. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|noscript|template|iframe|object)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<(script|style|noscript|template|iframe|object)\b[^>]*>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|h[1-6]|li|tr|article|section|blockquote|header|footer)\s*>/gi, '\n')
      .replace(/<\/?[a-z!][^<>]*>/gi, ''),
  )
    .replace(/[ \t\u00A0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when the text holds NUL bytes or many control or replacement characters: not an article. */
export function looksBinary(s: string): boolean {
  const sample = s.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let odd = 0;
  for (const c of sample) {
    const code = c.charCodeAt(0);
    if ((code < 32 && c !== '\n' && c !== '\r' && c !== '\t' && c !== '\f' && c !== '\v') || code === 0xfffd) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.02;
}

export function readArticleInput(raw: string): ArticleInput {
  if (looksBinary(raw)) return { ok: false, reason: 'binary' };
  if (raw.length > MAX_ARTICLE_CHARS) return { ok: false, reason: 'too-large' };
  const fromHtml = looksLikeHtml(raw);
  const text = (fromHtml ? htmlToText(raw) : raw.replace(/\r\n?/g, '\n')).replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  return { ok: true, text, fromHtml };
}
