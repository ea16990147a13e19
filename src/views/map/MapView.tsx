import { useEffect } from 'react';
import { useDossierStore } from '../../store/store';

/** Placeholder until the view lands. */
export function MapView() {
  useEffect(() => useDossierStore.getState().markDrawn('map'), []);
  return <div data-testid="map-view" className="placeholder">MapView</div>;
}
