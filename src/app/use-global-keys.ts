import { useEffect } from 'react';
import { useDossierStore } from '../store/store';

/**
 * Escape clears every part of the filter (CONTRACT §2). Widgets that own Escape themselves (an open
 * listbox, the details dialog) handle it first and call `preventDefault()`.
 */
export function useGlobalKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      useDossierStore.getState().clearFilters();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
