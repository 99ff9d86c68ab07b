/**
 * What the coder decided for one sentence and why: the shape `dateline explain` prints. Filled by
 * `codeEventsTraced()` (coder.ts); the plain coder keeps no trace.
 */

/** One rule match: the arguments found and whether an event came of it. */
export interface CandidateTrace {
  rule: string;
  code: string;
  /** The CAMEO manual section the rule follows. */
  section: string;
  reason: string;
  trigger: { start: number; end: number; text: string };
  sources: string[];
  /** How the source was found (subject, modifier, by, ...; see `ArgHow`). */
  sourceHow: string;
  targets: string[];
  targetHow: string;
  kept: boolean;
  /** Why it was kept or dropped, in a few words. */
  why: string;
  /** Ids of the events it produced. */
  events: string[];
  /** The factuality decided and the cue or rule that decided it (`planned (plan-will)`), once decided. */
  factuality: string | null;
}

/** The coder's decisions for one sentence. */
export interface SentenceTrace {
  index: number;
  start: number;
  end: number;
  /** The discard rule that removed the whole sentence, if any. */
  discard: string | null;
  /** Actor mentions of the sentence as `text=CODE` (`text=PLACE` for an uncoded place). */
  actors: string[];
  candidates: CandidateTrace[];
}

/** An empty trace of sentence `index`. */
export function sentenceTrace(index: number, start: number, end: number): SentenceTrace {
  return { index, start, end, discard: null, actors: [], candidates: [] };
}
