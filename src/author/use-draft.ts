import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyDraft, type Draft } from '../core/propose/draft';
import { loadDraft, saveDraft } from './draft-storage';

export type SaveState = 'loading' | 'saved' | 'saving' | 'unavailable';

/** The draft dossier: read from IndexedDB once, written back after every change. */
export function useDraft(): { draft: Draft | null; update: (change: (d: Draft) => Draft) => void; replace: (d: Draft) => void; saveState: SaveState } {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('loading');
  const dirty = useRef(false);

  useEffect(() => {
    let cancelled = false;
    loadDraft()
      .then((d) => {
        if (cancelled) return;
        setDraft(d ?? emptyDraft());
        setSaveState('saved');
      })
      .catch(() => {
        if (cancelled) return;
        setDraft(emptyDraft());
        setSaveState('unavailable');
      });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!draft || !dirty.current) return;
    // Written at once (no debounce): a reload right after a change must not lose it. Writes finish in order.
    let current = true;
    setSaveState('saving');
    saveDraft(draft).then(
      () => current && setSaveState('saved'),
      () => current && setSaveState('unavailable'),
    );
    return () => {
      current = false;
    };
  }, [draft]);

  const update = useCallback((change: (d: Draft) => Draft) => {
    dirty.current = true;
    setDraft((d) => (d ? change(d) : d));
  }, []);
  const replace = useCallback((d: Draft) => {
    dirty.current = true;
    setDraft(d);
  }, []);
  return { draft, update, replace, saveState };
}
