import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useStrings } from '../../ui/i18n';
import { useStoryEditor } from './StoryEditorDock';
import { StoryList } from './StoryList';
import { LIST_STRINGS } from './strings';

/** The header's "Stories" button: the list of stories, and the way into writing one. */
export function StoriesMenu() {
  const t = useStrings(LIST_STRINGS);
  const [open, setOpen] = useState(false);
  const editor = useStoryEditor();
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault(); // closing the menu is all this Escape does (the global one clears filters)
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="stories-menu" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="button"
        data-testid="stories-button"
        ref={buttonRef}
        aria-expanded={open}
        aria-controls={panelId}
        title={t.buttonHint}
        onClick={() => setOpen((o) => !o)}
      >
        {t.button}
      </button>
      {open && (
        <div className="stories-menu__panel" id={panelId} role="group" aria-label={t.heading}>
          <p className="story-list__heading">{t.heading}</p>
          <StoryList
            onPick={() => {
              setOpen(false);
              // The bar takes focus once the step is on screen (after the step's event details took it), so → steps on.
              requestAnimationFrame(() => (document.querySelector<HTMLElement>('[data-testid="story"]') ?? buttonRef.current)?.focus());
            }}
          />
          <button
            type="button"
            className="button stories-menu__write"
            data-testid="story-write"
            onClick={() => {
              setOpen(false);
              editor.setOpen(true);
            }}
          >
            {t.write}
          </button>
        </div>
      )}
    </div>
  );
}
