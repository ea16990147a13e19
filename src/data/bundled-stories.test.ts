import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFilterEngine } from '../core/filter-engine';
import { indexDataset } from '../core/lookups';
import { stepTarget, storyWarnings } from '../core/story';
import { validateDataset } from './validate';

const result = validateDataset(JSON.parse(readFileSync('data/dataset.json', 'utf8')));
if (!result.ok) throw new Error('the bundled dataset does not validate');
const dataset = result.dataset;
const index = indexDataset(dataset);
const known = { places: index.placesById, actors: index.actorsById, events: index.eventsById };
const engine = createFilterEngine(dataset);
const stories = dataset.stories ?? [];

describe('the bundled stories', () => {
  it('are the treaty’s path and China’s stance, with no warning', () => {
    expect(stories.map((s) => s.id)).toEqual(['treaty', 'china-stance']);
    expect(storyWarnings(stories, known)).toEqual([]);
  });

  it('have every title and caption in English and French', () => {
    for (const story of stories) {
      for (const text of [story.title, ...story.steps.flatMap((s) => [s.title, s.text])]) {
        expect(typeof text === 'object' && text.en?.trim() && text.fr?.trim(), JSON.stringify(text)).toBeTruthy();
      }
    }
  });

  it('open, at each step, an event that passes the step’s own filter', () => {
    for (const story of stories) {
      story.steps.forEach((step, i) => {
        const { selection, eventId } = stepTarget(step.state, known);
        expect(eventId, `${story.id} step ${i + 1}`).not.toBeNull();
        expect(engine.apply(selection).events.map((e) => e.id), `${story.id} step ${i + 1}`).toContain(eventId);
      });
    }
  });
});
