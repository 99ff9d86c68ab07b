/**
 * Quote attribution stage: finds the direct quotes of `article.text` and attributes each to a
 * speaker (resolved to an entity when a mention covers the speaker phrase) and a via (outlet or
 * channel).
 *
 * Quote spans: `[start, end)` covers the quoted words without the outer quotation marks and without
 * a trailing comma placed inside the closing mark (“…,” he said). `text` is always
 * `article.text.slice(start, end)`; a quote running over several paragraphs keeps the paragraph
 * break and the reopening mark inside its text.
 *
 * `rule` names the attribution pattern (`post-name-verb`, `pre-name-verb`, `next-sentence`, ...),
 * followed by `+<via rule>` when a via rule decided (`post-name-verb+via-told`, `+via-told-addressee`
 * when the one told is a person of the document) and `+speaker-pronoun` when a he/she speaker was
 * resolved (see `pronoun.ts`); inherited speakers give `run-in-paragraph` or `run-previous-paragraph`;
 * no speaker gives `unattributed`. A marked span with no attribution, no inherited speaker and no
 * speech cue nearby is not a quote (rule `quote-needs-speech-cue`, `rules/cues.ts`).
 */
import type { Doc, Quote, Span } from '../../doc.js';
import type { Stage } from '../../stage.js';
import { attribute, type Attribution } from './attribute.js';
import { findMarkedSpans, type MarkedSpan } from './detect.js';
import { QUOTE_THRESHOLDS } from './rules/marks.js';
import { indexMentions, resolveSpeaker, type MentionIndex } from './speaker.js';
import { afterWindow, beforeWindow, fallbackParagraphs, fallbackSentences, nextSentenceWindow, type Layout } from './windows.js';
import { COLON_CUE, SPEECH_CUE } from './rules/cues.js';
import { pronounSpeaker } from './pronoun.js';
import { lowerBound } from '../../spans.js';

/** A candidate quote during analysis. */
interface Candidate { marked: MarkedSpan; span: Span; attribution: Attribution | null }

const SMALL_WORDS: readonly string[] = ['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'from'];

/** The quoted words: inside the marks, trimmed, without a trailing comma. */
function contentSpan(text: string, m: MarkedSpan): Span {
  let start = m.open + 1;
  let end = m.close;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /[\s,]/u.test(text[end - 1])) end--;
  return { start, end };
}

const wordsOf = (s: string): string[] => s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** True when the quoted words end in clause punctuation inside the marks (the period of "U.S.A." does not count). */
function endsInPunctuation(text: string, m: MarkedSpan): boolean {
  const inner = text.slice(m.open + 1, m.close);
  if (/(?:^|\s)(?:\p{L}\.){2,}$/u.test(inner)) return false;
  return /[.,!?\u2026]$/u.test(inner);
}

/** True when the words are a title of a work: mostly capitalized, no closing punctuation. */
function isTitleLike(quoted: string, punctuated: boolean): boolean {
  if (punctuated) return false;
  const content = wordsOf(quoted).filter((w) => !SMALL_WORDS.includes(w.toLowerCase()));
  if (content.length === 0) return false;
  const capitalized = content.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalized / content.length >= QUOTE_THRESHOLDS.titleCaseShare.value;
}

/** The direct attribution of marked span `i`: after it, before it, or in the next sentence. */
function directAttribution(doc: Doc, l: Layout, marked: readonly MarkedSpan[], i: number): Attribution | null {
  const q = marked[i];
  const after = afterWindow(l, q, marked[i + 1]?.open);
  const before = beforeWindow(l, q, marked[i - 1]?.close);
  const a = attribute(l.text, after, 'after', doc.tokens) ?? attribute(l.text, before, 'before', doc.tokens);
  if (a !== null || !/^[\s.,;:!?]*$/u.test(after.text)) return a;
  const next = nextSentenceWindow(l, q);
  return next === undefined ? null : attribute(l.text, next, 'next', doc.tokens);
}

/** Whether a marked span with its attribution is a quote (scare quotes, titles and stray single marks are not). */
function isQuote(text: string, c: Candidate): boolean {
  const quoted = text.slice(c.span.start, c.span.end);
  const n = wordsOf(quoted).length;
  const punctuated = endsInPunctuation(text, c.marked);
  if (n === 0) return false;
  if (n <= QUOTE_THRESHOLDS.scareMaxWords.value) return c.attribution !== null && punctuated;
  if (c.marked.pair.single && c.attribution === null) return false;
  return c.attribution !== null || !isTitleLike(quoted, punctuated);
}

/**
 * True when a verb or noun of saying stands outside the marks near a marked span: in the sentences
 * holding its marks, the sentence before and the one after in the same paragraphs, or the last
 * sentence of the previous paragraph when the span opens its paragraph (rule `quote-needs-speech-cue`).
 */
