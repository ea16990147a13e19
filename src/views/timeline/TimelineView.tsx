import { useEffect } from 'react';
import { useDossierStore } from '../../store/store';

/** Placeholder until the view lands. */
export function TimelineView() {
  useEffect(() => useDossierStore.getState().markDrawn('timeline'), []);
  return <div data-testid="timeline-view" className="placeholder">TimelineView</div>;
}
