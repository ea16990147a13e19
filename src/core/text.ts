import type { Text } from '../data/schema';

const own = (text: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(text, key) && typeof text[key] === 'string' && text[key] !== '' ? text[key] : undefined;

/** Dataset text in the UI language, else English, else the first language given. */
export function locText(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return own(text, lang) ?? own(text, 'en') ?? Object.values(text).find((v) => typeof v === 'string' && v !== '') ?? '';
}

/** Every wording of a text (all its languages), for search. */
export function textValues(text: Text | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  return Object.values(text).filter((v): v is string => typeof v === 'string');
}
