import { foldText } from '../search';
import { capitalisedRuns, FUNCTION_WORDS, tokenize, type Token } from './tokens';

/**
 * Actors named in a sentence: the dataset's actors by any of their names and aliases (accents folded, so
 * "Choigou" is "Choïgou"; a letter or two off for long names, so "Guerassimov" is "Gerassimov"), their role
 * phrases ("le ministre russe de la Défense"), and every other run of capitalised words as a new actor
 * ("Kim Jong-un", "Choe Son Hui", "Charles Q. Brown"). No model: words, aliases and edit distance.
 */

export interface KnownActor {
  id: string;
  names: string[];
  roles?: string[];
  type?: string;
}

export interface ActorProposal {
  id?: string;
  name: string;
  score: number;
  type?: string;
  /** The words of the sentence the actor was read from. */
  from: string;
}

interface Entry {
  actor: KnownActor;
  /** The alias as written, for its case: "US" must not match "us". */
  raw: string;
}

export interface ActorIndex {
  byName: Map<string, Entry[]>;
  byRole: Array<{ folded: string; actor: KnownActor }>;
  longest: number;
}

/** Lowercase words that may sit inside a name: "Choe Son Hui" has none, "Union de ..." has one. */
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'al', 'bin', 'el', 'di', 'da', 'of']);

/** What comes before the noun of a title or an institution: "de la Défense", "des Affaires", "d’État". */
const TITLE_OF = /(?:\bde la |\bdes |\bdu |\bd['’]|\bde l['’])$/iu;

/** Common words that open sentences with a capital (beyond the function words). */
const SENTENCE_STARTERS = new Set(
  ('cette ces cet conclu lors pendant selon apres depuis dans malgre face entre contre vers parmi comme ' +
    'plus moins mais puis enfin ensuite outre notamment toutefois cependant pourtant neanmoins desormais ' +
    'hier demain aujourd let today yesterday tomorrow however although meanwhile despite following according later earlier also still yet').split(' '),
);

export function buildActorIndex(actors: readonly KnownActor[]): ActorIndex {
  const index: ActorIndex = { byName: new Map(), byRole: [], longest: 1 };
  for (const actor of actors) {
    for (const raw of new Set(actor.names)) {
      const key = foldText(raw);
      if (key === '') continue;
      const list = index.byName.get(key) ?? [];
      if (!list.some((e) => e.actor.id === actor.id && e.raw === raw)) list.push({ actor, raw });
      index.byName.set(key, list);
      index.longest = Math.max(index.longest, key.split(' ').length);
    }
    for (const role of actor.roles ?? []) {
      const folded = foldText(role);
      if (folded.split(' ').length >= 2) index.byRole.push({ folded, actor });
    }
  }
  return index;
}

