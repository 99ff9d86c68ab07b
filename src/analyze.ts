/**
 * The library entry point: one input in, one `Analysis` (the `dateline/1` contract) out.
 */
import type { Analysis, Doc, Failure } from './doc.js';
import { newDoc, toAnalysis } from './newdoc.js';
import { newCtx, type AnalyzeOptions, type Ctx } from './context.js';
import { DatelineError } from './errors.js';
import { DictionaryError } from './events/petrarch/errors.js';
import { runPipeline, splitStages, STAGES } from './pipeline.js';
import type { Stage } from './stage.js';
import { checkOptions, failureRecord } from './records.js';
import type { Handoff } from './handoff.js';

export { checkOptions, failureRecord } from './records.js';
import { bareSource, fromBytes, fromString, MAX_INPUT_BYTES, type Loaded, type LoadResult } from './load/index.js';
import { errnoCode, readRegularFile } from './load/read.js';

/** What `analyze` accepts besides a plain string (the page's HTML or scraped text, sniffed). */
export interface AnalyzeInput {
  /** Scraped plain text. */
  text?: string;
  /** HTML source. */
  html?: string;
  /** Raw bytes of a page (encoding detected). */
  bytes?: Uint8Array;
  /** A file to read. */
  path?: string;
  /** Where the page came from (kept in `source.url`; not fetched). */
  url?: string;
  /** Caller's record id (kept in `source.id` and the top-level `id`). */
  id?: string;
  /** Publication date `YYYY-MM-DD` of this input (overrides `options.published`). */
  published?: string;
  /** Day this input was fetched, `YYYY-MM-DD` (overrides `options.crawled`): no page date later than it is kept. */
  crawled?: string;
  /** The charset the transport declared for `bytes` or `path` (an HTTP `Content-Type` charset); outranked only by a BOM. */
  charset?: string;
}

/** Checks the shape of a library input. @throws DatelineError E009 naming what is wrong. */
function checkInput(input: unknown): asserts input is string | AnalyzeInput {
  if (typeof input === 'string') return;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new DatelineError('E009', 'analyze() input must be a string or an object { text | html | bytes | path, url?, id?, published? }');
  }
  const r = input as Record<string, unknown>;
  for (const k of ['text', 'html', 'path', 'url', 'published', 'crawled', 'charset'] as const) {
    if (r[k] !== undefined && typeof r[k] !== 'string') throw new DatelineError('E009', `analyze() input.${k} must be a string`);
  }
  if (r.bytes !== undefined && !(r.bytes instanceof Uint8Array)) throw new DatelineError('E009', 'analyze() input.bytes must be a Uint8Array or Buffer');
  if (r.id !== undefined && typeof r.id !== 'string' && typeof r.id !== 'number') throw new DatelineError('E009', 'analyze() input.id must be a string or a number');
  if (r.text === undefined && r.html === undefined && r.bytes === undefined && r.path === undefined) {
    throw new DatelineError('E009', 'analyze() needs one of text, html, bytes or path');
  }
}

