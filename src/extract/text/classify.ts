/**
 * Context decisions over units: which are body paragraphs, which are residue, and what the residue
 * carries (authors, bio, title, images with caption and credit, related headlines, flags).
 * Whole units are decided with their neighbours; a residue word inside a body sentence stays body.
 */
import type { Image, RelatedLink, RemovedKind } from '../../doc.js';
import { matchBio, matchByline } from '../rules/people.js';
import { matchDateline } from '../rules/match.js';
import { BIO_STRONG } from '../rules/bio.js';
import { CREDIT_LIMITS } from '../rules/credit.js';
import { TEXT_LIMITS } from '../rules/text.js';
import { endsLikeSentence, endsWithPeriod, isProse, isTitleCase, looksLikeHeadline } from '../rules/shape.js';
import { wordCount } from '../rules/types.js';
import type { Unit } from './lines.js';

/** The decision on one unit: body, or residue of `kind` removed by rule `rule`. */
export type Verdict = { role: 'body'; rule: string } | { role: 'removed'; kind: RemovedKind; rule: string };

/** Everything the classifier found, besides the verdicts. */
export interface Findings {
  verdicts: Verdict[];
  title: string | null;
  authors: string[];
  /** Where the authors came from: `byline` or `text` (a bio). */
  authorSource: 'byline' | 'text' | null;
  authorBio: string | null;
  images: Image[];
  related: RelatedLink[];
  /** Date stamps seen at the top ("Published April 16, 2019"), as written. */
  datelines: string[];
  truncated: boolean;
}

type Slot = Verdict | null;
const removed = (kind: RemovedKind, rule: string): Verdict => ({ role: 'removed', kind, rule });

/** Index of the first (or last) unclaimed unit that reads as prose, or -1. */
function proseIndex(units: Unit[], slots: Slot[], last: boolean, skip: Set<number> = new Set()): number {
  const idx = units.map((_, i) => i).filter((i) => !slots[i] && !skip.has(i) && isProse(units[i].text));
  return idx.length ? idx[last ? idx.length - 1 : 0] : -1;
}

/** Bylines and date stamps: only in the head, before the first body paragraph. */
function markHead(units: Unit[], slots: Slot[], f: Findings): void {
  const first = proseIndex(units, slots, false);
  const end = first < 0 ? units.length : first;
  for (let i = 0; i < end; i++) {
    if (slots[i]) continue;
    const names = matchByline(units[i].text);
    if (names) {
      slots[i] = removed('byline', 'byline.by');
      for (const n of names) if (!f.authors.includes(n)) f.authors.push(n);
      f.authorSource = 'byline';
      continue;
    }
    const date = matchDateline(units[i].text);
    if (date) { slots[i] = removed(date.kind, date.rule); f.datelines.push(units[i].text); }
  }
}

/** Navigation/related lines: record their headline; a bare header takes the headlines that follow in its block. */
function markRelated(units: Unit[], slots: Slot[], f: Findings): void {
  for (let i = 0; i < units.length; i++) {
    const rel = units[i].match?.related;
    if (!rel) continue;
    if (rel.title) { f.related.push({ title: rel.title, url: null, rel: rel.rel }); continue; }
    const limit = rel.rel === 'related' ? Infinity : 1;
    let taken = 0;
    for (let j = i + 1; j < units.length && taken < limit; j++, taken++) {
      const u = units[j];
      if (slots[j] || u.block !== units[i].block || !looksLikeHeadline(u.text)) break;
      slots[j] = removed(units[i].match!.kind, `${units[i].match!.rule}.title`);
      f.related.push({ title: u.text, url: null, rel: rel.rel });
    }
  }
}

/**
 * True when `u` can be the caption of a neighbouring credit: in the same block, a phrase without
 * a final period (up to `caption.same-block-max-words`) or, before the credit, a short sentence;
 * across a blank line, only a short phrase without sentence ending.
 */
function captionLike(u: Unit, sameBlock: boolean, before: boolean): boolean {
  const n = wordCount(u.text);
  if (!sameBlock) return n <= CREDIT_LIMITS.captionAcrossBlankMaxWords.value && !endsLikeSentence(u.text);
  if (n > CREDIT_LIMITS.captionSameBlockMaxWords.value) return false;
  return !endsWithPeriod(u.text) || (before && n < TEXT_LIMITS.proseLongWords.value);
}