/** Levenshtein distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

const isAcronym = (s: string) => /^[\p{Lu}.]{2,5}$/u.test(s);

function aliasFits(entry: Entry, words: string, tokens: readonly Token[]): boolean {
  if (isAcronym(entry.raw)) return words.replace(/\./g, '') === entry.raw.replace(/\./g, '');
  const startsUpper = /^\p{Lu}/u.test(entry.raw);
  // A name must be written as a name; a lowercase alias ("diplomatie chinoise") must be a phrase, not one word.
  return startsUpper ? tokens[0]!.upper : tokens.length >= 2;
}

/** Alias matches, longest first, at every word of the sentence. Returns matches and the tokens they cover. */
function matchAliases(sentence: string, tokens: readonly Token[], index: ActorIndex, covered: boolean[]): ActorProposal[] {
  const out: ActorProposal[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    for (let n = Math.min(index.longest, tokens.length - i); n >= 1; n--) {
      const span = tokens.slice(i, i + n);
      const words = sentence.slice(span[0]!.start, span[n - 1]!.end);
      if (/[,;:()«»"“”]/.test(words)) continue;
      const fits = (index.byName.get(foldText(words)) ?? []).filter((e) => aliasFits(e, words, span));
      const entries = fits.filter((e, k) => fits.findIndex((f) => f.actor.id === e.actor.id) === k);
      if (!entries.length) continue;
      for (const e of entries) {
        const score = n >= 2 ? 0.95 : e.actor.type === 'person' ? 0.8 : 0.85;
        out.push({ id: e.actor.id, name: e.actor.names[0]!, score, ...(e.actor.type ? { type: e.actor.type } : {}), from: words });
      }
      for (let k = i; k < i + n; k++) covered[k] = true;
      i += n - 1;
      break;
    }
  }
  return out;
}

/** A capitalised run close to a known name (one letter off from five letters, two from nine). */
function nearMiss(words: string, index: ActorIndex): Entry | undefined {
  const folded = foldText(words);
  if (folded.length < 5) return undefined;
  const max = folded.length >= 9 ? 2 : 1;
  let best: { entry: Entry; d: number } | undefined;
  for (const [key, entries] of index.byName) {
    if (!/^\p{Lu}/u.test(entries[0]!.raw) || key.length < 5) continue;
    const d = editDistance(folded, key, max);
    if (d <= max && (!best || d < best.d)) best = { entry: entries[0]!, d };
  }
  return best?.entry;
}

/**
 * Actors of a sentence, best first. `isPlace` tells which capitalised runs are places, so "Pékin" is not
 * proposed as a new actor.
 */
export function proposeActors(
  sentence: string,
  index: ActorIndex,
  isPlace: (words: string) => boolean = () => false,
  typeOf: (words: string) => string | undefined = () => undefined,
): ActorProposal[] {
  const tokens = tokenize(sentence);
  const covered = tokens.map(() => false);
  const found = matchAliases(sentence, tokens, index, covered);
  const folded = ` ${foldText(sentence)} `;
  for (const { folded: role, actor } of index.byRole) {
    if (folded.includes(` ${role} `)) found.push({ id: actor.id, name: actor.names[0]!, score: 0.6, ...(actor.type ? { type: actor.type } : {}), from: role });
  }
  for (const [a, b] of capitalisedRuns(sentence, tokens, PARTICLES)) {
    // Drop covered words and leading function words ("Le", "Selon") from the run.
    let s = a;
    while (s < b && (covered[s] || FUNCTION_WORDS.has(tokens[s]!.folded))) s++;
    let e = b;
    while (e > s && (covered[e - 1] || (e - s === 1 && FUNCTION_WORDS.has(tokens[e - 1]!.folded)))) e--;
    // "ministre de la Défense Sergueï Choïgu", "général de l’Air C.Q. Brown": the title's noun is not the name.
    if (e - s >= 3 && TITLE_OF.test(sentence.slice(Math.max(0, tokens[s]!.start - 6), tokens[s]!.start))) s++;
    if (e <= s || tokens.slice(s, e).some((_, k) => covered[s + k])) continue;
    const words = sentence.slice(tokens[s]!.start, tokens[e - 1]!.end);
    const withArticle = s > a ? sentence.slice(tokens[s - 1]!.start, tokens[e - 1]!.end) : words;
    if (isPlace(words) || isPlace(withArticle) || foldText(words).length < 2) continue;
    // "ministre de la Défense", "des Affaires étrangères", "secrétaire d’État": a capitalised noun in a title.
    if (e - s === 1 && !isAcronym(words) && TITLE_OF.test(sentence.slice(Math.max(0, tokens[s]!.start - 6), tokens[s]!.start))) continue;
    const near = nearMiss(words, index);
    if (near) {
      found.push({ id: near.actor.id, name: near.actor.names[0]!, score: 0.7, ...(near.actor.type ? { type: near.actor.type } : {}), from: words });
      continue;
    }
    // A single capitalised word opening the sentence is often just the sentence's first word: kept, weakly,
    // only when it reads as a name ("Baerbock avait mentionné"), not a common word ("Conclu", "Cette").
    const opening = s === 0 && e - s === 1 && !isAcronym(words);
    if (opening && (SENTENCE_STARTERS.has(tokens[0]!.folded) || /(?:é|ée|és|ées|ant|ment)$/u.test(tokens[0]!.folded))) continue;
    const type = typeOf(words) ?? (isAcronym(words) ? 'organization' : undefined);
    found.push({ name: words, score: type ? 0.5 : opening ? 0.3 : e - s >= 2 || isAcronym(words) ? 0.5 : 0.4, ...(type ? { type } : {}), from: words });
  }
  const best = new Map<string, ActorProposal>();
  for (const p of found) {
    const key = p.id ?? foldText(p.name);
    if (!best.has(key) || best.get(key)!.score < p.score) best.set(key, p);
  }
  return [...best.values()].sort((x, y) => y.score - x.score);
}
