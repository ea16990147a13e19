import { storyWarnings, type KnownIds } from '../core/story';
import type { ProblemCollector } from './problems';
import { StoriesSchema } from './story-schema';

/**
 * A dataset's optional `stories`, in the same pass as its records: a malformed story is an error (the file
 * says what it is and where); a step naming an id the dataset lacks is a warning, and the step shows the rest.
 */
export function checkStories(stories: unknown, known: KnownIds, out: ProblemCollector): void {
  if (stories === undefined) return;
  const parsed = StoriesSchema.safeParse(stories);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 200)) {
      const where = ['stories', ...issue.path].map((k) => (typeof k === 'number' ? `[${k}]` : ` › ${String(k)}`)).join('').replace(/^ › /, '');
      out.error(where.replace(/ › \[/g, '['), issue.code === 'invalid_type' && issue.input === undefined ? 'is missing (required field)' : issue.message);
    }
    return;
  }
  for (const p of storyWarnings(parsed.data, known)) out.warning(p.where, p.message);
}
