/**
 * Event anchoring of count expressions ("about six weeks after", "two days before", "a week later").
 *
 * Rule (`count-event-subject`): in "A comes/came/is/was/took place <N units> after/before B", when
 * the subject A names an event (`rules/events.ts`) that an earlier sentence mentions together with
 * a resolved time expression T, the expression dates B: T's range moved back N units for "after"
 * (forward for "before"), anchor `event`, anchorRef = T's id.
 * Rule (`count-event-object`): otherwise, when B names such an earlier-dated event, the expression
 * dates A: B's range moved forward N units for "after" (back for "before").
 * Rule (`count-narrative`): "N units later/earlier" counts from the nearest preceding resolved time.
 * When no antecedent is found the caller keeps the publication-anchored resolution.
 */
import type { Candidate, Resolution } from './types.js';
import type { DayRange } from './dates.js';
import { resolveCountFrom } from './resolve.js';
import { EVENT_WORDS, LINK_VERB_RE, OBJECT_END_RE, type EventWord } from './rules/events.js';

/** A time expression resolved earlier in the text, as anchoring sees it. */
export interface PriorTime { id: string; start: number; end: number; sentence: number; range: DayRange | null }

/** What anchoring needs to know about the document. */
export interface AnchorInput {
  text: string;
  sentences: readonly { start: number; end: number }[];
  /** Index of the sentence holding the candidate. */
  sentence: number;
  cand: Candidate;
  /** Time expressions before the candidate, in text order. */
  prior: readonly PriorTime[];
}

/** The event-anchored resolution of a count candidate, or null when no antecedent event is found. */
export function anchorCount(a: AnchorInput): Resolution | null {
  const spec = a.cand.spec;
  if (spec.kind !== 'count') return null;
  const { n, unit, dir, approximate } = spec;
  if (dir === 'later' || dir === 'earlier') {
    const base = [...a.prior].reverse().find((p) => p.range !== null);
    return base ? toEvent(resolveCountFrom(base.range!, n, unit, dir, approximate, 'count-narrative'), base.id) : null;
  }
  if (dir !== 'after' && dir !== 'before') return null;
  const s = a.sentences[a.sentence]!;
  const link = LINK_VERB_RE.exec(a.text.slice(s.start, a.cand.start));
  if (link) {
    const found = antecedent(a, link[1]!);
    if (found) return toEvent(resolveCountFrom(found.range!, n, unit, dir, approximate, 'count-event-subject'), found.id);
  }
  const rest = a.text.slice(a.cand.end, s.end);
  const cut = OBJECT_END_RE.exec(rest);
  const found = antecedent(a, cut ? rest.slice(0, cut.index) : rest);
  if (!found) return null;
  const flipped = dir === 'after' ? 'before' : 'after';
  return toEvent(resolveCountFrom(found.range!, n, unit, flipped, approximate, 'count-event-object'), found.id);
}

function toEvent(r: Resolution, ref: string): Resolution {
  return { ...r, anchor: 'event', anchorRef: ref };
}

/** The first event word named in `phrase`, by position. */
function eventWordIn(phrase: string): EventWord | null {
  let best: { at: number; w: EventWord } | null = null;
  for (const w of EVENT_WORDS) {
    const m = w.nouns.exec(phrase);
    if (m && (!best || m.index < best.at)) best = { at: m.index, w };
  }
  return best?.w ?? null;
}

/**
 * The resolved time of the nearest earlier sentence that mentions the event named in `phrase`;
 * within that sentence, the time closest to the event word.
 */
function antecedent(a: AnchorInput, phrase: string): PriorTime | null {
  const word = eventWordIn(phrase);
  if (!word) return null;
  for (let j = a.sentence - 1; j >= 0; j--) {
    const times = a.prior.filter((p) => p.sentence === j && p.range !== null);
    if (times.length === 0) continue;
    const s = a.sentences[j]!;
    const m = word.antecedent.exec(a.text.slice(s.start, s.end));
    if (!m) continue;
    const at = s.start + m.index;
    return times.reduce((x, y) => (Math.abs(y.start - at) < Math.abs(x.start - at) ? y : x));
  }
  return null;
}
