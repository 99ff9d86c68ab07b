/**
 * Ingest heuristics and limits as data: which files a directory walk takes, which addresses a
 * fetch refuses, how long a fetch may take, which content types count as HTML, and when a feed
 * item's inline content is a full article rather than a teaser. Each entry names its source.
 */

/** One file kind recognized by extension in a directory walk. */
export interface ExtensionRule { readonly id: string; readonly suffix: string; readonly kind: InputKind; readonly reason: string }
/** What a file is read as. */
export type InputKind = 'page' | 'jsonl' | 'warc' | 'feed';

/** File kinds by (lower-cased) name suffix; longest suffix first so `.warc.gz` wins over `.gz`. */
export const EXTENSION_RULES: readonly ExtensionRule[] = Object.freeze([
  { id: 'ext-warc-gz', suffix: '.warc.gz', kind: 'warc', reason: 'gzip-compressed WARC, the usual form of crawl archives (ISO 28500 annex)' },
  { id: 'ext-warc', suffix: '.warc', kind: 'warc', reason: 'WARC crawl archive (ISO 28500)' },
  { id: 'ext-jsonl', suffix: '.jsonl', kind: 'jsonl', reason: 'JSON Lines records {id, text|html, url?, published?}' },
  { id: 'ext-html', suffix: '.html', kind: 'page', reason: 'a saved web page' },
  { id: 'ext-htm', suffix: '.htm', kind: 'page', reason: 'a saved web page (short extension)' },
  { id: 'ext-txt', suffix: '.txt', kind: 'page', reason: 'scraped article text' },
  { id: 'ext-rss', suffix: '.rss', kind: 'feed', reason: 'RSS 2.0 feed' },
  { id: 'ext-atom', suffix: '.atom', kind: 'feed', reason: 'Atom feed (RFC 4287)' },
  { id: 'ext-xml', suffix: '.xml', kind: 'feed', reason: 'feeds are often saved as .xml; a non-feed .xml is reported as E036' },
].map((r) => Object.freeze(r as ExtensionRule)));

/** Directory-walk rule `skip-hidden`: names starting with a dot (.git, .DS_Store) are not inputs. */
export const SKIP_HIDDEN = Object.freeze({ id: 'skip-hidden', prefix: '.', reason: 'dot-files and dot-directories are tool metadata, not pages' });

/** One address range a fetch refuses unless `allowPrivate`. */
export interface BlockedRange { readonly id: string; readonly net: string; readonly prefix: number; readonly family: 'ipv4' | 'ipv6'; readonly reason: string }

/**
 * Address ranges refused by the URL fetcher (server-side request forgery guard). IPv4-mapped IPv6
 * addresses (::ffff:a.b.c.d) are checked against the IPv4 ranges by Node's BlockList.
 * Sources: RFC 6890 (special-purpose registries), RFC 1918, RFC 6598, RFC 3927, RFC 4291, RFC 4193.
 */
