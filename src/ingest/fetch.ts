/**
 * Fetching a page by URL through undici, guarded: only http(s); the address actually connected to
 * is checked against BLOCKED_RANGES (private, loopback, link-local, unique-local; IPv4, IPv6 and
 * IPv4-mapped) at every redirect hop, so DNS answers cannot smuggle a private target; at most
 * FETCH_LIMITS.maxRedirects redirects; connect, headers, body and total timeouts; a body decoded per
 * its Content-Encoding (gzip, deflate, br) with the size limit counted on the decoded bytes, so a
 * compression bomb stops at the limit (E008); HTML content types only.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Agent, request as Request } from 'undici';
import { DatelineError } from '../errors.js';
import { MAX_INPUT_BYTES } from '../load/index.js';
import { IngestError } from './errors.js';
import { isHtmlType, parseContentType } from './media.js';
import { BLOCKED_RANGES, FETCH_LIMITS, type BlockedRange } from './rules.js';

/** A fetched page: final URL after redirects, body bytes, the HTTP charset and the fetch day. */
export interface Fetched { url: string; bytes: Buffer; charset: string | null; contentType: string | null; day: string }

/** Fetch settings; every field has a default from FETCH_LIMITS and MAX_INPUT_BYTES. */
export interface FetchSettings {
  allowPrivate?: boolean;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxRedirects?: number;
  maxBytes?: number;
}

/**
 * The BLOCKED_RANGES rule an address falls in, or null when it is public. Accepts IPv4, IPv6
 * (with or without brackets or a `%zone`) and IPv4-mapped IPv6 (`::ffff:127.0.0.1`, `::ffff:7f00:1`).
 * Returns null for a string that is not an IP address.
 */
export function blockedRange(address: string): BlockedRange | null {
  const addr = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(addr);
  if (family === 0) return null;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const r of BLOCKED_RANGES) {
    const one = new BlockList();
    one.addSubnet(r.net, r.prefix, r.family);
    if (one.check(addr, type)) return r;
  }
  return null;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net/tls connect that resolves every address of the host and keeps only the ones
 * outside BLOCKED_RANGES (all, when `allowPrivate`). No address left: IngestError E030.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { family?: number; all?: boolean } | number, callback: LookupCallback): void => {
    const opts = typeof options === 'number' ? { family: options } : (options ?? {});
    dnsLookup(hostname, { family: opts.family ?? 0, all: true }, (err, addrs) => {
      if (err) { callback(err, []); return; }
      const ok = allowPrivate ? addrs : addrs.filter((a) => blockedRange(a.address) === null);
      if (ok.length === 0) {
        const rule = blockedRange(addrs[0]?.address ?? '');
        callback(new IngestError('E030', `${hostname} resolves to a refused address ${addrs.map((a) => a.address).join(', ')} (rule ${rule?.id ?? 'none'})`), []);
        return;
      }
      if (opts.all) callback(null, ok);
      else callback(null, ok[0]!.address, ok[0]!.family);
    });
  };
}

/** Checks a URL before connecting: http(s) only; an IP-literal host (never looked up) must be public. @throws IngestError E030 */
export function checkUrl(url: URL, allowPrivate: boolean): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new IngestError('E030', `only http and https URLs are fetched, not ${url.protocol} (${url.href})`);
  if (allowPrivate) return;
  const rule = blockedRange(url.hostname);
  if (rule) throw new IngestError('E030', `refused address ${url.hostname} (rule ${rule.id}: ${rule.reason})`);
  if (url.hostname === 'localhost' || url.hostname.endsWith('.localhost')) throw new IngestError('E030', `refused host ${url.hostname} (loopback name, RFC 6761)`);
}

/** The stable code for an error thrown while fetching (looks through `cause`). */
function fetchError(err: unknown, url: string, timedOut: boolean): Error {
  for (let e = err as (Error & { code?: string; cause?: unknown }) | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e instanceof IngestError || e instanceof DatelineError) return e;
    if (e.code === 'UND_ERR_CONNECT_TIMEOUT' || e.code === 'UND_ERR_HEADERS_TIMEOUT' || e.code === 'UND_ERR_BODY_TIMEOUT') {
      return new IngestError('E031', `${e.code}: ${url}`);
    }
  }
  if (timedOut) return new IngestError('E031', `total time limit reached: ${url}`);
  const e = err as Error & { code?: string };
  return new IngestError('E038', `${e?.code ?? e?.name ?? 'error'}: ${e?.message ?? String(err)} (${url})`);
}

/** Drops a response body we will not read; its abort error is expected, not an uncaught exception. */
function discard(body: { destroy(): unknown; on(ev: 'error', fn: () => void): unknown }): void {
  body.on('error', () => {});
  body.destroy();
}

/** Reads a body stream to the end, failing past `max` bytes. @throws DatelineError E008 */
async function readLimited(body: AsyncIterable<Uint8Array> & { destroy(): unknown; on(ev: 'error', fn: () => void): unknown }, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > max) { discard(body); throw new DatelineError('E008', `response is over ${max} bytes`); }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** Content codings the fetcher decodes (RFC 9110 §8.4.1; `x-gzip` is gzip, §8.4.1.3). */
const DECODERS: Readonly<Record<string, () => NodeJS.ReadWriteStream>> = Object.freeze({
  gzip: () => createGunzip(), 'x-gzip': () => createGunzip(), deflate: () => createInflate(), br: () => createBrotliDecompress(),
});

/**
 * The body decoded per its `Content-Encoding` list (codings applied in order, so removed last first);
 * `identity` and an absent header leave it as is. Size limits are then counted on the decoded bytes.
 * @throws IngestError E034 for a coding not in DECODERS (e.g. `compress`, `zstd`).
 */
