import type { Lang } from '../core/url-state';
import type { Localized } from '../data/schema';
import { useDossierStore } from '../store/store';

/** The dataset's bilingual text in the UI language. */
export function loc(text: Localized | string, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang] || text.en;
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
