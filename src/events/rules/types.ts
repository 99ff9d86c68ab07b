/**
 * The shape of event-coding rules. Rules are data: each names its CAMEO code, the CAMEO manual
 * section it follows and a one-line reason; the matcher (`../match.ts`) and the argument finder
 * (`../arguments.ts`) interpret them.
 *
 * Pattern syntax (space-separated elements, matched case-insensitively over word and punctuation tokens):
 * - `word`            a literal token; `a|an|the` alternatives; a trailing `?` makes an element optional
 * - `~lemma`          every inflection of verb `lemma` (meet, meets, met, meeting; see `inflect.ts`)
 * - `%noun`           the noun and its plural (summit, summits)
 * - `...` / `...N`    a gap of 0..4 (or 0..N) tokens that crosses no `;`, `:` or sentence end
 * - `@T`              a target slot: 1..8 tokens holding an actor mention, not starting with a
 *                     preposition ("call on @T to"; "sanction @T" does not match "sanctions on Iran")
 */

/** How a rule's trigger relates to its arguments. */
export type RuleKind =
  /** Active verb: source is the subject before the trigger. */
  | 'verb'
  /** Passive or reduced relative ("sanctions imposed on X by Y"): source from "by X" or a noun modifier. */
  | 'passive'
  /** Nominal event ("the summit", "a visit to"): source from a noun modifier ("Putin's visit") or "by X". */
  | 'noun';

/** One event-coding rule. */
export interface EventRule {
  /** Stable rule id, named in every event it produces. */
  readonly id: string;
  /** CAMEO event code (leading zero kept), e.g. `042`. */
  readonly code: string;
  /** The CAMEO manual section followed, e.g. `CAMEO 1.1b3 §04 CONSULT, 042`. */
  readonly section: string;
  /** One line: why this pattern means this code. */
  readonly reason: string;
  readonly kind: RuleKind;
  /** Trigger pattern (syntax above). */
  readonly pattern: string;
  /**
   * Where the target is, in order of preference: prepositions that introduce it after the trigger
   * (`with`, `to`, `between`, ...) and/or `OBJ` for a direct object. Ignored when the pattern has `@T`.
   */
  readonly target?: readonly string[];
  /** Reciprocal action (meet, negotiate, sign with): a pair of actors yields one event each direction. */
  readonly symmetric?: boolean;
  /** A place (city, capital) as target stands for its country (travel, visit, arrive). */
  readonly travel?: boolean;
  /**
   * A second event in the other direction, target -> source, with this code (PETRARCH paired codes
   * `[032:033]`: A visits B (032) and B hosts A (033)). Only when both actors are named.
   */
  readonly reverseCode?: string;
  /** Code used instead when the event is planned (CAMEO 1.1b3 §03 036: announced meetings are intents). */
  readonly plannedCode?: string;
  /** Which argument must be found for an event to be emitted (default `target`). */
  readonly needs?: 'source' | 'target' | 'both' | 'either';
  /** A fallback (reporting verbs: "said"): emitted only when the sentence yields no other event (PETRARCH practice). */
  readonly fallback?: boolean;
  /** Base confidence of the pattern, 0..1 (default 0.8). */
  readonly confidence?: number;
}

/** A discard rule: a sentence matching `pattern` is not political news and yields no event. */
export interface DiscardRule {
  readonly id: string;
  readonly reason: string;
  /** Case-insensitive regular expression source tested on the sentence text. */
  readonly pattern: string;
}
