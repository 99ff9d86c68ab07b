/**
 * The Doc, its spans and the output contract (`dateline/1`), as zod schemas.
 *
 * Every span is `[start, end)` in UTF-16 code units into `article.text`
 * (JavaScript string offsets), so `text.slice(start, end)` is the evidence.
 * The JSON Schema printed by `dateline schema` is generated from `AnalysisSchema`.
 *
 * Source: ../shared/DESIGN.md, "The output contract".
 */
import { z } from 'zod';

/** A half-open character range `[start, end)` into `article.text`. */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

export const SourceSchema = z.object({
  path: z.string().nullable(),
  url: z.string().nullable(),
  id: z.string().nullable(),
  mediaType: z.enum(['text/html', 'text/plain']).nullable(),
  encoding: z.string().nullable(),
  sha256: z.string().nullable(),
  bytes: z.number().int().nullable(),
});
export type Source = z.infer<typeof SourceSchema>;

export const RemovedKind = z.enum([
  'advertisement', 'share', 'navigation', 'related', 'author-bio', 'byline', 'credit', 'caption',
  'comment', 'consent', 'newsletter', 'paywall', 'title', 'dateline', 'boilerplate', 'empty', 'other',
]);
export type RemovedKind = z.infer<typeof RemovedKind>;

export const RemovedBlockSchema = z.object({
  kind: RemovedKind,
  text: z.string(),
  /** Id of the rule that removed the block (see `extract/rules`). */
  reason: z.string(),
});
export type RemovedBlock = z.infer<typeof RemovedBlockSchema>;

