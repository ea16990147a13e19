import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { StoryEditor } from './StoryEditor';

interface EditorSwitch {
  open: boolean;
  setOpen(open: boolean): void;
}

const StoryEditorContext = createContext<EditorSwitch | null>(null);

/** Whether the story editor is open: the header's menu opens it, the dock beside the views shows it. */
export function StoryEditorProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const value = useMemo(() => ({ open, setOpen }), [open]);
  return <StoryEditorContext.Provider value={value}>{children}</StoryEditorContext.Provider>;
}

export function useStoryEditor(): EditorSwitch {
  const value = useContext(StoryEditorContext);
  if (!value) throw new Error('useStoryEditor must be used under <StoryEditorProvider>');
  return value;
}

/** The editor as a column beside the views (which shrink to make room), so it covers none of them. */
export function StoryEditorDock() {
  const { open, setOpen } = useStoryEditor();
  if (!open) return null;
  return (
    <StoryEditor
      onClose={() => {
        setOpen(false);
        document.querySelector<HTMLElement>('[data-testid="stories-button"]')?.focus();
      }}
    />
  );
}
