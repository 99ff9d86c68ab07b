/**
 * Detection: finds time-expression candidates in a text with the pattern rules and chrono-node,
 * drops those overlapping a false-positive blocker, and settles overlaps (longer first).
 */
import * as chrono from 'chrono-node';
import type { Candidate, Spec } from './types.js';
import { PATTERN_RULES } from './rules/patterns.js';
import { BLOCKERS } from './rules/false-positives.js';
import { MONTH_RE } from './rules/lexicon.js';

const MS_PER_DAY = 86_400_000;
/** Fixed chrono reference when there is no publication date: chrono's guesses are then ignored (year must be written). */
const NO_ANCHOR_REFERENCE_DAY = 10_957; // 2000-01-01; never "now"

/**
 * A chrono match counts only when the date is written out: a month name or an all-digit date
 * (2019-04-16, 4/16/2019). chrono's strict parser also reads relative phrases ("six weeks after")
 * and marks their computed day as certain; those are our rules' job.
 */
const WRITTEN_DATE_RE = new RegExp(`^(?![\\s\\S]*\\b(?:ago|after|before|later|earlier|next|last|this|from now)\\b)(?:[\\s\\S]*\\b${MONTH_RE}|[\\s\\S]*\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4})`, 'i');

interface Ranked extends Candidate { priority: number }

/**
 * Time-expression candidates of `text`, in text order, non-overlapping.
 * `referenceDay` (day number, see dates.ts) is given to chrono as its fixed reference instant; when
 * null a constant is used. chrono's own year guess is never trusted: a date whose year chrono could
 * not read from the text gets `y: null`, and resolution infers it from the publication date.
 */
export function detect(text: string, referenceDay: number | null): Candidate[] {
  const all: Ranked[] = [...chronoCandidates(text, referenceDay), ...patternCandidates(text)];
  const blocked = blockerSpans(text);
  const kept = all.filter((c) => !blocked.some((b) => b.start < c.end && b.end > c.start));
  kept.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const out: Ranked[] = [];
  for (const c of kept) if (!out.some((o) => o.start < c.end && o.end > c.start)) out.push(c);
  return out.sort((a, b) => a.start - b.start).map(({ priority: _p, ...c }) => c);
}

function patternCandidates(text: string): Ranked[] {
  const out: Ranked[] = [];
  PATTERN_RULES.forEach((rule, i) => {
    for (const m of text.matchAll(rule.re)) {
      const spec = rule.make(m as RegExpExecArray);
      if (!spec) continue;
      const start = m.index ?? 0;
      out.push({ start, end: start + m[0].length, text: m[0], rule: rule.id, spec, priority: i + 1 });
    }
  });
  return out;
}

function blockerSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const b of BLOCKERS) for (const m of text.matchAll(b.re)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

/**
 * What a block of text must contain for chrono to find a date in it that `WRITTEN_DATE_RE` keeps:
 * a month name or an all-digit date.
 */
const WRITTEN_DATE_CUE = new RegExp(`\\b${MONTH_RE}|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}`, 'i');

/**
 * Blank-line blocks on each side of a block with a `WRITTEN_DATE_CUE` that chrono reads with it.
 * A written date can run across a blank line: the extractors turn a `<br>` or a single line break
 * inside a paragraph into one ("on 5 May\n\n2019", "From May 5\n\nto May 7, 2021"), so a cue's
 * neighbours go with it.
 */
const DATE_BLOCK_REACH = 2;

/**
 * The windows of `text` chrono reads, with their offsets: runs of blank-line blocks around every
 * block that holds a `WRITTEN_DATE_CUE` (`DATE_BLOCK_REACH` blocks on each side, overlapping runs
 * joined). A date chrono finds and `WRITTEN_DATE_RE` keeps has a cue, so it lies in a window; most
 * paragraphs of a news article have none (chrono was ~0.7 ms of the ~12 ms a ScrapingHub page costs
 * the ingest head lane; the dates found are the same).
 */
export function dateBlocks(text: string): { start: number; text: string }[] {
  const bounds: [number, number][] = [];
  for (let start = 0; ;) {
    const cut = text.indexOf('\n\n', start);
    bounds.push([start, cut < 0 ? text.length : cut]);
    if (cut < 0) break;
    start = cut + 2;
  }
  const keep = new Uint8Array(bounds.length);
  bounds.forEach(([a, b], i) => {
    if (!WRITTEN_DATE_CUE.test(text.slice(a, b))) return;
    for (let k = Math.max(0, i - DATE_BLOCK_REACH); k <= Math.min(bounds.length - 1, i + DATE_BLOCK_REACH); k++) keep[k] = 1;
  });
  const out: { start: number; text: string }[] = [];
  for (let i = 0; i < bounds.length; i++) {
    if (!keep[i]) continue;
    let j = i;
    while (j + 1 < bounds.length && keep[j + 1]) j++;
    const start = bounds[i]![0], end = bounds[j]![1];
    out.push({ start, text: text.slice(start, end) });
    i = j;
  }
  return out;
}

/** Calendar dates chrono-node's strict English parser reads (day and month written in the text). */
function chronoCandidates(text: string, referenceDay: number | null): Ranked[] {
  const instant = new Date((referenceDay ?? NO_ANCHOR_REFERENCE_DAY) * MS_PER_DAY + MS_PER_DAY / 2);
  const out: Ranked[] = [];
  for (const block of dateBlocks(text)) out.push(...blockDates(block.text, block.start, instant));
  return out;
}

/** The kept chrono dates of one block, offsets shifted by `at`. */
function blockDates(text: string, at: number, instant: Date): Ranked[] {
  const out: Ranked[] = [];
  for (const r of chrono.strict.parse(text, { instant, timezone: 0 })) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month') || !WRITTEN_DATE_RE.test(r.text)) continue;
    const endYear = r.end?.isCertain('year') ? r.end.get('year') : null;
    const y = s.isCertain('year') ? s.get('year') : endYear;
    const end = r.end && r.end.isCertain('day')
      ? { y: endYear ?? y, m: r.end.get('month')!, d: r.end.get('day')! }
      : null;
    const spec: Spec = { kind: 'date', y: y ?? null, m: s.get('month')!, d: s.get('day')!, end };
    const written = r.text.trimEnd();
    out.push({ start: at + r.index, end: at + r.index + written.length, text: written, rule: 'chrono-date', spec, priority: 0 });
  }
  return out;
}
