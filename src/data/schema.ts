import { z } from 'zod';

/** Lowercase ASCII slug: `kim-jong-un`, `valletta`. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug such as "kim-jong-un"');

const isRealDay = (s: string) => {
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
};

/** An ISO day `YYYY-MM-DD` that exists on the calendar. */
export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD')
  .refine(isRealDay, 'is not a real calendar day');

/** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
export const EventDate = z.union([
  IsoDay,
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM-DD, or YYYY-MM when only the month is known'),
], { error: 'must be a date written YYYY-MM-DD, or YYYY-MM when only the month is known' });

export const Localized = z.object({
  en: z.string().trim().min(1, 'needs English text'),
  fr: z.string().trim().min(1, 'needs French text'),
});

/** A note in one language (a plain string) or in each of the UI's languages (`{en, fr}`). */
export const LocalizedNote = z.union([z.string(), Localized]);

export const SourceSchema = z
  .object({
    id: Slug,
    title: z.string().min(1),
    outlet: z.string().min(1),
    language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as "fr"'),
    published: IsoDay.nullable(),
    file: z.string().min(1).optional(),
    text: z.string().min(1).optional(),
  })
  .passthrough()
  .refine((s) => s.file !== undefined || s.text !== undefined, { message: 'needs either "file" or inline "text"', path: ['file'] });

export const PlaceSchema = z
  .object({
    id: Slug,
    name: Localized,
    country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO country code such as "KP"'),
    lon: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
  })
  .passthrough();

export const ACTOR_TYPES = ['person', 'organization', 'country'] as const;

export const ActorSchema = z
  .object({
    id: Slug,
    name: Localized,
    type: z.enum(ACTOR_TYPES),
    aliases: z.array(z.string().min(1)).default([]),
    role: Localized,
  })
  .passthrough();

/** The closed vocabulary of event kinds, documented in data/README.md. */
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

export const EvidenceSchema = z
  .object({
    sourceId: Slug,
    quote: z.string().trim().min(1, 'needs a verbatim quote'),
    translation: Localized.partial().optional(),
  })
  .passthrough();

export const EventSchema = z
  .object({
    id: Slug,
    date: EventDate,
    endDate: EventDate.optional(),
    placeId: Slug,
    actorIds: z.array(Slug).min(1, 'needs at least one actor'),
    kind: z.enum(EVENT_KINDS),
    title: Localized,
    summary: Localized,
    evidence: z.array(EvidenceSchema).min(1, 'needs at least one evidence quote'),
    dateNote: LocalizedNote.optional(),
    placeNote: LocalizedNote.optional(),
  })
  .passthrough();

export const DatasetSchema = z
  .object({
    schemaVersion: z.literal(1, { error: 'must be 1 (this app reads schemaVersion 1)' }),
    title: Localized,
    sources: z.array(SourceSchema).min(1, 'needs at least one source'),
    places: z.array(PlaceSchema),
    actors: z.array(ActorSchema),
    events: z.array(EventSchema),
  })
  .passthrough();

export type Dataset = z.infer<typeof DatasetSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type ActorType = Actor['type'];
export type DossierEvent = z.infer<typeof EventSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type EventKind = DossierEvent['kind'];
export type Localized = z.infer<typeof Localized>;
export type Lang = keyof Localized;
