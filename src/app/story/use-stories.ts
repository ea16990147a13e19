import { useMemo } from 'react';
import { clampStep, stepViews } from '../../core/story';
import type { ViewName } from '../../core/url-state';
import type { Dataset } from '../../data/schema';
import type { Story, StoryStep } from '../../data/story-schema';
import { useDossierStore } from '../../store/store';
import { useDossierData } from '../../ui/dossier-context';
import { draftStory, readDraft, useDraft } from './draft-storage';

/** A draft's title when it has none yet (kept in English: it becomes the story's id). */
export const UNTITLED = 'My story';

const datasetStories = (dataset: Dataset): Story[] => dataset.stories ?? [];

/** The dataset's stories, then the user's draft (once it has a step), which can be played like the others. */
export function useStories(): { stories: Story[]; draft: Story | null } {
  const { dataset, datasetUrl } = useDossierData();
  const [draft] = useDraft(datasetUrl);
  return useMemo(() => {
    const own = datasetStories(dataset);
    const mine = draftStory(draft, new Set(own.map((s) => s.id)), UNTITLED);
    return { stories: mine ? [...own, mine] : own, draft: mine };
  }, [dataset, draft]);
}

export interface CurrentStep {
  /** The requested story id (it may not exist). */
  id: string;
  story: Story | undefined;
  /** 1-based, clamped to the story's steps. */
  n: number;
  step: StoryStep | undefined;
}

/** The story and step being played, or null. The first story with an id wins (ids should be unique). */
export function useCurrentStep(): CurrentStep | null {
  const { stories } = useStories();
  const id = useDossierStore((s) => s.story);
  const requested = useDossierStore((s) => s.step);
  return useMemo(() => {
    if (id === null) return null;
    const story = stories.find((s) => s.id === id);
    const n = story ? clampStep(story, requested) : 1;
    return { id, story, n, step: story?.steps[n - 1] };
  }, [id, requested, stories]);
}

/** The views the current step shows, or null to keep the page's own. */
export function useStepViews(): ViewName[] | null {
  const current = useCurrentStep();
  return useMemo(() => (current?.step ? stepViews(current.step) : null), [current]);
}

/**
 * The stories that an export of this dataset should carry (for export-json): the dataset's own, then the
 * draft being written in this browser, if it has steps.
 */
export function storiesToExport(dataset: Dataset, datasetUrl: string): Story[] {
  const own = datasetStories(dataset);
  const mine = draftStory(readDraft(datasetUrl), new Set(own.map((s) => s.id)), UNTITLED);
  return mine ? [...own, mine] : own;
}
