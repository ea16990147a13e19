import { foldText } from '../search';

/** A word of a sentence with its offsets; French elisions ("l’", "d’") are cut off ("l’Ukraine" → "Ukraine"). */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  upper: boolean;
  folded: string;
}

const ELISION = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]/iu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}'’]+(?:[-.][\p{L}\p{N}'’]+)*\.?/gu;
  for (const m of text.matchAll(re)) {
    let word = m[0];
    let start = m.index;
    const elided = ELISION.exec(word);
    if (elided) {
      word = word.slice(elided[0].length);
      start += elided[0].length;
    }
    // A trailing period belongs to the word only in an initial or an abbreviation ("Q.", "C.Q.").
    if (word.endsWith('.') && !/^(\p{L}\.)+$/u.test(word)) word = word.slice(0, -1);
    for (const part of word.split(/['’]/)) {
      if (part === '') continue;
      const at = text.indexOf(part, start);
      out.push({ text: part, start: at, end: at + part.length, upper: /^\p{Lu}/u.test(part), folded: foldText(part) });
      start = at + part.length;
    }
  }
  return out;
}

/** Words that start sentences or titles with a capital but never name a place or a person alone. */
export const FUNCTION_WORDS = new Set(
  (
    'le la les l un une des du de d au aux en et ou a à dans sur sous par pour avec sans selon apres avant depuis pendant ' +
    'ce cet cette ces il elle ils elles on nous vous leur leurs son sa ses mon ma mes lors alors ainsi mais donc or ni car ' +
    'quand si comme tandis plus moins tres tout tous toute toutes deux trois chaque quelque quelques aussi encore deja ' +
    'cela ceci celui celle qui que quoi dont ou notre votre pas ne bonjour merci suivez restez voici voila ' +
    'monsieur madame president presidente ministre general chef lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    'the a an of in on at to for from with by as and or but if when while after before since during this that these those ' +
    'he she it they we you his her its their our my mr mrs ms dr sir president minister general ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december'
  ).split(' '),
);

/** Runs of capitalised words, allowing lowercase particles inside ("Choe Son Hui", "Union de ..."), as token index ranges. */
export function capitalisedRuns(text: string, tokens: readonly Token[], particles: ReadonlySet<string>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.upper) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      const joined = /^[\s\u00A0]*$/.test(text.slice(tokens[j - 1]!.end, t.start));
      if (!joined) break;
      if (t.upper) j++;
      else if (particles.has(t.folded) && tokens[j + 1]?.upper && /^[\s\u00A0]*$/.test(text.slice(t.end, tokens[j + 1]!.start))) j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}
