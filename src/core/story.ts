import type { Problem } from '../data/problems';
import type { Story, StoryState, StoryStep, StoryText } from '../data/story-schema';
import type { Selection } from './selection';
import { ALL_VIEWS, type ViewName } from './url-state';

/** A story's human text in the UI language, else English, else the first language given. */
export function storyText(text: StoryText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang]?.trim() || text.en?.trim() || Object.values(text).find((t) => t.trim())?.trim() || '';
}

/** The 1-based step shown for a requested step: `?story=ID` alone (null) is step 1; out of range is clamped. */
export function clampStep(story: Story, step: number | null): number {
  if (step === null || !Number.isFinite(step)) return 1;
  return Math.min(Math.max(Math.round(step), 1), story.steps.length);
}

/** The ids a dataset has, by kind: what a story's steps may refer to. */
/** What a story's ids are checked against: anything that answers `has` (a Set, a Map, the events' id table). */
type IdSet = Pick<ReadonlySet<string>, 'has'>;
export interface KnownIds {
  places: IdSet;
  actors: IdSet;
  events: IdSet;
}

/** What a step sets, in the app's terms: the selection and the open event. */
export interface StepTarget {
  selection: Selection;
  eventId: string | null;
}

/** A step's state, keeping only the ids the dataset has: a step naming a missing place still shows the rest. */
export function stepTarget(state: StoryState, known: KnownIds): StepTarget {
  const event = state.event ?? null;
  return {
    selection: {
      from: state.from ?? null,
      to: state.to ?? null,
      places: (state.place ?? []).filter((id) => known.places.has(id)),
      actors: (state.actor ?? []).filter((id) => known.actors.has(id)),
    },
    eventId: event !== null && known.events.has(event) ? event : null,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Whether what is on screen is still the step's state (order of ids aside): false once the user changed it. */
export function matchesStep(current: StepTarget, target: StepTarget): boolean {
  const a = current.selection;
  const b = target.selection;
  return a.from === b.from && a.to === b.to && sameSet(a.places, b.places) && sameSet(a.actors, b.actors) && current.eventId === target.eventId;
}

/** The views a step shows, in its order; null when it names none (the page's own views stay). */
export function stepViews(step: StoryStep): ViewName[] | null {
  const views = (step.views ?? []).filter((v): v is ViewName => (ALL_VIEWS as readonly string[]).includes(v));
  return views.length ? [...new Set(views)] : null;
}

export interface MissingId {
  step: number;
  kind: 'place' | 'actor' | 'event';
  id: string;
}

/** Every id a story's steps name that the dataset lacks (step is 1-based). */
export function missingIds(story: Story, known: KnownIds): MissingId[] {
  const out: MissingId[] = [];
  story.steps.forEach((step, i) => {
    for (const id of step.state.place ?? []) if (!known.places.has(id)) out.push({ step: i + 1, kind: 'place', id });
    for (const id of step.state.actor ?? []) if (!known.actors.has(id)) out.push({ step: i + 1, kind: 'actor', id });
    const event = step.state.event;
    if (event && !known.events.has(event)) out.push({ step: i + 1, kind: 'event', id: event });
  });
  return out;
}

const FIELD = { place: 'place', actor: 'actor', event: 'event' } as const;

/**
 * Warnings (never errors) for the stories of a dataset: ids they name that it lacks, a window whose end is
 * before its start, and repeated story ids. A step with a missing id still shows what it can.
 */
export function storyWarnings(stories: readonly Story[], known: KnownIds): Omit<Problem, 'severity'>[] {
  const problems: Omit<Problem, 'severity'>[] = [];
  const seen = new Set<string>();
  stories.forEach((story, i) => {
    const at = `stories[${i}] (id "${story.id}")`;
    if (seen.has(story.id)) problems.push({ where: `${at} › id`, message: 'repeats the id of an earlier story; only the first one can be opened' });
    seen.add(story.id);
    for (const m of missingIds(story, known)) {
      problems.push({ where: `${at} › steps[${m.step - 1}] › state › ${FIELD[m.kind]}`, message: `refers to ${m.kind} "${m.id}", which is not in this dataset; the step shows the rest` });
    }
    story.steps.forEach((step, j) => {
      const { from, to } = step.state;
      if (from && to && to < from) problems.push({ where: `${at} › steps[${j}] › state › to`, message: `(${to}) is before "from" (${from})` });
    });
  });
  return problems;
}

/** A step capturing what is on screen: the selection, the open event and the shown views. */
export function captureStep(target: StepTarget, views: readonly ViewName[], title: StoryStep['title'], text: StoryStep['text']): StoryStep {
  const views_ = views.length === ALL_VIEWS.length && views.every((v, i) => v === ALL_VIEWS[i]) ? undefined : [...views];
  return {
    title,
    text,
    state: {
      from: target.selection.from,
      to: target.selection.to,
      place: [...target.selection.places],
      actor: [...target.selection.actors],
      event: target.eventId,
    },
    ...(views_ ? { views: views_ } : {}),
  };
}

/** Moves one item of a list to another index (clamped), leaving the input untouched. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  if (from < 0 || from >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(Math.min(Math.max(to, 0), out.length), 0, item as T);
  return out;
}

/** A story id from its title, unique among `taken`: "My story" → "my-story", then "my-story-2". */
export function storyIdFor(title: string, taken: ReadonlySet<string>): string {
  const base = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'my-story';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
