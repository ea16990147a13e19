import { useEffect } from 'react';
import { useDossierStore } from '../../store/store';

/** Placeholder until the view lands. */
export function NetworkView() {
  useEffect(() => useDossierStore.getState().markDrawn('network'), []);
  return <div data-testid="network-view" className="placeholder">NetworkView</div>;
}
