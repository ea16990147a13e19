import { describe, expect, it } from 'vitest';
import { draftStory, parseDraft } from './draft-storage';
import { parseStoryJson } from './story-file';

const step = { title: 'One', text: 'First', state: { place: ['moscow'] } };

describe('reading a story file back', () => {
  it('takes the first story of an export, of a bare array, or a lone story', () => {
    const story = { id: 'tour', title: { en: 'Tour', fr: 'Visite' }, steps: [step] };
    for (const text of [JSON.stringify({ stories: [story] }), JSON.stringify([story]), JSON.stringify(story)]) {
      const r = parseStoryJson(text, 'fr');
      expect(r).toEqual({ ok: true, draft: { title: 'Visite', steps: [step] } });
    }
  });

  it('says what is wrong with a file that holds no story', () => {
    expect(parseStoryJson('{', 'en')).toMatchObject({ ok: false, reason: expect.stringContaining('not JSON') });
    const r = parseStoryJson(JSON.stringify({ stories: [{ id: 'tour', title: 'T', steps: [] }] }), 'en');
    expect(r).toEqual({ ok: false, reason: 'steps needs at least one step' });
  });
});

describe('the stored draft', () => {
  it('keeps the steps that still read as steps, a cleared title becoming the step’s number', () => {
    const raw = JSON.stringify({ title: 'Mine', steps: [step, { title: '', text: '', state: {} }, { nonsense: true }] });
    expect(parseDraft(raw)).toEqual({ title: 'Mine', steps: [step, { title: 'Step 2', text: '', state: {} }] });
    expect(parseDraft('not json')).toEqual({ title: '', steps: [] });
    expect(parseDraft(null)).toEqual({ title: '', steps: [] });
  });

  it('becomes a story with an id of its own once it has a step', () => {
    expect(draftStory({ title: '', steps: [] }, new Set(), 'My story')).toBeNull();
    expect(draftStory({ title: 'Treaty', steps: [step] }, new Set(['treaty']), 'My story')).toEqual({ id: 'treaty-2', title: 'Treaty', steps: [step] });
    expect(draftStory({ title: '  ', steps: [step] }, new Set(), 'My story')?.id).toBe('my-story');
  });
});
