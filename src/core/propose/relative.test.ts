import { describe, expect, it } from 'vitest';
import { proposeDates } from './dates';
import { anchoredDates, relativeDates } from './relative';

// Wednesday 6 March 2024.
const WED = '2024-03-06';
const fr = (s: string, ref = WED) => proposeDates(s, ref, 'fr');
const en = (s: string, ref = WED) => proposeDates(s, ref, 'en');

describe('relativeDates', () => {
  it('reads "aujourd’hui", "ce matin", "today", "this morning" as the article’s day, nothing certain', () => {
    expect(fr('Le conseil se réunit aujourd’hui.')).toEqual([{ value: WED, certain: [], alternatives: [], from: 'aujourd’hui' }]);
    expect(fr('Le train est reparti ce matin.')[0]!.value).toBe(WED);
    expect(en('The council meets today.')[0]!.value).toBe(WED);
    expect(en('The train left this morning.')[0]!.value).toBe(WED);
  });

  it('does not read "d’aujourd’hui" (nowadays) as a date', () => {
    expect(relativeDates('les défis du monde d’aujourd’hui', WED, 'fr', false)).toEqual([]);
  });

  it('reads a week at month precision, the other month as the alternative when the week spans two', () => {
    expect(fr('Le texte a été voté la semaine dernière.')[0]).toMatchObject({ value: '2024-02', alternatives: ['2024-03'], certain: [] });
    expect(en('The bill passed last week.')[0]!.value).toBe('2024-02');
    expect(fr('Le ministre doit venir cette semaine.')[0]).toMatchObject({ value: '2024-03', alternatives: [] });
    expect(en('The minister is due this week.', '2024-04-30')[0]).toMatchObject({ value: '2024-04', alternatives: ['2024-05'] });
    expect(en('The minister will arrive this week.', '2024-04-30')[0]).toMatchObject({ value: '2024-05', alternatives: ['2024-04'] });
  });

  it('reads "ces dernières semaines" and "in recent weeks" as the month they end in', () => {
    expect(fr('Des milliers de soldats sont arrivés ces dernières semaines.')[0]).toMatchObject({ value: '2024-03', alternatives: ['2024-02'] });
    expect(en('Thousands of soldiers arrived in recent weeks.', '2024-03-25')[0]).toMatchObject({ value: '2024-03', alternatives: [] });
  });

  it('reads a season as its middle month, the other two as alternatives, in the past unless told otherwise', () => {
    expect(fr('Le traité a été signé cet été.', '2024-11-12')[0]).toMatchObject({ value: '2024-07', alternatives: ['2024-06', '2024-08'] });
    expect(fr('Ils se sont vus l’été dernier.', '2024-05-02')[0]!.value).toBe('2023-07');
    expect(en('They met last summer.', '2024-11-12')[0]!.value).toBe('2024-07');
    expect(en('They will meet next winter.', '2024-03-06')[0]!.value).toBe('2025-01');
  });

  it('reads "le week-end dernier" and "last weekend" as its Saturday, the Sunday as the alternative', () => {
    expect(fr('Le sommet s’est tenu le week-end dernier.')[0]).toMatchObject({ value: '2024-03-02', alternatives: ['2024-03-03'] });
    expect(en('The summit was held last weekend.')[0]!.value).toBe('2024-03-02');
  });

  it('reads "avant-hier" as two days before, and "il y a deux semaines", "le mois dernier" with nothing certain', () => {
    expect(fr('Il est arrivé avant-hier.')[0]!.value).toBe('2024-03-04');
    expect(fr('Il est arrivé il y a deux semaines.')[0]).toMatchObject({ value: '2024-02-21', certain: [] });
    expect(fr('Le texte a été voté le mois dernier.')[0]).toMatchObject({ value: '2024-02', certain: [] });
    expect(en('The bill passed last month.')[0]).toMatchObject({ value: '2024-02', certain: [] });
  });

  it('reads "début décembre" as a month', () => {
    expect(fr('Le texte a été voté début février.')[0]).toMatchObject({ value: '2024-02', certain: ['month'] });
  });
});

describe('anchoredDates', () => {
  it('dates "au lendemain de" and "the day after the" the day before the sentence’s day, after it', () => {
    expect(fr('Le décret a été publié le 4 mars, au lendemain du vote.').map((d) => d.value)).toEqual(['2024-03-04', '2024-03-03']);
    expect(en('The decree was published on 4 March, the day after the vote.').map((d) => d.value)).toEqual(['2024-03-04', '2024-03-03']);
  });

  it('dates "à la veille de" and "on the eve of" the day after', () => {
    expect(fr('Il est arrivé le 4 mars, à la veille du sommet.').map((d) => d.value)).toEqual(['2024-03-04', '2024-03-05']);
    expect(en('He arrived on 4 March, on the eve of the summit.').map((d) => d.value)).toEqual(['2024-03-04', '2024-03-05']);
  });

  it('dates "dans la nuit" and "overnight", told with a day, the night before it', () => {
    expect(fr('Les sirènes ont retenti mardi matin, après des frappes qui ont tué deux personnes dans la nuit.').map((d) => d.value)).toEqual(['2024-03-05', '2024-03-04']);
    expect(en('Sirens sounded on Tuesday morning after strikes killed two people overnight.').map((d) => d.value)).toEqual(['2024-03-05', '2024-03-04']);
  });

  it('gives nothing without a day in the sentence, and leaves "la nuit de samedi à dimanche" to its days', () => {
    expect(fr('Au lendemain du vote, la rue est restée calme.')).toEqual([]);
    expect(anchoredDates('Dans la nuit de samedi à dimanche, un drone a frappé.', WED, 'fr')).toEqual([]);
  });
});