async function toLoaded(input: string | AnalyzeInput): Promise<Loaded> {
  if (typeof input === 'string') return fromString(input);
  const id = input.id !== undefined ? String(input.id) : null;
  const meta = { id, url: input.url ?? null };
  let loaded: Loaded;
  if (input.html !== undefined) loaded = fromString(input.html, { ...meta, mediaType: 'text/html' });
  else if (input.text !== undefined) loaded = fromString(input.text, { ...meta, mediaType: 'text/plain' });
  else if (input.bytes !== undefined) loaded = fromBytes(input.bytes, null, { url: input.url, charset: input.charset });
  else {
    const path = input.path!;
    let buf: Buffer;
    try { buf = await readRegularFile(path, MAX_INPUT_BYTES); } catch (err) {
      if (err instanceof DatelineError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      throw new DatelineError(errnoCode(err) ?? 'E005', `${code ?? 'error'}: cannot read ${path}`);
    }
    loaded = fromBytes(buf, path, { url: input.url, charset: input.charset });
  }
  if (id !== null) { loaded.source.id = id; loaded.id = id; }
  if (input.published !== undefined) loaded.published = input.published.slice(0, 10);
  if (input.crawled !== undefined) loaded.crawled = input.crawled.slice(0, 10);
  return loaded;
}

/**
 * Runs `stages` (default: all) over one loaded input, in a context that shares `base`'s caches;
 * returns the Doc and the input's context (its options carry the input's own dates).
 * Errors: DatelineError from a stage as is; anything else as E099.
 */
export async function docOfLoaded(loaded: Loaded, base: Ctx, stages: readonly Stage[] = STAGES): Promise<{ doc: Doc; ctx: Ctx }> {
  const options = {
    ...base.options,
    ...(loaded.published ? { published: loaded.published, publishedFrom: 'input' as const } : {}),
    ...(loaded.crawled ? { crawled: loaded.crawled } : {}),
  };
  checkOptions(options);
  const ctx: Ctx = { options, cache: base.cache };
  const doc = newDoc(loaded.source, loaded.raw, loaded.id);
  if (loaded.warnings) doc.warnings.push(...loaded.warnings);
  return { doc: await runStages(doc, ctx, stages), ctx };
}

/** Runs `stages` over `doc`, mapping errors as `docOfLoaded` documents. */
async function runStages(doc: Doc, ctx: Ctx, stages: readonly Stage[]): Promise<Doc> {
  try {
    return await runPipeline(doc, ctx, stages);
  } catch (err) {
    if (err instanceof DatelineError) throw err;
    // A dictionary named by `options.dictionaries` that cannot be loaded is a bad option (E009); its own code (E04x) leads the message.
    if (err instanceof DictionaryError) throw new DatelineError('E009', `${err.code}: ${err.message}`);
    // The message names the failure, not the stack: output lines stay readable and stable.
    throw new DatelineError('E099', `internal error: ${(err as Error)?.message ?? String(err)}`);
  }
}

/** The Failure record of an input that `err` stopped: its DatelineError code, or E099. */
function failureOf(source: Failure['source'], err: unknown, id?: string): Failure {
  const e = err instanceof DatelineError ? err : new DatelineError('E099', String(err));
  return failureRecord(source, e.code, e.message, id);
}

/**
 * Runs the stages up to and including `after` (see `splitStages`) over a load result. Never throws:
 * a failed load or stage gives the same Failure record as `analyzeResult`.
 */
export async function analyzeHead(res: LoadResult, base: Ctx, after: string): Promise<Handoff | Failure> {
  if (!res.ok) return failureRecord(res.source, res.code, res.message, res.id);
  try {
    const { doc, ctx } = await docOfLoaded(res, base, splitStages(after).head);
    return { handoff: 'dateline-doc/1', after, doc: { ...doc, raw: '' }, options: ctx.options };
  } catch (err) {
    return failureOf(res.source, err, res.id);
  }
}

/**
 * Runs the stages after `h.after` over a handed-off Doc and returns the Analysis. Never throws:
 * a failed stage gives the same Failure record as `analyzeResult`.
 */
export async function analyzeTail(h: Handoff, base: Ctx): Promise<Analysis | Failure> {
  try {
    return toAnalysis(await runStages(h.doc, { options: h.options, cache: base.cache }, splitStages(h.after).tail));
  } catch (err) {
    // The Doc keeps the load result's source and id (`newDoc`), so the record is analyzeResult's.
    return failureOf(h.doc.source, err, h.doc.id);
  }
}

/** Runs the pipeline over one loaded input, in a context that shares `base`'s caches. */
export async function analyzeLoaded(loaded: Loaded, base: Ctx): Promise<Analysis> {
  return toAnalysis((await docOfLoaded(loaded, base)).doc);
}

/**
 * Analyzes one page: the article, sentences, entities, quotes, time expressions and events.
 *
 * @param input a string (HTML or scraped text, told apart by content) or an `AnalyzeInput`.
 * @param options `published` anchors relative dates when the page gives no date.
 * @param ctx reuse one context across calls to share loaded gazetteers (optional).
 * @returns the `dateline/1` Analysis.
 * @throws DatelineError with a stable code (E001 missing path, E002 empty, E003 binary, E004 undecodable,
 *   E005 unreadable, E007 no article text, E008 too large, E009 bad input shape or option, E010 not a
 *   regular file, E099 internal).
 */
export async function analyze(input: string | AnalyzeInput, options: AnalyzeOptions = {}, ctx?: Ctx): Promise<Analysis> {
  if (options === null || typeof options !== 'object') throw new DatelineError('E009', 'analyze() options must be an object');
  if (ctx !== undefined && !(ctx && ctx.cache instanceof Map)) throw new DatelineError('E009', 'analyze() ctx must come from newCtx()');
  checkInput(input);
  checkOptions(options);
  const base = ctx ? { options, cache: ctx.cache } : newCtx(options);
  return analyzeLoaded(await toLoaded(input), base);
}

/** Analyzes a load result, turning every error into a `Failure` record (the batch goes on). */
export async function analyzeResult(res: LoadResult, base: Ctx): Promise<Analysis | Failure> {
  if (!res.ok) return failureRecord(res.source, res.code, res.message, res.id);
  try {
    return await analyzeLoaded(res, base);
  } catch (err) {
    return failureOf(res.source, err, res.id);
  }
}

