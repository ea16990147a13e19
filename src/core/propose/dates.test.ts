import { describe, expect, it } from 'vitest';
import { proposeDates, speaksOfFuture } from './dates';

// Tuesday 12 November 2024, the live blog's day.
const TUE = '2024-11-12';
const first = (s: string, ref = TUE, lang: 'fr' | 'en' = 'fr') => proposeDates(s, ref, lang)[0];

describe('proposeDates', () => {
  it('reads "ce mardi" in an article of that Tuesday as that day, the weekday certain', () => {
    expect(first('Wang Yi doit s’entretenir ce mardi à Pékin avec Sergueï Choïgou.')).toMatchObject({ value: '2024-11-12', certain: ['weekday'], from: 'ce mardi' });
  });

  it('resolves a past-tense weekday to the past, with the next one as an alternative', () => {
    const p = first('Vendredi, le ministre a annoncé sa venue.');
    expect(p).toMatchObject({ value: '2024-11-08', certain: ['weekday'] });
    expect(p!.alternatives[0]).toBe('2024-11-15');
  });

  it('resolves a future-tense weekday forwards', () => {
    expect(first('Le ministre se rendra vendredi à Séoul.')!.value).toBe('2024-11-15');
    expect(first('The minister will travel on Friday.', TUE, 'en')!.value).toBe('2024-11-15');
    expect(first('The minister travelled on Friday.', TUE, 'en')!.value).toBe('2024-11-08');
  });

  it('reads "hier" and "yesterday" as the day before, nothing certain', () => {
    expect(first('Le ministre est arrivé, hier, en Corée du Nord.', '2024-11-30')).toMatchObject({ value: '2024-11-29', certain: [] });
    expect(first('He arrived yesterday.', '2024-11-30', 'en')!.value).toBe('2024-11-29');
  });

  it('reads "en juin" as a month of the article’s year, or the year before when it would be in the future', () => {
    expect(first('Conclu lors d’une visite à Pyongyang, en juin, ce traité…')).toMatchObject({ value: '2024-06', certain: ['month'] });
    expect(first('Signé en décembre, le texte…')).toMatchObject({ value: '2023-12', alternatives: ['2024-12'] });
    expect(first('Au début du mois de novembre, Yoon avait annoncé…', '2024-11-30')!.value).toBe('2024-11');
    expect(first('In June, the two leaders met.', TUE, 'en')!.value).toBe('2024-06');
  });

  it('keeps a written year and says the year is certain', () => {
    expect(first('depuis le lancement de l’assaut russe en février 2022.')).toMatchObject({ value: '2022-02', certain: ['month', 'year'] });
    expect(first('Signed on 19 June 2024 in Pyongyang.', TUE, 'en')).toMatchObject({ value: '2024-06-19', certain: ['day', 'month', 'year'] });
  });

  it('reads "le 11 novembre" as the past 11 November', () => {
    expect(first('un décret signé le 11 novembre')).toMatchObject({ value: '2024-11-11', certain: ['day', 'month'], alternatives: ['2025-11-11'] });
    expect(first('un décret signé le 20 novembre')!.value).toBe('2023-11-20');
  });

  it('lists every date of a sentence in reading order', () => {
    const values = proposeDates('Signé le 11 novembre, après la visite de juin dernier et la réunion de vendredi.', TUE, 'fr').map((p) => p.value);
    expect(values).toEqual(['2024-11-11', '2024-06', '2024-11-08']);
  });

  it('gives nothing for a sentence without a date, or with numbers that are not dates', () => {
    expect(proposeDates('Quelque 8 000 soldats nord-coréens se trouvent en Russie.', TUE, 'fr')).toEqual([]);
    expect(proposeDates('', TUE, 'en')).toEqual([]);
    expect(proposeDates('Selon la rédaction de 20 Minutes, le convoi a été vu.', TUE, 'fr')).toEqual([]);
    expect(proposeDates('The talks lasted 3 hours.', TUE, 'en')).toEqual([]);
  });
});

describe('speaksOfFuture', () => {
  it('recognises future forms in both languages and not the past', () => {
    expect(speaksOfFuture('Il participera à la réunion.', 'fr')).toBe(true);
    expect(speaksOfFuture('Il doit s’entretenir avec lui.', 'fr')).toBe(true);
    expect(speaksOfFuture('Il a participé à la réunion.', 'fr')).toBe(false);
    expect(speaksOfFuture('He will attend.', 'en')).toBe(true);
    expect(speaksOfFuture('He attended.', 'en')).toBe(false);
  });
});
