import { storyText } from '../../core/story';
import { StorySchema, type Story } from '../../data/story-schema';
import type { StoryDraft } from './draft-storage';

/** Downloads a story as `{"stories": [story]}`: the dataset's `stories` key, ready to paste or merge. */
export function downloadStory(story: Story): void {
  const blob = new Blob([`${JSON.stringify({ stories: [story] }, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `story-${story.id}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export type StoryFileResult = { ok: true; draft: StoryDraft } | { ok: false; reason: string };

/**
 * Reads a story back into the editor from an exported file (`{"stories": [...]}`), a bare array of stories or
 * one story; the first story is taken. Nothing in the file is evaluated or rendered as HTML.
 */
export function parseStoryJson(text: string, lang: string): StoryFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `not JSON (${(err as Error).message})` };
  }
  const list = Array.isArray(value) ? value : (value as { stories?: unknown })?.stories ?? value;
  const first: unknown = Array.isArray(list) ? list[0] : list;
  const parsed = StorySchema.safeParse(first);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `${issue.path.join(' › ') || 'the story'} ${issue.message}` };
  }
  return { ok: true, draft: { title: storyText(parsed.data.title, lang), steps: parsed.data.steps } };
}

export async function readStoryFile(file: File, lang: string): Promise<StoryFileResult> {
  return parseStoryJson(await file.text(), lang);
}
