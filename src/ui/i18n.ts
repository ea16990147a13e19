import { locText } from '../core/text';
import type { Lang } from '../core/url-state';
import type { Text } from '../data/schema';
import { useDossierStore } from '../store/store';

/** The dataset's text in the UI language, else English, else the first language given. */
export function loc(text: Text | undefined, lang: Lang): string {
  return locText(text, lang);
}

export function useLang(): Lang {
  return useDossierStore((s) => s.lang);
}

/** A small typed dictionary per module: `defineStrings({ en: {...}, fr: {...} })`, then `useStrings(dict)`. */
export function defineStrings<T extends Record<string, string>>(dict: { en: T; fr: { [K in keyof T]: string } }) {
  return dict;
}

export function useStrings<T extends Record<string, string>>(dict: { en: T; fr: { [K in keyof T]: string } }): T {
  const lang = useLang();
  return (lang === 'fr' ? dict.fr : dict.en) as T;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}
