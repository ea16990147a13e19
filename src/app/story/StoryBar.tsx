import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { matchesStep, missingIds, stepTarget, storyText, type StepTarget } from '../../core/story';
import { useDossierStore } from '../../store/store';
import { fill, useLang, useStrings } from '../../ui/i18n';
import { useElementSize } from '../../ui/use-element-size';
import { applyTarget, useKnownIds } from './apply-step';
import { BAR_STRINGS } from './strings';
import { useCurrentStep, type CurrentStep } from './use-stories';
import './story.css';

/** Keys that step a story: ← → while the bar has focus, PageUp/PageDown anywhere (presentation clickers). */
const STEP_KEYS: Record<string, -1 | 1> = { ArrowLeft: -1, ArrowRight: 1, PageUp: -1, PageDown: 1 };

/** Where PageUp/PageDown belong to the control itself: the timeline's thumbs, text fields, the story editor. */
const OWNS_PAGE_KEYS = '[role="slider"], input, textarea, select, [contenteditable="true"], [data-story-editor]';

/** The story bar (`?story=`): the step's title and caption, back and on, and a way back after the user strays. */
export function StoryBar() {
  const current = useCurrentStep();
  return current ? <Bar current={current} /> : null;
}

function useOnScreen(): StepTarget {
  const s = useDossierStore(useShallow((s) => ({ from: s.from, to: s.to, places: s.places, actors: s.actors, eventId: s.eventId })));
  return useMemo(() => ({ selection: { from: s.from, to: s.to, places: s.places, actors: s.actors }, eventId: s.eventId }), [s]);
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

function Bar({ current }: { current: CurrentStep }) {
  const t = useStrings(BAR_STRINGS);
  const lang = useLang();
  const { story, n, step } = current;
  const count = story?.steps.length ?? 0;
  const barRef = useRef<HTMLElement>(null);
  const shownStep = useRef<string | null>(null);

  const known = useKnownIds();
  const target = useMemo(() => (step ? stepTarget(step.state, known) : null), [step, known]);
  const targetKey = JSON.stringify(target);
  const onScreen = useOnScreen();
  const changed = target !== null && !matchesStep(onScreen, target);
  const missing = useMemo(() => (story ? missingIds(story, known).filter((m) => m.step === n) : []), [story, known, n]);

  const apply = useCallback(() => {
    if (target !== null) applyTarget(target);
  }, [target]);

  // A new step (from the URL, the buttons, the keys or the bridge) replaces the selection before paint.
  useLayoutEffect(() => {
    if (!story) return;
    const store = useDossierStore.getState();
    if (store.step !== n) store.setStoryStep(story.id, n); // `?story=ID` alone is step 1, and says so in the URL
    const key = `${story.id}#${n}#${targetKey}`;
    if (shownStep.current === key) return;
    const first = shownStep.current === null;
    shownStep.current = key;
    apply();
    // A calm transition: the views settle in from a soft fade, unless the user asked for no motion.
    if (!first && !reducedMotion()) {
      barRef.current?.closest('.app')?.querySelector('.view-grid')?.animate([{ opacity: 0.45 }, { opacity: 1 }], { duration: 450, easing: 'ease-out' });
    }
  }, [story, n, targetKey, apply]);

  // On a phone the details cover the page: they start below the bar (story.css), which needs its height.
  const size = useElementSize(barRef);
  useLayoutEffect(() => {
    if (!size) return;
    const root = document.documentElement;
    root.style.setProperty('--story-bar-height', `${size.height + 1}px`); // + the bottom border
    return () => {
      root.style.removeProperty('--story-bar-height');
    };
  }, [size]);

  const go = useCallback((to: number) => {
    if (!story || to < 1 || to > count) return;
    // Opening an event moves focus into its details; a presenter stepping from the bar keeps the bar.
    const active = document.activeElement;
    const keep = active instanceof HTMLElement && barRef.current?.contains(active) ? active : null;
    useDossierStore.getState().setStoryStep(story.id, to);
    if (keep) requestAnimationFrame(() => (keep.isConnected ? keep : barRef.current)?.focus());
  }, [story, count]);

  const onKeyDown = (e: KeyboardEvent) => {
    const delta = STEP_KEYS[e.key];
    if (delta === undefined || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    go(n + delta);
  };

  // Clickers send PageUp/PageDown to whatever has focus: step unless that control uses the keys itself.
  useEffect(() => {
    const onPageKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || (e.key !== 'PageUp' && e.key !== 'PageDown') || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.target instanceof Element && e.target.closest(OWNS_PAGE_KEYS)) return;
      e.preventDefault();
      go(n + (e.key === 'PageUp' ? -1 : 1));
    };
    window.addEventListener('keydown', onPageKey);
    return () => window.removeEventListener('keydown', onPageKey);
  }, [go, n]);

  const close = () => {
    useDossierStore.getState().setStoryStep(null, null);
    // The bar goes: focus goes to the way back into stories, or (in an embed) to the first control of the views.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="stories-button"], .view-grid button, .view-grid [tabindex="0"]')?.focus());
  };
  const title = story ? storyText(story.title, lang) : current.id;

  return (
    <section
      className="story-bar"
      data-testid="story"
      ref={barRef}
      tabIndex={0}
      aria-label={fill(t.region, { title })}
      aria-keyshortcuts="ArrowLeft ArrowRight PageUp PageDown"
      onKeyDown={onKeyDown}
    >
      <div className="story-bar__text" aria-live="polite">
        {story && step ? (
          <div className="story-bar__step" key={n}>
            <p className="story-bar__story">{title}</p>
            <h2 className="story-bar__title" data-testid="story-title">{storyText(step.title, lang)}</h2>
            <p className="story-bar__caption" data-testid="story-caption" title={storyText(step.text, lang)}>{storyText(step.text, lang)}</p>
          </div>
        ) : (
          <p className="story-bar__caption" role="alert">{fill(t.unknown, { id: current.id })}</p>
        )}
        {missing.length > 0 && (
          <p className="story-bar__note" role="note" data-testid="story-warning">
            {fill(t.missing, { list: missing.map((m) => fill(t[m.kind], { id: m.id })).join(', ') })}
          </p>
        )}
        {changed && (
          <p className="story-bar__note" data-testid="story-changed">
            {t.changed}{' '}
            <button type="button" className="button button--quiet" data-testid="story-return" onClick={apply}>
              {fill(t.back, { n })}
            </button>
          </p>
        )}
      </div>
      <div className="story-bar__nav">
        <button type="button" className="button" data-testid="story-prev" aria-disabled={n <= 1} onClick={() => go(n - 1)} title={t.prevHint}>
          <span aria-hidden="true">‹</span><span className="story-bar__word"> {t.prev}</span>
        </button>
        <span className="story-bar__count" data-testid="story-step" title={fill(t.stepOf, { n, count })}>
          {story ? `${n} / ${count}` : '–'}
        </span>
        <button type="button" className="button button--primary" data-testid="story-next" aria-disabled={n >= count} onClick={() => go(n + 1)} title={t.nextHint}>
          <span className="story-bar__word">{t.next} </span><span aria-hidden="true">›</span>
        </button>
        <button type="button" className="button button--quiet story-bar__close" data-testid="story-close" onClick={close} aria-label={t.close} title={t.close}>
          <span aria-hidden="true">✕</span>
        </button>
      </div>
    </section>
  );
}
