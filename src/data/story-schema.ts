import { z } from 'zod';

/**
 * Stories (a dataset's optional `stories`): named sequences of states a presenter steps through. Kept apart
 * from schema.ts so the story format can evolve without touching the records' schema.
 */

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug such as "treaty"');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD');

/** Human text: a plain string, or language code → text (`{"en": …, "fr": …}`). */
export const StoryText = z.union([
  z.string().trim().min(1, 'needs text'),
  z.record(z.string().regex(/^[a-z]{2}$/, 'language codes are two letters such as "en"'), z.string()).refine(
    (r) => Object.values(r).some((t) => t.trim().length > 0),
    'needs text in at least one language',
  ),
], { error: 'must be text, or an object of language code → text such as {"en": "…", "fr": "…"}' });

export const STORY_VIEWS = ['map', 'network', 'timeline', 'list'] as const;

/** The state a step sets; what it leaves out is cleared (null or []). Same meanings as the URL. */
export const StoryStateSchema = z.object({
  from: Day.nullable().optional(),
  to: Day.nullable().optional(),
  place: z.array(z.string().min(1)).optional(),
  actor: z.array(z.string().min(1)).optional(),
  event: z.string().min(1).nullable().optional(),
}).passthrough();

export const StoryStepSchema = z.object({
  title: StoryText,
  // A step may be all picture and no caption.
  text: z.union([z.literal(''), StoryText]),
  state: StoryStateSchema,
  views: z.array(z.enum(STORY_VIEWS, { error: 'must be one of map, network, timeline, list' })).min(1, 'lists no view; leave it out to show every view').optional(),
}).passthrough();

export const StorySchema = z.object({
  id: Slug,
  title: StoryText,
  steps: z.array(StoryStepSchema).min(1, 'needs at least one step'),
}).passthrough();

export const StoriesSchema = z.array(StorySchema);

export type StoryText = z.infer<typeof StoryText>;
export type StoryState = z.infer<typeof StoryStateSchema>;
export type StoryStep = z.infer<typeof StoryStepSchema>;
export type Story = z.infer<typeof StorySchema>;
