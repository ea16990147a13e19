import { useEffect, useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { captureStep, moveItem } from '../../core/story';
import { parseUrlState } from '../../core/url-state';
import type { StoryStep } from '../../data/story-schema';
import { selectSelection, useDossierStore } from '../../store/store';
import { useDossierData } from '../../ui/dossier-context';
import { fill, useLang, useStrings } from '../../ui/i18n';
import { useDraft } from './draft-storage';
import { DraftStep } from './DraftStep';
import { downloadStory, readStoryFile } from './story-file';
import { EDITOR_STRINGS } from './strings';
import { useStepViews, useStories } from './use-stories';

/**
 * Writing a story in the app: each "Add this view as a step" captures the selection, the open event and the
 * shown views with a title and caption. The draft is kept in this browser (localStorage) and exported as
 * JSON for a dataset's `stories`.
 */
export function StoryEditor({ onClose }: { onClose: () => void }) {
  const t = useStrings(EDITOR_STRINGS);
  const lang = useLang();
  const { datasetUrl } = useDossierData();
  const [draft, setDraft] = useDraft(datasetUrl);
  const { draft: playable } = useStories();
  const stepViews = useStepViews();
  const [stepTitle, setStepTitle] = useState('');
  const [caption, setCaption] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  const setSteps = (steps: StoryStep[]) => setDraft({ ...draft, steps });

  const capture = (title: StoryStep['title'], text: StoryStep['text']): StoryStep => {
    const s = useDossierStore.getState();
    // The page's views come from its URL; a story step being played may show others.
    const views = stepViews ?? parseUrlState(window.location.search).views;
    return captureStep({ selection: selectSelection(s), eventId: s.eventId }, views, title, text);
  };

  const add = () => {
    const title = stepTitle.trim() || fill(t.stepN, { n: draft.steps.length + 1 });
    setSteps([...draft.steps, capture(title, caption.trim())]);
    setStepTitle('');
    setCaption('');
  };

  /** Moves a step and keeps focus on the same control, now in the step's new place. */
  const move = (from: number, to: number, control: string) => {
    if (to < 0 || to >= draft.steps.length || to === from) return;
    setSteps(moveItem(draft.steps, from, to));
    setAnnouncement(fill(t.moved, { n: to + 1 }));
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-step-index="${to}"] [data-control="${control}"]`)?.focus());
  };

  const remove = (index: number) => {
    setSteps(draft.steps.filter((_, i) => i !== index));
    // Focus goes to the step now in its place, else the one before, else the add button's field.
    requestAnimationFrame(() => {
      const items = listRef.current?.querySelectorAll<HTMLElement>('[data-control="title"]');
      const next = items?.[Math.min(index, items.length - 1)];
      (next ?? document.getElementById(`${headingId}-step-title`))?.focus();
    });
  };

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const result = await readStoryFile(file, lang);
    if (result.ok) {
      setDraft(result.draft);
      setError(null);
    } else setError(fill(t.badFile, { reason: result.reason }));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    onClose();
  };

  return (
    <aside className="story-editor" aria-labelledby={headingId} data-story-editor="" data-testid="story-editor" onKeyDown={onKeyDown}>
      <div className="story-editor__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>{t.heading}</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>{t.close}</button>
      </div>
      <div className="story-editor__body">
        <label className="story-editor__field">
          {t.storyTitle}
          <input data-testid="story-editor-title" value={draft.title} placeholder={t.untitled} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </label>
        <fieldset className="story-editor__new">
          <label className="story-editor__field">
            {t.stepTitle}
            <input id={`${headingId}-step-title`} data-testid="story-editor-step-title" value={stepTitle} onChange={(e) => setStepTitle(e.target.value)} />
          </label>
          <label className="story-editor__field">
            {t.caption}
            <textarea data-testid="story-editor-caption" rows={2} value={caption} onChange={(e) => setCaption(e.target.value)} />
          </label>
          <button type="button" className="button button--primary" data-testid="story-add-step" onClick={add}>{t.add}</button>
        </fieldset>
        <h3 className="story-editor__steps-heading">{t.steps}</h3>
        {draft.steps.length === 0 ? (
          <p className="story-editor__hint">{t.empty}</p>
        ) : (
          <>
            <p className="story-editor__hint">{t.reorderHint}</p>
            <ol className="story-editor__steps" ref={listRef}>
              {draft.steps.map((step, i) => (
                <DraftStep
                  key={i}
                  step={step}
                  index={i}
                  count={draft.steps.length}
                  onChange={(next) => setSteps(draft.steps.map((s, j) => (j === i ? next : s)))}
                  onCapture={() => setSteps(draft.steps.map((s, j) => (j === i ? capture(s.title, s.text) : s)))}
                  onMove={(to, control) => move(i, to, control)}
                  onRemove={() => remove(i)}
                />
              ))}
            </ol>
          </>
        )}
        <p className="visually-hidden" role="status">{announcement}</p>
        {error && <p className="story-editor__error" role="alert">{error}</p>}
      </div>
      <div className="story-editor__footer">
        <button type="button" className="button" data-testid="story-play-draft" aria-disabled={!playable}
          onClick={() => playable && useDossierStore.getState().setStoryStep(playable.id, 1)}>{t.play}</button>
        <button type="button" className="button" data-testid="story-export" aria-disabled={!playable}
          onClick={() => playable && downloadStory(playable)}>{t.export}</button>
        <label className="button story-editor__import">
          {t.import}
          <input type="file" accept=".json,application/json" className="visually-hidden" data-testid="story-import" onChange={(e) => void onImport(e)} />
        </label>
        <button type="button" className="button button--quiet" data-testid="story-discard"
          onClick={() => {
            if (!confirmDiscard) return setConfirmDiscard(true);
            setDraft(null);
            setConfirmDiscard(false);
          }}
          onBlur={() => setConfirmDiscard(false)}
        >
          {confirmDiscard ? t.discardConfirm : t.discard}
        </button>
      </div>
      <p className="story-editor__hint story-editor__saved">{t.saved}</p>
    </aside>
  );
}
