/**
 * The explicit context every stage receives: options and lazily loaded resources
 * (gazetteers, dictionaries). No module keeps mutable state; caches live here.
 */

/** Options of one analysis run. */
export interface AnalyzeOptions {
  /** Anchor for relative dates when the page gives no publication date, `YYYY-MM-DD`. */
  published?: string;
  /** Where `published` came from, named in `article.provenance.published`: the command line (`option`) or the input record (`input`). */
  publishedFrom?: 'option' | 'input';
  /**
   * When the page was fetched, `YYYY-MM-DD`: no date read from the page may be later than this day
   * (a later date is a template's "today" or a typo, and is dropped with its provenance).
   */
  crawled?: string;
  /**
   * PETRARCH/Phoenix-format dictionaries to load (file paths): `actors` (actor names with
   * date-bounded codes), `agents` (agent words -> sector codes), `verbs` (verb patterns -> CAMEO
   * codes; when given, they replace dateline's own event rules) and `discards`. See
   * `src/events/petrarch/`. Errors: an unreadable or malformed file fails the run with E040–E049.
   */
  dictionaries?: DictionaryPaths;
}

/** Paths of PETRARCH/Phoenix-format dictionary files, by kind. */
export interface DictionaryPaths {
  actors?: readonly string[];
  agents?: readonly string[];
  verbs?: readonly string[];
  discards?: readonly string[];
}

/** Per-run context. `cache` holds resources keyed by name; stages create them through `resource()`. */
export interface Ctx {
  options: AnalyzeOptions;
  cache: Map<string, unknown>;
}

/** A new context for `options`. */
export function newCtx(options: AnalyzeOptions = {}): Ctx {
  return { options, cache: new Map() };
}

/**
 * Returns the resource named `key` from the context, building it with `make` on first use.
 * Use for gazetteers and dictionaries that are costly to build and shared by stages.
 */
export function resource<T>(ctx: Ctx, key: string, make: () => T): T {
  if (!ctx.cache.has(key)) ctx.cache.set(key, make());
  return ctx.cache.get(key) as T;
}
