/**
 * The embed bridge's messages (postMessage between Dossier in an iframe and the page around it). Plain
 * objects only: anything malformed, or of another `type`, is ignored — these functions never throw and
 * never keep a string they have not checked.
 */

/** What the app reports and what a parent may set: the URL's state (from, to, place, actor, event, story, step). */
export interface BridgeState {
  from: string | null;
  to: string | null;
  place: string[];
  actor: string[];
  event: string | null;
  story: string | null;
  step: number | null;
}

export type BridgeOutMessage =
  | { type: 'dossier:ready'; version: 1 }
  | { type: 'dossier:state'; state: BridgeState }
  | { type: 'dossier:height'; height: number };

/** A `dossier:set`: only the fields the parent named. */
export type BridgePatch = Partial<BridgeState>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Ids are slugs in the bundled dataset, but a user's dataset may use other characters: cap the length only. */
const MAX_ID = 200;
const MAX_IDS = 1000;

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

type FieldReader = (v: unknown) => { ok: true; value: unknown } | { ok: false };
const ok = (value: unknown) => ({ ok: true as const, value });
const bad = { ok: false as const };

const day: FieldReader = (v) => (v === null ? ok(null) : typeof v === 'string' && DAY.test(v) ? ok(v) : bad);
const idOrNull: FieldReader = (v) => (v === null ? ok(null) : isId(v) ? ok(v) : bad);
const idList: FieldReader = (v) =>
  Array.isArray(v) && v.length <= MAX_IDS && v.every(isId) ? ok([...new Set(v as string[])]) : v === null ? ok([]) : bad;
const stepNumber: FieldReader = (v) => (v === null ? ok(null) : Number.isInteger(v) && (v as number) >= 1 ? ok(v) : bad);

const FIELDS: Record<keyof BridgeState, FieldReader> = {
  from: day, to: day, place: idList, actor: idList, event: idOrNull, story: idOrNull, step: stepNumber,
};

/**
 * Reads a message from the parent. Returns the patch of a well-formed `dossier:set`, else null. A message
 * with any named field of the wrong type is refused whole (a half-applied state would be worse than none);
 * fields it does not know are ignored, so a newer parent can talk to an older app.
 */
export function parseBridgeMessage(data: unknown): BridgePatch | null {
  if (!isPlainObject(data) || data.type !== 'dossier:set' || !isPlainObject(data.state)) return null;
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(FIELDS) as (keyof BridgeState)[]) {
    if (!Object.hasOwn(data.state, key)) continue;
    const read = FIELDS[key](data.state[key]);
    if (!read.ok) return null;
    patch[key] = read.value;
  }
  const { from, to } = patch as BridgePatch;
  if (typeof from === 'string' && typeof to === 'string' && from > to) [patch.from, patch.to] = [to, from];
  return patch as BridgePatch;
}

export function sameBridgeState(a: BridgeState, b: BridgeState): boolean {
  const sameList = (x: string[], y: string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return a.from === b.from && a.to === b.to && a.event === b.event && a.story === b.story && a.step === b.step
    && sameList(a.place, b.place) && sameList(a.actor, b.actor);
}