export const BLOCKED_RANGES: readonly BlockedRange[] = Object.freeze([
  { id: 'ipv4-this-network', net: '0.0.0.0', prefix: 8, family: 'ipv4', reason: '"this network" (RFC 6890); 0.0.0.0 reaches the local host' },
  { id: 'ipv4-private-10', net: '10.0.0.0', prefix: 8, family: 'ipv4', reason: 'private (RFC 1918)' },
  { id: 'ipv4-shared-cgn', net: '100.64.0.0', prefix: 10, family: 'ipv4', reason: 'carrier-grade NAT shared space (RFC 6598)' },
  { id: 'ipv4-loopback', net: '127.0.0.0', prefix: 8, family: 'ipv4', reason: 'loopback (RFC 1122)' },
  { id: 'ipv4-link-local', net: '169.254.0.0', prefix: 16, family: 'ipv4', reason: 'link-local, incl. cloud metadata 169.254.169.254 (RFC 3927)' },
  { id: 'ipv4-private-172', net: '172.16.0.0', prefix: 12, family: 'ipv4', reason: 'private (RFC 1918)' },
  { id: 'ipv4-ietf-192-0-0', net: '192.0.0.0', prefix: 24, family: 'ipv4', reason: 'IETF protocol assignments (RFC 6890)' },
  { id: 'ipv4-private-192', net: '192.168.0.0', prefix: 16, family: 'ipv4', reason: 'private (RFC 1918)' },
  { id: 'ipv4-benchmark', net: '198.18.0.0', prefix: 15, family: 'ipv4', reason: 'benchmarking (RFC 2544)' },
  { id: 'ipv4-multicast', net: '224.0.0.0', prefix: 4, family: 'ipv4', reason: 'multicast (RFC 5771)' },
  { id: 'ipv4-reserved', net: '240.0.0.0', prefix: 4, family: 'ipv4', reason: 'reserved and broadcast (RFC 1112, RFC 919)' },
  { id: 'ipv6-unspecified', net: '::', prefix: 128, family: 'ipv6', reason: 'unspecified address (RFC 4291)' },
  { id: 'ipv6-loopback', net: '::1', prefix: 128, family: 'ipv6', reason: 'loopback (RFC 4291)' },
  { id: 'ipv6-nat64', net: '64:ff9b::', prefix: 96, family: 'ipv6', reason: 'NAT64 prefix: embeds an IPv4 address that may be private (RFC 6052)' },
  { id: 'ipv6-unique-local', net: 'fc00::', prefix: 7, family: 'ipv6', reason: 'unique-local (RFC 4193)' },
  { id: 'ipv6-link-local', net: 'fe80::', prefix: 10, family: 'ipv6', reason: 'link-local (RFC 4291)' },
  { id: 'ipv6-site-local', net: 'fec0::', prefix: 10, family: 'ipv6', reason: 'deprecated site-local (RFC 3879)' },
  { id: 'ipv6-multicast', net: 'ff00::', prefix: 8, family: 'ipv6', reason: 'multicast (RFC 4291)' },
].map((r) => Object.freeze(r as BlockedRange)));

/**
 * Fetch limits, in milliseconds and hops. Rule `fetch-limits`: a news page answers within seconds;
 * a server that stalls longer is treated as down (E031). Five redirects (issue 6) covers the usual
 * http -> https -> www -> canonical chains; RFC 9110 §15.4 asks clients to guard against redirect loops.
 */
export const FETCH_LIMITS = Object.freeze({
  id: 'fetch-limits',
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 20_000,
  bodyTimeoutMs: 20_000,
  totalTimeoutMs: 60_000,
  maxRedirects: 5,
  userAgent: 'dateline-ingest/0.1 (+news event coding)',
  reason: 'a stalled or looping server costs one input, never the batch',
});

/** Media types read as pages (rule `html-content-type`): HTML and XHTML (WHATWG HTML §16). */
export const HTML_CONTENT_TYPES: readonly string[] = Object.freeze(['text/html', 'application/xhtml+xml']);

/**
 * Rule `feed-teaser`: a feed item's description counts as the article only when its text (tags
 * removed) is at least `minChars` long; shorter is a teaser. Source: RSS 2.0 defines description as
 * the item "synopsis"; common blog software cuts excerpts at about 55 words (≈ 350 characters).
 */
export const FEED_TEASER = Object.freeze({ id: 'feed-teaser', minChars: 500, reason: 'descriptions under ~500 characters are excerpts, not articles' });

/**
 * Rule `jsonl-line-limit`: the longest JSON Lines line read, in bytes. JSON escaping lengthens text
 * (quotes, backslashes, \n), so a line may be twice MAX_INPUT_BYTES (50 MiB); the record's text is
 * still held to MAX_INPUT_BYTES when loaded. A longer line is skipped with E008, never buffered whole.
 */
export const JSONL_LINE_LIMIT = Object.freeze({ id: 'jsonl-line-limit', bytes: 2 * 50 * 1024 * 1024, reason: 'bounded memory per line while streaming' });

