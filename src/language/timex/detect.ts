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

/** Calendar dates chrono-node's strict English parser reads (day and month written in the text). */
function chronoCandidates(text: string, referenceDay: number | null): Ranked[] {
  const instant = new Date((referenceDay ?? NO_ANCHOR_REFERENCE_DAY) * MS_PER_DAY + MS_PER_DAY / 2);
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
    out.push({ start: r.index, end: r.index + written.length, text: written, rule: 'chrono-date', spec, priority: 0 });
  }
  return out;
}
