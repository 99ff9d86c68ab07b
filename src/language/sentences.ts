/**
 * Sentence splitting and tokenization: wink-nlp per paragraph, token spans recomputed against
 * `article.text`, then boundary repairs (abbreviations, initials) from `rules/abbreviations.ts`.
 * Paragraph boundaries are always sentence boundaries.
 */
import type { Ctx } from '../context.js';
import type { Doc, Span, Token } from '../doc.js';
import type { Stage } from '../stage.js';
import { wink } from './nlp.js';
import { TITLE_ABBREVIATIONS, MONTH_ABBREVIATIONS, INITIALISM_PATTERN, INITIAL_PATTERN } from './rules/abbreviations.js';

/** A token before sentence assignment: span, text and POS. */
interface RawToken { start: number; end: number; text: string; pos: string }

/** Sentences and tokens of a text. Token `sentence` indexes into `sentences`. */
export interface Segmentation { sentences: Span[]; tokens: Token[] }

/**
 * Rule `long-run-mask`: a run of more than `value` non-whitespace characters is hidden from wink
 * (replaced, length kept, by one placeholder word and spaces) and becomes one token of its own.
 * Reason: wink's model features run a backtracking regex over each token, quadratic in its length
 * (measured: a 50,000-character word 3.6 s, 200,000 characters 39 s). English words and ordinary
 * URLs stay under 64 characters in news text; longer runs are residue (hashes, base64, run-on junk).
 */
export const LONG_RUN_MASK: Readonly<{ id: string; reason: string; value: number; placeholder: string }> = Object.freeze({
  id: 'long-run-mask',
  reason: 'wink tokenization is quadratic in token length; no real word is this long',
  value: 64,
  placeholder: 'x',
});

/** Up to 3 closing marks kept visible to wink after a masked run, so a final period still ends the sentence. */
const RUN_TAIL = /[.!?)\]”’"']{1,3}$/u;

/** A masked run: `[start, end)` relative to the paragraph. */
interface Masked { start: number; end: number }

/** True when `body` has a run of more than `limit` non-whitespace UTF-16 units (as `run.length` counts). Linear. */
function hasLongRun(body: string, limit: number): boolean {
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    if (isSpace(body.charCodeAt(i))) n = 0;
    else if (++n > limit) return true;
  }
  return false;
}

/** True for a UTF-16 unit that `/\s/` matches (ASCII answered directly). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(String.fromCharCode(c));
}

/**
 * Masks every non-whitespace run longer than {@link LONG_RUN_MASK} (see there): the run, minus up
 * to 3 closing marks, becomes the placeholder word followed by spaces. Returns the text for wink
 * (same length as `body`, so offsets agree) and the masked ranges keyed by their start.
 * Linear in `body.length`.
 */
export function maskLongRuns(body: string): { masked: string; runs: Map<number, Masked> } {
  const runs = new Map<number, Masked>();
  const { value: limit, placeholder } = LONG_RUN_MASK;
  if (!hasLongRun(body, limit)) return { masked: body, runs };
  const masked = body.replace(/\S+/gu, (run: string, at: number) => {
    if (run.length <= limit) return run;
    const tail = RUN_TAIL.exec(run)?.[0] ?? '';
    const core = run.length - tail.length;
    runs.set(at, { start: at, end: at + core });
    return placeholder + ' '.repeat(core - placeholder.length) + tail;
  });
  return { masked, runs };
}

/**
 * Finds `value` in `text` at or after `from`, skipping whitespace; returns its start or -1.
 * wink keeps token values verbatim, so an exact match is expected right after the whitespace;
 * otherwise an occurrence starting within 40 characters of `from` is accepted.
 */
function locate(text: string, value: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (text.startsWith(value, i)) return i;
  const k = text.slice(from, from + 39 + value.length).indexOf(value);
  return k >= 0 ? from + k : -1;
}