export const ImageSchema = z.object({
  src: z.string().nullable(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
});
export type Image = z.infer<typeof ImageSchema>;

export const RelatedLinkSchema = z.object({
  title: z.string(),
  url: z.string().nullable(),
  rel: z.enum(['previous', 'next', 'related']),
});
export type RelatedLink = z.infer<typeof RelatedLinkSchema>;

export const ArticleSchema = z.object({
  title: z.string().nullable(),
  authors: z.array(z.string()),
  authorBio: z.string().nullable(),
  /** ISO date `YYYY-MM-DD` (or full ISO timestamp when the page gives one). */
  published: z.string().nullable(),
  modified: z.string().nullable(),
  site: z.string().nullable(),
  language: z.string().nullable(),
  /** Clean body; paragraphs separated by a blank line (`\n\n`). */
  text: z.string(),
  paragraphs: z.array(SpanSchema),
  images: z.array(ImageSchema),
  related: z.array(RelatedLinkSchema),
  removed: z.array(RemovedBlockSchema),
  /** Which source won for each metadata field: `jsonld`, `meta`, `microdata`, `time`, `dom`, `byline`, `url`, `option`, `text`. */
  provenance: z.record(z.string(), z.string()),
  flags: z.object({ paywalled: z.boolean(), truncated: z.boolean(), notArticle: z.boolean() }),
});
export type Article = z.infer<typeof ArticleSchema>;

export const SentenceSchema = SpanSchema;
export type Sentence = Span;

export const EntityType = z.enum(['PERSON', 'ORG', 'COUNTRY', 'PLACE', 'GROUP']);
export type EntityType = z.infer<typeof EntityType>;

export const MentionSchema = SpanSchema.extend({
  text: z.string(),
  /** How the mention refers: a full name, a surname, a title-only description, a demonym, a pronoun, a group phrase. */
  kind: z.enum(['name', 'short', 'title', 'demonym', 'pronoun', 'group', 'alias']).optional(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const RoleSchema = z.object({
  /** The title as written, normalized to lower case: "president", "special representative". */
  title: z.string(),
  /** The ISO alpha-3 country (or IGO code) the role is held in, when known. */
  of: z.string().nullable(),
  /** What the role is about, when the title says so ("for North Korea" -> PRK). */
  for: z.string().nullable().optional(),
  /** Sector code the title implies (GOV, MIL, ...), when it implies one. */
  sector: z.string().nullable().optional(),
});
export type Role = z.infer<typeof RoleSchema>;

export const ActorSchema = z.object({
  /** CAMEO actor code: country + sectors, e.g. `RUSGOV`, `IGOUNO`, `USA`. */
  code: z.string(),
  country: z.string().nullable(),
  sectors: z.array(z.string()),
  /** Id of the actor rule that produced the code. */
  rule: z.string(),
});
export type Actor = z.infer<typeof ActorSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  roles: z.array(RoleSchema),
  /** ISO alpha-3 country the entity belongs to (a person's nationality, an org's seat, a place's country). */
  country: z.string().nullable(),
  actor: ActorSchema.nullable(),
  mentions: z.array(MentionSchema),
  /** For GROUP entities ("the two"): the ids of the member entities. */
  members: z.array(z.string()).optional(),
  /** For PLACE (and capital) entities: gazetteer coordinates, WGS84 degrees. */
  geo: z.object({ lat: z.number(), lon: z.number(), source: z.string() }).nullable().optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

export const QuoteSchema = SpanSchema.extend({
  text: z.string(),
  speaker: z.object({ entity: z.string().nullable(), text: z.string() }).nullable(),
  /** The outlet or channel the statement was made to or through ("told ABC News"). */
  via: z.string().nullable(),
  /** Id of the quote-attribution rule. */
  rule: z.string().optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const TimeSchema = SpanSchema.extend({
  id: z.string(),
  text: z.string(),
  /** First day of the range, `YYYY-MM-DD`, or null when it cannot be resolved. */
  from: z.string().nullable(),
  /** Last day of the range (inclusive), `YYYY-MM-DD`, or null. */
  to: z.string().nullable(),
  granularity: z.enum(['day', 'week', 'month', 'year', 'unknown']),
  approximate: z.boolean(),
  /** What the range was computed from: the publication date, another event's time, the text itself, or nothing. */
  anchor: z.enum(['published', 'event', 'explicit', 'none']),
  /** For `anchor: "event"`: the id of the time expression or event it counts from. */
  anchorRef: z.string().nullable(),
  rule: z.string().optional(),
});
export type TimeExpr = z.infer<typeof TimeSchema>;

export const Factuality = z.enum(['asserted', 'planned', 'possible', 'negated']);
export type Factuality = z.infer<typeof Factuality>;

export const EventActorSchema = z.object({ entity: z.string().nullable(), code: z.string().nullable(), text: z.string().nullable() });
export type EventActor = z.infer<typeof EventActorSchema>;

export const EventSchema = z.object({
  id: z.string(),
  /** CAMEO event code (2–4 digits), e.g. `036`. Source: CAMEO manual 1.1b3. */
  code: z.string(),
  root: z.string(),
  label: z.string(),
  /** PLOVER event type (CAMEO2PLOVER-2021 table). */
  plover: z.string().nullable(),
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: z.number().int().min(1).max(4),
  /** Goldstein (1992) conflict–cooperation scale, −10..+10, as tabulated by GDELT. */
  goldstein: z.number(),
  source: EventActorSchema,
  target: EventActorSchema,
  factuality: Factuality,
  time: z.object({ time: z.string().nullable(), from: z.string().nullable(), to: z.string().nullable() }),
  place: z.object({ text: z.string().nullable(), country: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable() }),
  sentence: z.object({ index: z.number().int(), start: z.number().int(), end: z.number().int() }),
  trigger: SpanSchema.extend({ text: z.string() }),
  rule: z.string(),
  confidence: z.number().min(0).max(1),
});
export type Event = z.infer<typeof EventSchema>;

export const WarningSchema = z.object({ code: z.string(), message: z.string() });
export type Warning = z.infer<typeof WarningSchema>;

/** One analyzed input: the `dateline/1` output contract. */
export const AnalysisSchema = z.object({
  schema: z.literal('dateline/1'),
  id: z.string().optional(),
  source: SourceSchema,
  article: ArticleSchema,
  sentences: z.array(SentenceSchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  times: z.array(TimeSchema),
  events: z.array(EventSchema),
  warnings: z.array(WarningSchema),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

/** A failed input: what was known of the source and the coded error. */
export const FailureSchema = z.object({
  schema: z.literal('dateline/1'),
  id: z.string().optional(),
  source: SourceSchema,
  error: z.object({ code: z.string(), message: z.string() }),
});
export type Failure = z.infer<typeof FailureSchema>;

/** A token of `article.text` (internal; not part of the output contract). */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from the tagger (wink-nlp), e.g. `PROPN`, `VERB`. */
  pos: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/**
 * The one document that flows through the stages. Stages fill it in order:
 * load -> extract -> language (sentences, tokens, entities, quotes, times) -> actors -> events.
 */
export interface Doc {
  source: Source;
  /** Decoded input text (HTML source or scraped text), before extraction. */
  raw: string;
  id?: string;
  article: Article;
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpr[];
  events: Event[];
  warnings: Warning[];
}

// The Doc's constructors and its output view live in ./newdoc.ts, without zod: code that runs per
// page (the ingest worker threads) imports them from there and this module only as types.
export { emptyArticle, newDoc, toAnalysis } from './newdoc.js';
