import { useCallback, useSyncExternalStore } from 'react';
import { storyIdFor } from '../../core/story';
import { StoryStepSchema, type Story, type StoryStep } from '../../data/story-schema';

/** The story a user is writing: kept in localStorage (one per dataset) so it survives a reload. */
export interface StoryDraft {
  title: string;
  steps: StoryStep[];
}

export const EMPTY_DRAFT: StoryDraft = { title: '', steps: [] };

const keyFor = (datasetUrl: string) => `dossier:story-draft:${datasetUrl}`;
const listeners = new Set<() => void>();
// useSyncExternalStore needs the same object back while nothing changed: parsed drafts are cached by raw text.
const parsed = new Map<string, { raw: string | null; draft: StoryDraft }>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled (privacy settings, sandboxed frame): the draft lives only in memory
  }
}

const memory = new Map<string, string>();

/** Reads a stored draft, keeping only the steps that still read as steps (the format may have moved on). */
export function parseDraft(raw: string | null): StoryDraft {
  if (!raw) return EMPTY_DRAFT;
  try {
    const value = JSON.parse(raw) as { title?: unknown; steps?: unknown };
    const steps = Array.isArray(value.steps) ? value.steps.flatMap((s: unknown, i) => {
      // A title cleared while editing is still a step: it takes its number as title.
      const step = s !== null && typeof s === 'object' && (s as { title?: unknown }).title === '' ? { ...s, title: `Step ${i + 1}` } : s;
      const r = StoryStepSchema.safeParse(step);
      return r.success ? [r.data] : [];
    }) : [];
    return { title: typeof value.title === 'string' ? value.title : '', steps };
  } catch {
    return EMPTY_DRAFT;
  }
}

export function readDraft(datasetUrl: string): StoryDraft {
  const key = keyFor(datasetUrl);
  const raw = storage()?.getItem(key) ?? memory.get(key) ?? null;
  const hit = parsed.get(key);
  if (hit && hit.raw === raw) return hit.draft;
  const draft = parseDraft(raw);
  parsed.set(key, { raw, draft });
  return draft;
}

export function writeDraft(datasetUrl: string, draft: StoryDraft | null): void {
  const key = keyFor(datasetUrl);
  const raw = draft && (draft.title || draft.steps.length) ? JSON.stringify(draft) : null;
  const store = storage();
  try {
    if (raw === null) store?.removeItem(key);
    else store?.setItem(key, raw);
  } catch {
    // quota exceeded: keep it in memory for this session
  }
  if (raw === null) memory.delete(key);
  else memory.set(key, raw);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab writing the same draft.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The draft for this dataset, and a setter that stores it. */
export function useDraft(datasetUrl: string): [StoryDraft, (draft: StoryDraft | null) => void] {
  const draft = useSyncExternalStore(subscribe, () => readDraft(datasetUrl));
  const set = useCallback((d: StoryDraft | null) => writeDraft(datasetUrl, d), [datasetUrl]);
  return [draft, set];
}

/** The draft as a story of the dataset's format (an id from its title, unique among `taken`); null without steps. */
export function draftStory(draft: StoryDraft, taken: ReadonlySet<string>, untitled: string): Story | null {
  if (draft.steps.length === 0) return null;
  const title = draft.title.trim() || untitled;
  return { id: storyIdFor(title, taken), title, steps: draft.steps };
}
