import { describe, expect, it } from 'vitest';
import { appositiveNoun, createContextReader, reportingSpeaker, opensWithDemonstrative, outsideQuotes, tenseOf } from './context';
import { proposeDates, type ProposalLang } from './dates';

/** Reads an article given as paragraphs of sentences, published on Wednesday 6 March 2024. */
function read(paragraphs: string[][], lang: ProposalLang = 'fr', published: string | null = '2024-03-06') {
  const sentences = paragraphs.flatMap((p, paragraph) => p.map((text) => ({ text, paragraph })));
  const own = (i: number) => proposeDates(sentences[i]!.text, published ?? '2024-03-06', lang);
  const reader = createContextReader(sentences, own, published, lang);
  return (i: number) => reader.contextDate(i);
}

describe('tenseOf', () => {
  it('tells the narrator’s past, pluperfect and present apart, in French and English', () => {
    expect(tenseOf('La ministre a signé le décret.', 'fr')).toBe('past');
    expect(tenseOf('Le convoi est arrivé à Lyon.', 'fr')).toBe('past');
    expect(tenseOf('Les deux chefs se sont parlé.', 'fr')).toBe('past');
    expect(tenseOf('La délégation était conduite par le vice-ministre.', 'fr')).toBe('past');
    expect(tenseOf('Le maire avait promis une enquête.', 'fr')).toBe('pluperfect');
    expect(tenseOf('La ministre participe au sommet.', 'fr')).toBe('other');
    expect(tenseOf('The minister signed the decree.', 'en')).toBe('past');
    expect(tenseOf('The mayor had promised an inquiry.', 'en')).toBe('pluperfect');
    expect(tenseOf('The minister attends the summit.', 'en')).toBe('other');
  });

  it('ignores the tense of quoted words', () => {
    expect(outsideQuotes('Selon son porte-parole, « les deux ont parlé de la guerre ».')).not.toContain('ont parlé');
    expect(tenseOf('Selon son porte-parole, ‘les deux ont parlé de la guerre’.', 'fr')).toBe('other');
    expect(tenseOf('“We have talked,” the spokesman said.', 'en')).toBe('past');
  });
});

describe('appositiveNoun and demonstratives', () => {
  it('finds the noun a participle between commas dates, and nothing when the date is the sentence’s own', () => {
    expect(appositiveNoun('Le pacte de stabilité, adopté en mars dernier, entre en vigueur.', 'en mars dernier')).toBe('pacte');
    expect(appositiveNoun('The treaty, signed in June, takes effect.', 'June')).toBe('treaty');
    expect(appositiveNoun('Le pacte a été adopté en mars dernier.', 'en mars dernier')).toBeNull();
  });

  it('recognises a sentence opening with a demonstrative', () => {
    expect(opensWithDemonstrative('Cette rencontre a eu lieu le 2 mars.', 'fr')).toBe(true);
    expect(opensWithDemonstrative('This meeting took place on 2 March.', 'en')).toBe(true);
    expect(opensWithDemonstrative('La rencontre a eu lieu le 2 mars.', 'fr')).toBe(false);
  });
});