export function decodedBody(body: Readable, contentEncoding: string | null, url: string): Readable {
  const codings = (contentEncoding ?? '').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c && c !== 'identity');
  if (codings.length === 0) return body;
  const unknown = codings.find((c) => !(c in DECODERS));
  if (unknown) throw new IngestError('E034', `content encoding ${unknown} is not supported: ${url}`);
  const decoders = codings.reverse().map((c) => DECODERS[c]!());
  return pipeline([body, ...decoders] as unknown as [Readable, NodeJS.ReadWriteStream], () => {}) as unknown as Readable;
}

/** A URL fetcher holding one connection pool; `close()` it when the batch ends. */
export interface Fetcher { fetch(url: string, signal?: AbortSignal): Promise<Fetched>; close(): Promise<void> }

/** A new Fetcher with `settings` (defaults: FETCH_LIMITS, MAX_INPUT_BYTES, private addresses refused). */
export function newFetcher(settings: FetchSettings = {}): Fetcher {
  const s = {
    allowPrivate: settings.allowPrivate ?? false,
    connectTimeoutMs: settings.connectTimeoutMs ?? FETCH_LIMITS.connectTimeoutMs,
    headersTimeoutMs: settings.headersTimeoutMs ?? FETCH_LIMITS.headersTimeoutMs,
    bodyTimeoutMs: settings.bodyTimeoutMs ?? FETCH_LIMITS.bodyTimeoutMs,
    totalTimeoutMs: settings.totalTimeoutMs ?? FETCH_LIMITS.totalTimeoutMs,
    maxRedirects: settings.maxRedirects ?? FETCH_LIMITS.maxRedirects,
    maxBytes: settings.maxBytes ?? MAX_INPUT_BYTES,
  };
  // undici is loaded with the first fetcher, not with the ingest module: most batches fetch nothing,
  // and loading it costs ~90 ms of CPU at start-up.
  const client = import('undici').then(({ Agent, request }): Client => ({
    request,
    agent: new Agent({
      connect: { timeout: s.connectTimeoutMs, lookup: guardedLookup(s.allowPrivate) as never },
      headersTimeout: s.headersTimeoutMs,
      bodyTimeout: s.bodyTimeoutMs,
    }),
  }));
  return { fetch: async (url, signal) => fetchWith(await client, s, url, signal), close: async () => (await client).agent.close() };
}

/** undici's `request` and the connection pool (Agent) of one fetcher. */
interface Client { request: typeof Request; agent: Agent }

/**
 * Fetches `url` following up to `s.maxRedirects` redirects, each hop checked.
 * @throws IngestError E030 refused, E031 timeout, E032 HTTP status, E033 redirects, E034 content type,
 *   E038 network; DatelineError E008 too large.
 */
async function fetchWith({ agent, request }: Client, s: Required<FetchSettings>, url: string, signal?: AbortSignal): Promise<Fetched> {
  let current: URL;
  try { current = new URL(url); } catch { throw new IngestError('E030', `not a valid URL: ${url}`); }
  const deadline = AbortSignal.timeout(s.totalTimeoutMs);
  const both = signal ? AbortSignal.any([signal, deadline]) : deadline;
  for (let hop = 0; ; hop++) {
    checkUrl(current, s.allowPrivate);
    let res;
    try {
      res = await request(current, {
        dispatcher: agent, method: 'GET', signal: both,
        headers: { 'user-agent': FETCH_LIMITS.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'accept-encoding': 'gzip, deflate, br' },
      });
    } catch (err) { throw fetchError(err, current.href, deadline.aborted); }
    const { statusCode, headers } = res;
    const header = (name: string): string | null => { const v = headers[name]; return Array.isArray(v) ? v[0] ?? null : v ?? null; };
    if ([301, 302, 303, 307, 308].includes(statusCode)) {
      discard(res.body);
      const location = header('location');
      if (!location) throw new IngestError('E032', `HTTP ${statusCode} without a Location header: ${current.href}`);
      if (hop >= s.maxRedirects) throw new IngestError('E033', `more than ${s.maxRedirects} redirects from ${url}`);
      try { current = new URL(location, current); } catch { throw new IngestError('E032', `HTTP ${statusCode} with a bad Location ${JSON.stringify(location)}`); }
      continue;
    }
    if (statusCode < 200 || statusCode > 299) { discard(res.body); throw new IngestError('E032', `HTTP ${statusCode}: ${current.href}`); }
    const ct = parseContentType(header('content-type'));
    if (ct !== null && !isHtmlType(ct)) { discard(res.body); throw new IngestError('E034', `content type ${ct.type} is not HTML: ${current.href}`); }
    const length = Number(header('content-length') ?? NaN);
    if (length > s.maxBytes) { discard(res.body); throw new DatelineError('E008', `response is ${length} bytes; the limit is ${s.maxBytes}`); }
    const encoding = header('content-encoding');
    let body: Readable;
    try { body = decodedBody(res.body as unknown as Readable, encoding, current.href); } catch (err) { discard(res.body); throw err; }
    let bytes: Buffer;
    try { bytes = await readLimited(body, s.maxBytes); } catch (err) {
      const zlib = (err as { code?: string })?.code;
      if (zlib && /^(Z_|ERR_BROTLI|ERR_ZLIB)/.test(zlib) && !deadline.aborted) throw new IngestError('E038', `cannot decode the ${encoding} body (${zlib}): ${current.href}`);
      throw fetchError(err, current.href, deadline.aborted);
    }
    return { url: current.href, bytes, charset: ct?.charset ?? null, contentType: ct?.type ?? null, day: new Date().toISOString().slice(0, 10) };
  }
}