function hasSpeechCue(l: Layout, m: MarkedSpan): boolean {
  const { text, sentences } = l;
  const first = Math.max(0, lowerBound(sentences, m.open + 1, (s) => s.start) - 1);
  const last = Math.max(first, lowerBound(sentences, m.close + 1, (s) => s.start) - 1);
  const para = l.paragraphs[m.firstParagraph];
  const opensPara = para !== undefined && text.slice(para.start, m.open).trim() === '';
  const from = sentences[Math.max(0, first - 1)]?.start ?? 0;
  const lo = opensPara ? from : Math.max(from, para?.start ?? 0);
  const lastPara = l.paragraphs[m.lastParagraph];
  const hi = Math.min(sentences[last + 1]?.end ?? text.length, lastPara?.end ?? text.length);
  const outside = text.slice(lo, m.open) + ' ' + text.slice(m.close + 1, Math.max(m.close + 1, hi));
  return SPEECH_CUE.re.test(outside) || COLON_CUE.re.test(text.slice(Math.max(0, m.open - 4), m.open));
}

/** Speaker of an attribution: the entity of a mention under the phrase, or for he/she the one fitting person before the quote. */
function speakerOf(doc: Doc, l: Layout, mentions: MentionIndex, c: Candidate, a: Attribution): { speaker: Quote['speaker']; pronoun: boolean } {
  const text = doc.article.text;
  const speaker = resolveSpeaker(text, a.speaker, mentions);
  if (speaker.entity !== null || !/^(?:he|she)$/iu.test(speaker.text)) return { speaker, pronoun: false };
  const entity = pronounSpeaker(text, speaker.text, c.marked.open, l.sentences, doc.entities);
  return { speaker: { ...speaker, entity }, pronoun: entity !== null };
}

/** Quote rule id for via `told <person>`: the addressee is a person of the document, not an outlet (rule via-told-addressee). */
function viaRuleOf(doc: Doc, a: Attribution): string | null {
  if (a.viaRule !== 'via-told' || a.via === null) return a.viaRule;
  const person = doc.entities.some((e) => e.type === 'PERSON' && e.mentions.some((m) => m.text === a.via || e.name === a.via));
  return person ? 'via-told-addressee' : a.viaRule;
}

/** The quote record of candidate `c`, with speaker and via (inherited ones come from `from`). */
function toQuote(doc: Doc, l: Layout, mentions: MentionIndex, c: Candidate, from: Quote | null, rule: string | null): Quote {
  const text = doc.article.text;
  const base = { start: c.span.start, end: c.span.end, text: text.slice(c.span.start, c.span.end) };
  const a = c.attribution;
  if (a !== null) {
    const { speaker, pronoun } = speakerOf(doc, l, mentions, c, a);
    const via = viaRuleOf(doc, a);
    return { ...base, speaker, via: a.via, rule: `${a.rule}${via === null ? '' : `+${via}`}${pronoun ? '+speaker-pronoun' : ''}` };
  }
  if (from !== null && rule !== null) return { ...base, speaker: from.speaker, via: from.via, rule };
  return { ...base, speaker: null, via: null, rule: 'unattributed' };
}

/** The earlier attributed quote a quote without attribution takes its speaker from, with the rule id. */
function inherited(text: string, l: Layout, done: readonly { c: Candidate; q: Quote }[], c: Candidate): [Quote, string] | [null, null] {
  const prev = done[done.length - 1];
  if (prev === undefined || prev.q.speaker === null) return [null, null];
  if (prev.c.marked.lastParagraph === c.marked.firstParagraph) return [prev.q, 'run-in-paragraph'];
  const para = l.paragraphs[c.marked.firstParagraph];
  const opensParagraph = para !== undefined && text.slice(para.start, c.marked.open).trim() === '';
  if (opensParagraph && prev.c.marked.lastParagraph === c.marked.firstParagraph - 1) return [prev.q, 'run-previous-paragraph'];
  return [null, null];
}

/**
 * The quotes of `doc`: detection over `article.text` (paragraphs and sentences from the Doc, or
 * split here when absent), attribution by the patterns of `rules/patterns.ts`, speakers resolved
 * against `doc.entities`. Pure; returns quotes in text order.
 */
export function findQuotes(doc: Doc): Quote[] {
  const text = doc.article.text;
  const paragraphs = doc.article.paragraphs.length > 0 ? doc.article.paragraphs : fallbackParagraphs(text);
  const sentences = doc.sentences.length > 0 ? doc.sentences : fallbackSentences(text, paragraphs);
  const l: Layout = { text, paragraphs, sentences };
  const marked = findMarkedSpans(text, paragraphs);
  const candidates: Candidate[] = marked.map((m, i) => ({ marked: m, span: contentSpan(text, m), attribution: directAttribution(doc, l, marked, i) }));
  const done: { c: Candidate; q: Quote }[] = [];
  const mentions = indexMentions(doc.entities);
  for (const c of candidates.filter((x) => isQuote(text, x))) {
    const [from, rule] = c.attribution === null ? inherited(text, l, done, c) : [null, null];
    if (c.attribution === null && from === null && !hasSpeechCue(l, c.marked)) continue;
    done.push({ c, q: toQuote(doc, l, mentions, c, from, rule) });
  }
  return done.map((d) => d.q);
}

/** Quote attribution stage: writes `doc.quotes` (see {@link findQuotes}). */
export const quotesStage: Stage = {
  name: 'quotes',
  reads: ['article', 'sentences', 'tokens', 'entities'],
  writes: ['quotes'],
  run(doc) {
    return { ...doc, quotes: findQuotes(doc) };
  },
};
