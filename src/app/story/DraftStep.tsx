import type { KeyboardEvent } from 'react';
import { formatDate } from '../../core/format';
import { stepTarget, storyText } from '../../core/story';
import type { StoryStep } from '../../data/story-schema';
import { useDossierData } from '../../ui/dossier-context';
import { fill, loc, useLang, useStrings } from '../../ui/i18n';
import { applyTarget, useKnownIds } from './apply-step';
import { EDITOR_STRINGS } from './strings';

interface Props {
  step: StoryStep;
  index: number;
  count: number;
  onChange(step: StoryStep): void;
  /** Replaces the step's state with what is on screen. */
  onCapture(): void;
  /** Moves the step to `to`; `control` is the control to keep focus on. */
  onMove(to: number, control: string): void;
  onRemove(): void;
}

/** One step of the draft: its title and caption (editable), what it shows, and show / move / remove. */
export function DraftStep({ step, index, count, onChange, onCapture, onMove, onRemove }: Props) {
  const t = useStrings(EDITOR_STRINGS);
  const lang = useLang();
  const data = useDossierData();
  const known = useKnownIds();
  const { state } = step;
  const show = () => applyTarget(stepTarget(state, known));

  // Alt + ↑ / ↓ anywhere in a step moves it, focus following (a keyboard's drag and drop).
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const control = (e.target as HTMLElement).closest<HTMLElement>('[data-control]')?.dataset.control ?? 'title';
    onMove(index + (e.key === 'ArrowUp' ? -1 : 1), control);
  };

  const names = (ids: readonly string[] | undefined, byId: ReadonlyMap<string, { name: Parameters<typeof loc>[0] }>) =>
    (ids ?? []).map((id) => { const r = byId.get(id); return r ? loc(r.name, lang) : id; });
  const event = state.event ? data.eventsById.get(state.event) : undefined;
  const summary = [
    state.from || state.to ? `${state.from ? formatDate(state.from, lang) : '…'} – ${state.to ? formatDate(state.to, lang) : '…'}` : t.allDates,
    ...names(state.place, data.placesById),
    ...names(state.actor, data.actorsById),
    event ? `${t.event}: ${loc(event.title, lang)}` : state.event ?? '',
    step.views ? fill(t.views, { list: step.views.join(', ') }) : '',
  ].filter(Boolean).join(' · ');
  const label = fill(t.stepN, { n: index + 1 });

  return (
    <li className="story-editor__step" data-step-index={index} data-testid="story-draft-step" onKeyDown={onKeyDown}>
      <input
        data-control="title"
        aria-label={`${label}: ${t.stepTitle}`}
        value={storyText(step.title, lang)}
        onChange={(e) => onChange({ ...step, title: e.target.value })}
      />
      <textarea
        data-control="caption"
        rows={2}
        aria-label={`${label}: ${t.caption}`}
        value={storyText(step.text, lang)}
        onChange={(e) => onChange({ ...step, text: e.target.value })}
      />
      <p className="story-editor__summary">{summary}</p>
      <div className="story-editor__actions" role="group" aria-label={label}>
        <button type="button" className="button" data-control="show" onClick={show}>{t.show}</button>
        <button type="button" className="button" data-control="capture" onClick={onCapture}>{t.replace}</button>
        <button type="button" className="button" data-control="up" aria-disabled={index === 0} aria-label={`${t.up} (${label})`} onClick={() => onMove(index - 1, 'up')}>↑</button>
        <button type="button" className="button" data-control="down" aria-disabled={index === count - 1} aria-label={`${t.down} (${label})`} onClick={() => onMove(index + 1, 'down')}>↓</button>
        <button type="button" className="button button--quiet" data-control="remove" onClick={onRemove}>{t.remove}</button>
      </div>
    </li>
  );
}
