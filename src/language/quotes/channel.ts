/**
 * Reads `via` (the outlet or channel of a statement) from the tail of an attribution clause.
 */
import { AUDIENCE_WORDS, NOT_OUTLET, PLATFORM_SUFFIX, VIA_RULES } from './rules/via.js';
import type { SpeechVerb } from './rules/verbs.js';

/** The via decision: the outlet or channel (or null) and the id of the rule that decided (or null when none fired). */
export interface ViaResult {
  via: string | null;
  rule: string | null;
}

/** Words that end the object of "told" (the adverbials after it). */
const OBJECT_END = /\s+(?:in|on|at|during|after|before|that|from|over|about|via|when|while|as|last|this|yesterday|today|tonight|earlier|later|ahead|on)\b.*$/su;

/** A capitalized outlet or person name as the object of "told" ("ABC News", "the BBC", "Le Monde"). */
const OUTLET_NAME = /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&'\u2019-]*(?:\s+(?:of\s+|the\s+|and\s+|de\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.&'\u2019-]*)*)/u;

const cleanTail = (tail: string): string => tail.replace(/[\s.!?]+$/u, '').trim();

/**
 * The via of an attribution whose verb is `verb` and whose clause continues with `tail`
 * (the words after the verb, e.g. " ABC News on Tuesday."). `told X` gives via X when X is a
 * capitalized name (an outlet, or the person addressed); a lower-case object is an audience
 * ("told reporters", "told lawmakers": via null, rule `via-told-audience`, as are the names in {@link AUDIENCE_WORDS}, "told Parliament");
 * otherwise the first {@link VIA_RULES} rule that matches decides.
 */
export function readVia(verb: SpeechVerb | undefined, tail: string): ViaResult {
  const t = cleanTail(tail);
  if (verb?.addressee) {
    const object = t.replace(OBJECT_END, '').trim();
    const name = OUTLET_NAME.exec(object);
    if (name !== null && !AUDIENCE_WORDS.includes(name[0].toLowerCase())) return { via: name[1], rule: 'via-told' };
    if (object !== '') return { via: null, rule: 'via-told-audience' };
  }
  for (const rule of VIA_RULES) {
    const m = rule.pattern.exec(t);
    if (m === null) continue;
    if (rule.none) return { via: null, rule: rule.id };
    const via = (m.groups?.via ?? '').replace(PLATFORM_SUFFIX, '').trim();
    if (via === '' || NOT_OUTLET.includes(via.split(/\s+/u)[0].toLowerCase())) continue;
    return { via, rule: rule.id };
  }
  return { via: null, rule: null };
}
