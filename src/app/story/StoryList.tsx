import { storyText } from '../../core/story';
import { useDossierStore } from '../../store/store';
import { fill, useLang, useStrings } from '../../ui/i18n';
import { LIST_STRINGS } from './strings';
import { useStories } from './use-stories';
import './story.css';

/**
 * The dataset's stories (and the user's draft, once it has a step) as buttons that open each at its first
 * step. Self-contained, so any menu can hold it: the header's, or an embed's.
 */
export function StoryList({ onPick }: { onPick?: () => void }) {
  const t = useStrings(LIST_STRINGS);
  const lang = useLang();
  const { stories, draft } = useStories();
  const playing = useDossierStore((s) => s.story);
  if (stories.length === 0) return <p className="story-list__heading">{t.none}</p>;
  return (
    <ul className="story-list" data-testid="story-list" aria-label={t.heading}>
      {stories.map((story) => (
        <li key={story.id}>
          <button
            type="button"
            className="button story-list__item"
            data-story-id={story.id}
            aria-current={playing === story.id}
            onClick={() => {
              useDossierStore.getState().setStoryStep(story.id, 1);
              onPick?.();
            }}
          >
            {storyText(story.title, lang)}
            <span className="story-list__meta">
              {story.steps.length === 1 ? t.oneStep : fill(t.steps, { count: story.steps.length })}
              {story === draft ? ` · ${t.draft}` : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