/**
 * V8 tuning applied by `ingestStream` before the first page is analyzed (rule `v8-batch-tiering`).
 * `--interrupt-budget` is how much bytecode a function runs before V8 considers optimizing it
 * (V8's default is 67584). A batch runs hundreds of distinct functions only a few times each;
 * with the default, V8 optimizes many of them, and in a 181-page ingest on 2 cores the optimizing
 * compiler's background threads took ~3.7 s of CPU, more than either analysis thread (~3.2 s).
 * Six times the default cut them to ~2 s: total CPU 9.1 s against 10.6 s and wall time 5.1 s
 * against 5.8 s (medians of 3 runs, bench/ingest.ts pages, per-thread CPU from /proc), and total
 * CPU by ~8% over 543 pages; the hot functions are still optimized, a little later.
 */
export const V8_BATCH_FLAGS = Object.freeze({
  id: 'v8-batch-tiering',
  flags: Object.freeze(['--interrupt-budget=400000']),
  reason: 'optimize only what a batch runs often: less compiling, same results',
});

/**
 * Rule `pipeline-split`: with two worker threads or more, ingest runs the stages up to and including
 * `after` (extraction, sentences, time expressions) in one set of threads (the head lane) and the
 * rest (entities, quotes, actors, events) in another (the tail lane), handing the Doc over between
 * them. Each V8 isolate then parses, compiles, optimizes and warms only its half of the code and
 * loads only its half of the resources (wink's model in the head; the tagger, gazetteers and
 * lexicon in the tail), a cost every isolate pays again and that dominates a batch of a few hundred
 * pages. Measured on the 181 ScrapingHub pages in one process per part (bench/ingest.ts pages,
 * CPU of all threads): head 3.5 s + tail 3.8 s against 8.5–9.0 s for two isolates running the whole
 * pipeline on half the pages each; the two halves took about the same time (3.0–3.1 s wall each).
 * `headShare` is the head lane's share of the threads (rounded down, at least one each).
 */
export const PIPELINE_SPLIT = Object.freeze({
  id: 'pipeline-split',
  after: 'timex',
  minThreads: 2,
  headShare: 0.5,
  reason: 'each thread warms half the pipeline: less compiling and fewer resources per thread',
});

/**
 * Rule `lane-merge`: a split pipeline is kept only while its halves cost about the same thread
 * time per page. When one half takes more than `ratio` times the other (means of the last `window`
 * tasks of each, once both have `minSamples`), the lanes merge for the rest of the batch: every
 * thread runs whole jobs, as without the split, and each loads and warms the other half once
 * (about a second of CPU per thread on 2 cores), so a batch merges only after `minSamples` pages,
 * when enough is likely left to pay that back. Plain-text inputs do merge: with no HTML to extract
 * the head half is light (tail/head 1.4–1.7 on the ScrapingHub articles given as JSON Lines text;
 * 0.86–0.94 on their HTML pages; windows of 64 tasks). Measured on those 181 texts repeated 5
 * times (905 records, 2 cores): 10.5–11.4 s merged at the 64th page against 12.9–13.0 s split.
 */
export const LANE_MERGE = Object.freeze({
  id: 'lane-merge',
  minSamples: 256,
  window: 64,
  ratio: 1.3,
  reason: 'an unequal split leaves the lighter lane idle; whole jobs keep every thread busy',
});

/**
 * Rule `worker-heap`: every analysis thread gets an explicit old-generation heap limit (piscina
 * `resourceLimits.maxOldGenerationSizeMb`), the limit V8 gave the process (Node sizes it from the
 * machine's memory; 4 GB on the 24 GB dev machine), at least `minMb`. Without an explicit limit, a
 * thread that exhausts its heap aborts the whole process (V8's fatal out-of-memory error, exit 134)
 * and the batch is lost up to its last write; with one, Node ends only that thread and its input
 * fails with E099 while the batch goes on. Real pages stay far below it (the worst input of the
 * hostile tests, a 1.8-million-character sentence of names, peaked at ~480 MB for the process).
 */
export const WORKER_HEAP = Object.freeze({
  id: 'worker-heap',
  minMb: 512,
  reason: 'a thread out of memory fails its input, not the whole run',
});
