import { useEffect } from 'react';
import { parseBridgeMessage, sameBridgeState, type BridgeOutMessage, type BridgePatch, type BridgeState } from '../core/bridge-protocol';
import { useDossierStore, type DossierState } from '../store/store';
import type { DossierData } from '../ui/dossier-context';

/*
 * ─── Story wiring (the one place the bridge touches stories) ───────────────────────────────────────────
 * Stories (`story`, `step`) live in another part of the store. Until they are wired, the bridge reports
 * `story: null, step: null` and accepts, but ignores, `story`/`step` in a `dossier:set`. To wire them, make
 * `read` return the store's story id and 1-based step, and `apply` call the store's story action.
 */
export const storyBridge = {
  read: (_s: DossierState): Pick<BridgeState, 'story' | 'step'> => ({ story: null, step: null }),
  apply: (_patch: Pick<BridgePatch, 'story' | 'step'>): void => {},
};
/* ──────────────────────────────────────────────────────────────────────────────────────────────────────── */

export function bridgeStateOf(s: DossierState): BridgeState {
  return { from: s.from, to: s.to, place: [...s.places], actor: [...s.actors], event: s.eventId, ...storyBridge.read(s) };
}

/**
 * A `dossier:set` has the same effect as the URL: it sets the fields it names, keeps the others, and drops
 * ids this dossier does not have.
 */
export function applyBridgePatch(patch: BridgePatch, data: Pick<DossierData, 'placesById' | 'actorsById' | 'eventsById'>): void {
  const next: Partial<DossierState> = {};
  if (patch.from !== undefined) next.from = patch.from;
  if (patch.to !== undefined) next.to = patch.to;
  if (patch.place !== undefined) next.places = patch.place.filter((id) => data.placesById.has(id));
  if (patch.actor !== undefined) next.actors = patch.actor.filter((id) => data.actorsById.has(id));
  if (patch.event !== undefined) next.eventId = patch.event !== null && data.eventsById.has(patch.event) ? patch.event : null;
  if (Object.keys(next).length) useDossierStore.setState(next);
  if (patch.story !== undefined || patch.step !== undefined) storyBridge.apply({ story: patch.story, step: patch.step });
}

/** The page's natural height in CSS px: what a parent sizing its frame to the content needs. */
function naturalHeight(): number {
  return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));
}

/**
 * The embed bridge: when Dossier is framed, tells the parent page when it is ready, what its state is after
 * every change, and its natural height; and takes `dossier:set` from the parent (and from nowhere else).
 * Posts go to `window.parent` with target origin "*": the state is what the URL already shows, and a deck
 * opened from disk has an opaque origin that no exact target could name.
 */
export function useBridge(ready: boolean, data: DossierData): void {
  useEffect(() => {
    if (window.parent === window) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const patch = parseBridgeMessage(event.data);
      if (patch) applyBridgePatch(patch, data);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [data]);

  useEffect(() => {
    if (!ready || window.parent === window) return;
    const post = (message: BridgeOutMessage) => window.parent.postMessage(message, '*');
    post({ type: 'dossier:ready', version: 1 });
    let last = bridgeStateOf(useDossierStore.getState());
    post({ type: 'dossier:state', state: last });
    const unsubscribe = useDossierStore.subscribe((s) => {
      const state = bridgeStateOf(s);
      if (sameBridgeState(state, last)) return;
      last = state;
      post({ type: 'dossier:state', state });
    });

    let height = naturalHeight();
    post({ type: 'dossier:height', height });
    const observer = new ResizeObserver(() => {
      const h = naturalHeight();
      if (h === height) return;
      height = h;
      post({ type: 'dossier:height', height });
    });
    observer.observe(document.documentElement);
    observer.observe(document.body);
    return () => {
      unsubscribe();
      observer.disconnect();
    };
  }, [ready]);
}