/** Credits become images; a caption on the same line or next to the credit becomes the image caption. */
function markCredits(units: Unit[], slots: Slot[], f: Findings): void {
  for (let i = 0; i < units.length; i++) {
    const m = units[i].match;
    if (m?.kind !== 'credit' || !m.credit) continue;
    let caption = m.caption ?? null;
    if (caption === null) {
      const block = units[i].block;
      const near = [
        { j: i - 1, same: true, before: true }, { j: i + 1, same: true, before: false }, { j: i + 1, same: false, before: false },
      ].find(({ j, same, before }) => {
        const u = units[j];
        return u && !slots[j] && !u.match && (u.block === block) === same && captionLike(u, same, before);
      });
      if (near) {
        caption = units[near.j].text;
        slots[near.j] = removed('caption', 'caption.next-to-credit');
      }
    }
    f.images.push({ src: null, caption, credit: m.credit });
  }
}

/**
 * A headline before the body: the first unclaimed unit, before the first body paragraph, short,
 * no final period, and in title case (or directly followed by a byline).
 */
function markTitle(units: Unit[], slots: Slot[], f: Findings): void {
  const first = units.findIndex((_, i) => !slots[i]);
  if (first < 0 || first === proseIndex(units, slots, false) && endsLikeSentence(units[first].text)) return;
  const t = units[first].text;
  if (!looksLikeHeadline(t, TEXT_LIMITS.titleMaxWords.value) || /[:;,]$/.test(t)) return;
  const nextIsByline = slots[first + 1]?.role === 'removed' && (slots[first + 1] as { kind: string }).kind === 'byline';
  if (!isTitleCase(t) && !nextIsByline) return;
  slots[first] = removed('title', 'title.headline');
  f.title = t;
}

/**
 * Author bio: a unit opening with "<Name> is a ... <trade>" after the last body paragraph, with
 * residue between them (share, navigation, ...) or a strong bio phrase ("has written for"). Prose
 * units right after it (a bio broken over lines) belong to it when nothing but residue follows.
 */
function markBio(units: Unit[], slots: Slot[], f: Findings): void {
  const bios = new Map<number, { name: string | null }>();
  units.forEach((u, i) => { const b = slots[i] ? undefined : matchBio(u.text); if (b) bios.set(i, b); });
  for (const [c, bio] of bios) {
    if (slots[c]) continue;
    let prevBody = c - 1;
    while (prevBody >= 0 && (slots[prevBody] || !isProse(units[prevBody].text))) prevBody--;
    if (prevBody < 0) continue;
    const residueBetween = slots.slice(prevBody + 1, c).some((s) => s?.role === 'removed');
    if (!residueBetween && !BIO_STRONG.test(units[c].text)) continue;
    let e = c;
    while (e + 1 < units.length && !slots[e + 1] && isProse(units[e + 1].text) && !bios.has(e + 1)) e++;
    if (proseIndex(units, slots, true, new Set(bios.keys())) > e) continue;
    let text = units[c].text;
    for (let k = c; k <= e; k++) {
      slots[k] = removed('author-bio', 'bio.opening');
      if (k > c) text += (units[k].block === units[k - 1].block ? ' ' : '\n\n') + units[k].text;
    }
    f.authorBio = f.authorBio ? `${f.authorBio}\n\n${text}` : text;
    if (bio.name && !f.authors.includes(bio.name)) {
      f.authors.push(bio.name);
      f.authorSource ??= 'text';
    }
  }
}

/** Everything left: prose is body; short fragments inside the body span are body (subheadings), outside it residue. */
function markRest(units: Unit[], slots: Slot[]): Verdict[] {
  const first = proseIndex(units, slots, false);
  const last = proseIndex(units, slots, true);
  return units.map((u, i) => {
    const s = slots[i];
    if (s) return s;
    if (isProse(u.text)) return { role: 'body', rule: 'text.prose' };
    if (first >= 0 && i > first && i < last) return { role: 'body', rule: 'text.inner-fragment' };
    return removed('boilerplate', 'text.fragment-outside-body');
  });
}

/**
 * Classifies units in order: rule matches, head (byline, dateline), related headlines, credits and
 * captions, title, author bio, then body. Returns one verdict per unit and the findings.
 */
export function classifyUnits(units: Unit[]): Findings {
  const f: Findings = {
    verdicts: [], title: null, authors: [], authorSource: null, authorBio: null, images: [], related: [], datelines: [], truncated: false,
  };
  const slots: Slot[] = units.map((u) => (u.match ? removed(u.match.kind, u.match.rule) : null));
  f.truncated = units.some((u) => u.match?.truncates);
  markHead(units, slots, f);
  markRelated(units, slots, f);
  markCredits(units, slots, f);
  markTitle(units, slots, f);
  markBio(units, slots, f);
  f.verdicts = markRest(units, slots);
  return f;
}
