import { describe, expect, it } from 'vitest';
import type { Story } from '../data/story-schema';
import { captureStep, clampStep, matchesStep, missingIds, moveItem, stepTarget, stepViews, storyIdFor, storyText, storyWarnings } from './story';

const known = { places: new Set(['moscow', 'beijing']), actors: new Set(['a', 'b']), events: new Set(['e1']) };

const story: Story = {
  id: 'tour',
  title: { en: 'Tour', fr: 'Visite' },
  steps: [
    { title: 'One', text: 'First', state: { from: '2024-11-01', to: '2024-11-30', place: ['moscow', 'atlantis'], actor: ['a'], event: 'e1' } },
    { title: 'Two', text: 'Second', state: { actor: ['ghost'], event: 'nope' }, views: ['map', 'timeline'] },
  ],
};

describe('storyText', () => {
  it('shows the UI language, else English, else the first language given', () => {
    expect(storyText('Plain', 'fr')).toBe('Plain');
    expect(storyText({ en: 'Hello', fr: 'Bonjour' }, 'fr')).toBe('Bonjour');
    expect(storyText({ en: 'Hello' }, 'fr')).toBe('Hello');
    expect(storyText({ de: 'Hallo' }, 'fr')).toBe('Hallo');
    expect(storyText(undefined, 'en')).toBe('');
  });
});

describe('clampStep', () => {
  it('makes a missing step the first and clamps out-of-range steps', () => {
    expect(clampStep(story, null)).toBe(1);
    expect(clampStep(story, 0)).toBe(1);
    expect(clampStep(story, 2)).toBe(2);
    expect(clampStep(story, 9)).toBe(2);
    expect(clampStep(story, Number.NaN)).toBe(1);
  });
});

describe('stepTarget', () => {
  it('keeps the ids the dataset has and clears what the state leaves out', () => {
    expect(stepTarget(story.steps[0]!.state, known)).toEqual({
      selection: { from: '2024-11-01', to: '2024-11-30', places: ['moscow'], actors: ['a'] },
      eventId: 'e1',
    });
    expect(stepTarget(story.steps[1]!.state, known)).toEqual({ selection: { from: null, to: null, places: [], actors: [] }, eventId: null });
  });
});

describe('matchesStep', () => {
  const target = stepTarget(story.steps[0]!.state, known);
  it('ignores the order of ids', () => {
    const t2 = { ...target, selection: { ...target.selection, places: ['beijing', 'moscow'] } };
    expect(matchesStep({ ...t2, selection: { ...t2.selection, places: ['moscow', 'beijing'] } }, t2)).toBe(true);
  });
  it('notices a changed window, selection or open event', () => {
    expect(matchesStep(target, target)).toBe(true);
    expect(matchesStep({ ...target, selection: { ...target.selection, to: '2024-12-01' } }, target)).toBe(false);
    expect(matchesStep({ ...target, selection: { ...target.selection, actors: ['a', 'b'] } }, target)).toBe(false);
    expect(matchesStep({ ...target, eventId: null }, target)).toBe(false);
  });
});

describe('missing ids and warnings', () => {
  it('names every id the dataset lacks, with its step', () => {
    expect(missingIds(story, known)).toEqual([
      { step: 1, kind: 'place', id: 'atlantis' },
      { step: 2, kind: 'actor', id: 'ghost' },
      { step: 2, kind: 'event', id: 'nope' },
    ]);
  });
  it('locates each warning by story and step, and flags repeated ids and reversed windows', () => {
    const reversed: Story = { id: 'tour', title: 'Again', steps: [{ title: 't', text: 'x', state: { from: '2024-12-01', to: '2024-11-01' } }] };
    const problems = storyWarnings([story, reversed], known).map((p) => `${p.where}: ${p.message}`);
    expect(problems).toEqual([
      'stories[0] (id "tour") › steps[0] › state › place: refers to place "atlantis", which is not in this dataset; the step shows the rest',
      'stories[0] (id "tour") › steps[1] › state › actor: refers to actor "ghost", which is not in this dataset; the step shows the rest',
      'stories[0] (id "tour") › steps[1] › state › event: refers to event "nope", which is not in this dataset; the step shows the rest',
      'stories[1] (id "tour") › id: repeats the id of an earlier story; only the first one can be opened',
      'stories[1] (id "tour") › steps[0] › state › to: (2024-11-01) is before "from" (2024-12-01)',
    ]);
  });
});

describe('views, capture and editing helpers', () => {
  it('gives a step its own views, or none to keep the page’s', () => {
    expect(stepViews(story.steps[0]!)).toBeNull();
    expect(stepViews(story.steps[1]!)).toEqual(['map', 'timeline']);
  });
  it('captures the state on screen, naming views only when not all four are shown', () => {
    const target = { selection: { from: '2024-11-01', to: null, places: ['moscow'], actors: [] }, eventId: 'e1' };
    expect(captureStep(target, ['map', 'network', 'timeline', 'list'], 'T', 'C')).toEqual({
      title: 'T', text: 'C', state: { from: '2024-11-01', to: null, place: ['moscow'], actor: [], event: 'e1' },
    });
    expect(captureStep(target, ['network'], 'T', 'C').views).toEqual(['network']);
  });
  it('moves an item without touching the input', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 2, -5)).toEqual(['c', 'a', 'b']);
    expect(moveItem(list, 7, 0)).toEqual(['a', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
  it('makes a unique slug id from a title', () => {
    expect(storyIdFor('Le traité, étape par étape', new Set())).toBe('le-traite-etape-par-etape');
    expect(storyIdFor('Treaty', new Set(['treaty', 'treaty-2']))).toBe('treaty-3');
    expect(storyIdFor('!!!', new Set())).toBe('my-story');
  });
});