/** A word with a possessive or contracted "'s" glued on. */
const POSSESSIVE = /^(\p{L}[\p{L}\p{N}.\-]*)(['’]s)$/u;
/** Words whose "'s" is "is"/"us" and that wink-nlp itself keeps apart the same way (it's, let's, ...). */
const CONTRACTIONS: ReadonlySet<string> = new Set(['it', 'let', 'he', 'she', 'that', 'what', 'there', 'who', 'here', 'where', 'how']);

/** Tokenizes one paragraph `[p.start, p.end)`; returns tokens and sentence ranges as token index pairs. */
function paragraphTokens(ctx: Ctx, text: string, p: Span): { toks: RawToken[]; sents: [number, number][] } {
  const nlp = wink(ctx);
  const its = nlp.its;
  const { masked: body, runs } = maskLongRuns(text.slice(p.start, p.end));
  const wd = nlp.readDoc(body);
  const values = wd.tokens().out(its.value) as string[];
  const pos = wd.tokens().out(its.pos) as string[];
  const spans = wd.sentences().out(its.span) as unknown as [number, number][];
  const toks: RawToken[] = [];
  const idx: number[] = new Array(values.length); // wink token index -> our token index (or -1)
  const after: number[] = new Array(values.length); // wink token index -> our index after its last piece
  let cur = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    const at = locate(body, v, cur);
    if (at < 0) { idx[k] = -1; continue; }
    idx[k] = toks.length;
    const run = runs.size ? runs.get(at) : undefined;
    const end = run === undefined ? at + v.length : run.end;
    const poss = run === undefined ? POSSESSIVE.exec(v) : null;
    if (poss && !CONTRACTIONS.has(poss[1]!.toLowerCase())) {
      // Rule `split-possessive`: wink-nlp learns every new word it reads, and a word once seen
      // whole ("... such as Taylor's.") is later kept whole; splitting "'s" here keeps the tokens
      // of a page independent of the pages read before it.
      const cut = at + poss[1]!.length;
      toks.push({ start: p.start + at, end: p.start + cut, text: poss[1]!, pos: pos[k] });
      toks.push({ start: p.start + cut, end: p.start + end, text: v.slice(poss[1]!.length), pos: 'PART' });
    } else {
      toks.push({ start: p.start + at, end: p.start + end, text: run === undefined ? v : text.slice(p.start + at, p.start + end), pos: pos[k] });
    }
    after[k] = toks.length;
    cur = end;
  }
  const sents: [number, number][] = [];
  for (const [a, b] of spans) {
    let s = a; while (s <= b && idx[s] < 0) s++;
    let e = b; while (e >= s && idx[e] < 0) e--;
    if (s <= e) sents.push([idx[s], after[e]]);
  }
  return { toks, sents };
}

/** True when the split between the token `last` and the token `next` should be undone. */
export function joinsAcross(last: string, next: string): boolean {
  if (TITLE_ABBREVIATIONS.words.has(last)) return true;
  if (INITIAL_PATTERN.re.test(last) && /^\p{Lu}/u.test(next)) return true;
  const continues = /^[\p{Ll}\d]/u.test(next);
  if (MONTH_ABBREVIATIONS.words.has(last) && continues) return true;
  if (INITIALISM_PATTERN.re.test(last) && continues) return true;
  return false;
}

/** POS tags of a capitalized word that starts a sentence after an initialism ("the U.S. He said"). */
const STARTER_POS: ReadonlySet<string> = new Set(['PRON', 'DET', 'CCONJ', 'SCONJ', 'ADV']);

/** True when the tagger missed a boundary after a dotted initialism ("to the U.S. They said"). */
export function splitsAfter(last: string, next: { text: string; pos: string }): boolean {
  return INITIALISM_PATTERN.re.test(last) && /^\p{Lu}/u.test(next.text) && STARTER_POS.has(next.pos);
}

/** Splits sentence ranges at missed boundaries (see `splitsAfter`). */
function split(toks: RawToken[], sents: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of sents) {
    let s = a;
    for (let k = a; k < b - 1; k++) if (splitsAfter(toks[k].text, toks[k + 1])) { out.push([s, k + 1]); s = k + 1; }
    out.push([s, b]);
  }
  return out;
}

/** Merges sentence ranges whose boundary is an abbreviation (see `joinsAcross`). */
function repair(toks: RawToken[], sents: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const s of split(toks, sents)) {
    const prev = out[out.length - 1];
    if (prev && joinsAcross(toks[prev[1] - 1].text, toks[s[0]].text)) prev[1] = s[1];
    else out.push([s[0], s[1]]);
  }
  return out;
}

/** The paragraphs of a text: `article.paragraphs` when given, else blank-line separated blocks. */
function paragraphsOf(text: string, given: readonly Span[]): Span[] {
  if (given.length) return [...given];
  const out: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Splits `text` into sentences and tokens. Spans are `[start, end)` UTF-16 offsets into `text`;
 * every token's `text === text.slice(start, end)`. Tokens wink changed (none known) are dropped.
 */
export function segment(ctx: Ctx, text: string, paragraphs: readonly Span[] = []): Segmentation {
  const sentences: Span[] = [];
  const tokens: Token[] = [];
  for (const p of paragraphsOf(text, paragraphs)) {
    const { toks, sents } = paragraphTokens(ctx, text, p);
    for (const [a, b] of capLength(toks, repair(toks, sents))) {
      const si = sentences.length;
      sentences.push({ start: toks[a].start, end: toks[b - 1].end });
      for (let k = a; k < b; k++) { const t = toks[k]; tokens.push({ start: t.start, end: t.end, text: t.text, pos: t.pos, sentence: si }); }
    }
  }
  return { sentences, tokens };
}

/**
 * Longest sentence, in tokens (news sentences run to about 60; this is 400). Rule
 * `sentence-max-length`: a longer "sentence" (a run-on list, a page without punctuation) is cut
 * into pieces of at most this many tokens, each ending at its last comma, semicolon or colon when
 * there is one in its second half. Without it, a single sentence of a million characters took 45 s
 * where the same text in ordinary sentences took 4 s (several stages grow faster than linearly
 * with sentence length).
 */
export const MAX_SENTENCE_TOKENS = 400;

/** `ranges` (`[a, b)` token ranges) with every range over `MAX_SENTENCE_TOKENS` cut (see there). */
export function capLength(toks: readonly { text: string }[], ranges: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (const [a0, b] of ranges) {
    let a = a0;
    while (b - a > MAX_SENTENCE_TOKENS) {
      let cut = a + MAX_SENTENCE_TOKENS;
      for (let k = cut - 1; k > a + MAX_SENTENCE_TOKENS / 2; k--) if (/^[,;:]$/.test(toks[k]!.text)) { cut = k + 1; break; }
      out.push([a, cut]);
      a = cut;
    }
    out.push([a, b]);
  }
  return out;
}

/** Stage: writes `doc.sentences` and `doc.tokens` from `article.text` and `article.paragraphs`. */
export const sentencesStage: Stage = {
  name: 'sentences',
  reads: ['article.text'],
  writes: ['sentences', 'tokens'],
  run(doc: Doc, ctx: Ctx): Doc {
    const { sentences, tokens } = segment(ctx, doc.article.text, doc.article.paragraphs);
    return { ...doc, sentences, tokens };
  },
};
