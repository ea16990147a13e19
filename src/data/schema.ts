import type { Story } from './story-schema';

/**
 * The dataset format (schemaVersion 1) as TypeScript types. What a file must hold to be accepted is checked by
 * `validate.ts` (a hand-written single-pass checker: it has to stay fast for a million events and report every
 * problem at once, located by record id or CSV line); these types are what the app reads once it has passed.
 */

/** Human text: a plain string, or language code → text (`{"en": …, "fr": …}`, `{"de": …}`). */
export type Text = string | Readonly<Record<string, string>>;

/** Kept for code that spoke of "localized" text before any language map was allowed. */
export type Localized = Text;

export const ACTOR_TYPES = ['person', 'organization', 'country'] as const;
/** `unknown` is what the loader writes when a user's dataset leaves `type` out. */
export type ActorType = (typeof ACTOR_TYPES)[number] | 'unknown';

/** The documented kinds: they get a colour family and a translated label (data/README.md). */
export const EVENT_KINDS = [
  'meeting',
  'call',
  'visit',
  'signature',
  'ratification',
  'entry-into-force',
  'statement',
  'accusation',
  'report',
  'deployment',
  'military-action',
  'appointment',
  'demonstration',
] as const;
export type DocumentedKind = (typeof EVENT_KINDS)[number];
/** Kinds are open: any slug; a missing kind is loaded as `other`. */
export type EventKind = string;

export interface Source {
  id: string;
  title?: string;
  outlet?: string;
  language?: string;
  published?: string | null;
  /** Path of the article text, relative to the repo root (`data/sources/…`). */
  file?: string;
  /** The article text inline. A CSV source has neither `file` nor `text`: only its quotes are known. */
  text?: string;
  /** A link to the article; shown as a link only when it is http or https. */
  url?: string;
}

export interface Place {
  id: string;
  name: Text;
  country?: string;
  lon: number;
  lat: number;
}

export interface Actor {
  id: string;
  name: Text;
  type: ActorType;
  aliases?: string[];
  role?: Text;
}

export interface Evidence {
  sourceId: string;
  quote: string;
  /** The quote rendered in other languages (`{en: …}`). */
  translation?: Readonly<Record<string, string>>;
}

export interface DossierEvent {
  id: string;
  date: string;
  endDate?: string;
  placeId: string;
  actorIds: string[];
  kind: EventKind;
  title: Text;
  summary?: Text;
  evidence: Evidence[];
  dateNote?: Text;
  placeNote?: Text;
}

export interface Dataset {
  schemaVersion: 1;
  /** Defaults to the file name when a user's dataset has none. */
  title: Text;
  sources: Source[];
  places: Place[];
  actors: Actor[];
  events: DossierEvent[];
  /** Guided paths through the dossier (optional; format in story-schema.ts). */
  stories?: Story[];
}

export type Lang = 'en' | 'fr';