describe('createContextReader', () => {
  it('gives a present-tense sentence the publication day and a past-tense one the day before', () => {
    const at = read([['Le sommet se tient à Lyon.'], ['Le convoi est arrivé à Lyon.']]);
    expect(at(0)).toEqual({ value: '2024-03-06', certain: [], alternatives: ['2024-03-05'], from: 'context' });
    expect(at(1)).toEqual({ value: '2024-03-05', certain: [], alternatives: ['2024-03-06'], from: 'context' });
    expect(read([['The convoy reached Lyon.']], 'en')(0)!.value).toBe('2024-03-05');
  });

  it('takes the article’s news day, once an earlier sentence has said it, for later paragraphs', () => {
    const at = read([['La ministre a annoncé mercredi sa démission.'], ['Elle a remercié ses équipes.']]);
    expect(at(1)).toMatchObject({ value: '2024-03-06', alternatives: ['2024-03-05'] });
  });

  it('carries the paragraph’s previous date, but not a future one into a past-tense sentence', () => {
    expect(read([['Le 2 mars, la ministre a signé le décret.', 'Elle a remercié ses équipes.']])(1)!.value).toBe('2024-03-02');
    // The announcement of Wednesday's meeting came before it.
    const at = read([['La ministre doit rencontrer ce mercredi son homologue.', 'Ils vont parler du budget, a indiqué son cabinet.']]);
    expect(at(1)!.value).toBe('2024-03-05');
    expect(read([['The minister will meet her counterpart on Wednesday.', 'They will discuss the budget, her office said.']], 'en')(1)!.value).toBe('2024-03-05');
  });

  it('does not carry a date that belongs to a noun’s participle, but gives it to a later demonstrative of that noun', () => {
    const at = read([['Le pacte, adopté en janvier dernier, est désormais appliqué.', 'Les deux pays ont échangé leurs instruments.'], ['Les ministres avaient signé ce pacte à Rome.']]);
    expect(at(1)!.value).toBe('2024-03-05');
    expect(at(2)!.value).toBe('2024-01');
    expect(read([['The pact, adopted in January, now applies.'], ['The ministers had signed this pact in Rome.']], 'en')(1)!.value).toBe('2024-01');
  });

  it('dates what was just told from a demonstrative that dates it ("Cet appel a eu lieu le…")', () => {
    const at = read([['Le Pentagone a révélé un échange entre les deux généraux.', 'Selon un porte-parole, « ils ont parlé de sécurité ».'], ['Cet appel a eu lieu le 1er mars, à la demande de Moscou.']]);
    expect(at(0)!.value).toBe('2024-03-01');
    expect(at(1)!.value).toBe('2024-03-06'); // the report itself, quoted: today
    expect(read([['The Pentagon disclosed a call between the generals.'], ['This call took place on 1 March.']], 'en')(0)!.value).toBe('2024-03-01');
  });

  it('puts a pluperfect the day before, and a past-tense sentence after it on that day', () => {
    const at = read([['Le maire avait promis une enquête lors du conseil.', 'Il a ensuite nommé un expert.']]);
    expect(at(0)).toMatchObject({ value: '2024-03-04', alternatives: ['2024-03-05'] });
    expect(at(1)!.value).toBe('2024-03-04');
  });

  it('gives nothing without a publication day', () => {
    expect(read([['Le convoi est arrivé à Lyon.']], 'fr', null)(0)).toBeNull();
  });
});

describe('statements told with their reporting clause', () => {
  it('finds the speaker the closing clause names, outside quotes, and none for a pronoun or a main verb', () => {
    expect(reportingSpeaker('Le ministère a demandé cet appel, a précisé le porte-parole.', 'fr')).toBe('porte-parole');
    expect(reportingSpeaker('The ministry asked for the call, the spokesman said.', 'en')).toBe('spokesman');
    expect(reportingSpeaker('The ministry asked for the call, said the spokesman.', 'en')).toBe('spokesman');
    expect(reportingSpeaker('‘Notre objectif est la paix’, a-t-il déclaré.', 'fr')).toBeNull();
    expect(reportingSpeaker('Le président, engagé depuis 2022, a conclu un accord avec Pyongyang.', 'fr')).toBeNull();
    expect(reportingSpeaker('« Rien n’a changé, a précisé le porte-parole »', 'fr')).toBeNull();
  });

  it('dates a statement when its speaker spoke before, with the paragraph’s date as alternative', () => {
    const date = read([
      ['Selon un porte-parole du ministère, « les deux ont parlé ».'],
      ['Cet appel a eu lieu le 27 février.', 'Le ministère a été à l’origine de cette conversation, a précisé le porte-parole.'],
    ]);
    expect(date(0)).toMatchObject({ value: '2024-03-06' });
    expect(date(2)).toMatchObject({ value: '2024-03-06', from: 'context', alternatives: ['2024-02-27'] });
    // Without the reporting clause, or with a speaker not heard before, it continues the paragraph's time.
    const told = ['Cet appel a eu lieu le 27 février.', 'Le ministère a été à l’origine de cette conversation.', 'Le ministère l’a demandé, a précisé le cabinet.'];
    expect(read([['Selon un porte-parole du ministère, « les deux ont parlé ».'], told])(2)).toMatchObject({ value: '2024-02-27' });
    expect(read([['Selon un porte-parole du ministère, « les deux ont parlé ».'], told])(3)).toMatchObject({ value: '2024-02-27' });
  });
});
