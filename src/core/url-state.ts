import type { Selection } from './selection';

export type ViewName = 'map' | 'network' | 'timeline' | 'list';
export const ALL_VIEWS: readonly ViewName[] = ['map', 'network', 'timeline', 'list'];
export type Lang = 'en' | 'fr';
export type Theme = 'light' | 'dark';

/** Everything the query string carries (CONTRACT §3). */
export interface UrlState {
  selection: Selection;
  eventId: string | null;
  data: string | null;
  embed: boolean;
  views: ViewName[];
  lang: Lang | null;
  theme: Theme | null;
  /** A story of the dataset and its 1-based step (null: the first). */
  story: string | null;
  step: number | null;
  /** `zoom=1`: the timeline shows the URL's window (and a margin), not all dates; `zoom=0`: never; absent: the default. */
  zoom: boolean | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const VIEW_ALIASES: Record<string, ViewName> = { map: 'map', network: 'network', timeline: 'timeline', list: 'list', events: 'list' };

const ids = (value: string | null) =>
  [...new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean))];

export function parseViews(value: string | null): ViewName[] {
  const views = [...new Set(ids(value).map((v) => VIEW_ALIASES[v.toLowerCase()]).filter((v): v is ViewName => v !== undefined))];
  return views.length ? views : [...ALL_VIEWS];
}

function parseSwitch(value: string | null): boolean | null {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return null;
}

export function parseUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const day = (k: string) => {
    const v = q.get(k);
    return v !== null && DAY.test(v) ? v : null;
  };
  let from = day('from');
  let to = day('to');
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const lang = q.get('lang');
  const theme = q.get('theme');
  return {
    selection: { from, to, places: ids(q.get('place')), actors: ids(q.get('actor')) },
    eventId: q.get('event') || null,
    data: q.get('data') || null,
    embed: q.get('embed') === '1' || q.get('embed') === 'true',
    views: parseViews(q.get('views')),
    lang: lang === 'en' || lang === 'fr' ? lang : null,
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    story: q.get('story') || null,
    step: /^\d+$/.test(q.get('step') ?? '') ? Number(q.get('step')) : null,
    zoom: parseSwitch(q.get('zoom')),
  };
}

/**
 * Writes the selection into a query string, keeping every parameter it does not own (data, embed, views…)
 * exactly as it was, so a shared URL opens on the same selection in the same frame.
 */
export function writeUrlState(
  search: string,
  state: { selection: Selection; eventId: string | null; lang?: Lang | null; theme?: Theme | null; story?: string | null; step?: number | null },
): string {
  const q = new URLSearchParams(search);
  const set = (k: string, v: string | null | undefined) => (v ? q.set(k, v) : q.delete(k));
  set('from', state.selection.from);
  set('to', state.selection.to);
  set('place', state.selection.places.join(','));
  set('actor', state.selection.actors.join(','));
  set('event', state.eventId);
  if (state.lang !== undefined) set('lang', state.lang);
  if (state.theme !== undefined) set('theme', state.theme);
  if (state.story !== undefined) {
    set('story', state.story);
    set('step', state.story && state.step ? String(state.step) : null);
  }
  const out = q.toString().replace(/%2C/gi, ',');
  return out ? `?${out}` : '';
}
