import { useEffect } from 'react';
import { parseBridgeMessage, sameBridgeState, type BridgeOutMessage, type BridgePatch, type BridgeState } from '../core/bridge-protocol';
import { selectStory, useDossierStore, type DossierState } from '../store/store';
import type { DossierData } from '../ui/dossier-context';

/** The story part of the bridge's state: the open story and its 1-based step (step 1 when none is named). */
function storyStateOf(s: DossierState): Pick<BridgeState, 'story' | 'step'> {
  const { story, step } = selectStory(s);
  return { story, step: story === null ? null : (step ?? 1) };
}

/** `dossier:set {story, step}`: opens a story at a step, moves within it, or closes it with `story: null`. */
function applyStoryPatch(patch: Pick<BridgePatch, 'story' | 'step'>): void {
  const s = useDossierStore.getState();
  const story = patch.story !== undefined ? patch.story : s.story;
  s.setStoryStep(story, story === null ? null : (patch.step ?? (patch.story !== undefined ? null : s.step)));
}

export function bridgeStateOf(s: DossierState): BridgeState {
  return { from: s.from, to: s.to, place: [...s.places], actor: [...s.actors], event: s.eventId, ...storyStateOf(s) };
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
  if (patch.story !== undefined || patch.step !== undefined) applyStoryPatch({ story: patch.story, step: patch.step });
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
