import type { Lang } from '../core/url-state';

/**
 * A problem's `where` in the UI language. The pipeline words it in English (the same text `npm run check:data`
 * prints); the fixed words around the record's ids and field names are translated here, anchored so that an
 * id or a field name that happens to hold one of these words stays as written.
 */
const FRENCH: readonly [RegExp, string][] = [
  [/^\(file\)$/, '(fichier)'],
  [/^\(top level\)$/, '(racine)'],
  [/^line (\d+|\?), column (\d+)$/, 'ligne $1, colonne $2'],
  [/^line (\d+|\?) \(header\)$/, 'ligne $1 (en-tête)'],
  [/^line (\d+|\?) \(place "/, 'ligne $1 (lieu "'],
  [/^line (\d+|\?) \(actor "/, 'ligne $1 (acteur "'],
  [/^line (\d+|\?) \(source "/, 'ligne $1 (source "'],
  [/^line (\d+|\?)(?= ›|$)/, 'ligne $1'],
];
export function whereText(where: string, lang: Lang): string {
  if (lang !== 'fr') return where;
  const rule = FRENCH.find(([pattern]) => pattern.test(where));
  return rule ? where.replace(rule[0], rule[1]) : where;
}
