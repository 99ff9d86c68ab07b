/**
 * The library entry point: one input in, one `Analysis` (the `dateline/1` contract) out.
 */
import { readFile } from 'node:fs/promises';
import { newDoc, toAnalysis, type Analysis, type Failure } from './doc.js';
import { newCtx, type AnalyzeOptions, type Ctx } from './context.js';
import { DatelineError } from './errors.js';
import { runPipeline } from './pipeline.js';
import { bareSource, fromBytes, fromString, type Loaded, type LoadResult } from './load/index.js';

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
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Checks analysis options.
 * @throws DatelineError E009 when `published` is not a real `YYYY-MM-DD` date.
 */
export function checkOptions(options: AnalyzeOptions): void {
  if (options.published !== undefined) {
    const ok = ISO_DATE.test(options.published) && new Date(`${options.published}T00:00:00Z`).toISOString().slice(0, 10) === options.published;
    if (!ok) throw new DatelineError('E009', `published must be a real date YYYY-MM-DD, got "${options.published}"`);
  }
}

async function toLoaded(input: string | AnalyzeInput): Promise<Loaded> {
  if (typeof input === 'string') return fromString(input);
  const meta = { id: input.id ?? null, url: input.url ?? null };
  let loaded: Loaded;
  if (input.html !== undefined) loaded = fromString(input.html, { ...meta, mediaType: 'text/html' });
  else if (input.text !== undefined) loaded = fromString(input.text, { ...meta, mediaType: 'text/plain' });
  else if (input.bytes !== undefined) loaded = fromBytes(input.bytes, null, { url: input.url });
  else if (input.path !== undefined) {
    let buf: Buffer;
    try { buf = await readFile(input.path); } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new DatelineError(code === 'ENOENT' ? 'E001' : 'E005', `${code ?? 'error'}: cannot read ${input.path}`);
    }
    loaded = fromBytes(buf, input.path, { url: input.url });
  } else throw new DatelineError('E002', 'analyze() needs text, html, bytes or path');
  if (input.id !== undefined) { loaded.source.id = input.id; loaded.id = input.id; }
  if (input.published !== undefined) loaded.published = input.published;
  return loaded;
}

/** Runs the pipeline over one loaded input, in a context that shares `base`'s caches. */
export async function analyzeLoaded(loaded: Loaded, base: Ctx): Promise<Analysis> {
  const options = { ...base.options, ...(loaded.published ? { published: loaded.published, publishedFrom: 'input' as const } : {}) };
  checkOptions(options);
  const ctx: Ctx = { options, cache: base.cache };
  const doc = newDoc(loaded.source, loaded.raw, loaded.id);
  try {
    return toAnalysis(await runPipeline(doc, ctx));
  } catch (err) {
    if (err instanceof DatelineError) throw err;
    throw new DatelineError('E099', `internal error: ${(err as Error)?.stack ?? String(err)}`);
  }
}

/**
 * Analyzes one page: the article, sentences, entities, quotes, time expressions and events.
 *
 * @param input a string (HTML or scraped text, told apart by content) or an `AnalyzeInput`.
 * @param options `published` anchors relative dates when the page gives no date.
 * @param ctx reuse one context across calls to share loaded gazetteers (optional).
 * @returns the `dateline/1` Analysis.
 * @throws DatelineError with a stable code (E001 missing path, E002 empty, E003 binary, E004 undecodable,
 *   E007 no article text, E008 too large, E009 bad option, E099 internal).
 */
export async function analyze(input: string | AnalyzeInput, options: AnalyzeOptions = {}, ctx?: Ctx): Promise<Analysis> {
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
    const e = err instanceof DatelineError ? err : new DatelineError('E099', String(err));
    return failureRecord(res.source, e.code, e.message, res.id);
  }
}

/** A failure line of the output contract. */
export function failureRecord(source: Failure['source'] | null, code: string, message: string, id?: string): Failure {
  const src = source ?? bareSource(null);
  return id !== undefined
    ? { schema: 'dateline/1', id, source: src, error: { code, message } }
    : { schema: 'dateline/1', source: src, error: { code, message } };
}
