/**
 * Pronoun speakers ("…," he said): the speaker is the one person named in the nearest sentence
 * before the quote (the quote's own sentence up to the opening mark first) whose gender does not
 * contradict the pronoun; two or more fitting persons leave the speaker unresolved (rule
 * `speaker-pronoun`). Gender comes from given names, gendered titles and honorifics (rules/gender.ts).
 */
import type { Entity, Span } from '../../doc.js';
import { lowerBound } from '../../spans.js';
import { combineGender, nameGender, pronounGender, titleGender, type Gender } from '../rules/gender.js';

/** Gender of an output entity: role titles, an honorific before a mention, and the given name of a named person. */
export function entityGender(text: string, e: Entity): Gender {
  const cues: Gender[] = e.roles.map((r) => titleGender(r.title));
  for (const m of e.mentions) {
    const before = /([A-Za-z]+)\.?\s+$/u.exec(text.slice(Math.max(0, m.start - 8), m.start));
    if (before) cues.push(titleGender(before[1]));
  }
  if (e.mentions.some((m) => m.kind === 'name' || m.kind === undefined)) cues.push(nameGender(e.name));
  return combineGender(cues);
}

/** A person mention usable as an antecedent: not an alias ("the Kim government") nor half of a "Putin-Kim" compound. */
function isArgument(text: string, m: Span & { kind?: string }): boolean {
  if (m.kind === 'alias' || m.kind === 'group') return false;
  return !/^\s*[-\u2013]\s*\p{Lu}/u.test(text.slice(m.end, m.end + 3)) && !/\p{L}[-\u2013]$/u.test(text.slice(Math.max(0, m.start - 2), m.start));
}

/**
 * The entity id a he/she speaker of a quote opening at `open` refers to, or null. Looks at the
 * quote's sentence before `open`, then back sentence by sentence (at most three) to the first one
 * that names a person.
 */
export function pronounSpeaker(text: string, word: string, open: number, sentences: readonly Span[], entities: readonly Entity[]): string | null {
  const g = pronounGender(word);
  if (g === null) return null;
  const persons = entities.filter((e) => e.type === 'PERSON');
  let k = lowerBound(sentences, open + 1, (s) => s.start) - 1;
  for (let steps = 0; k >= 0 && steps < 4; k--, steps++) {
    const s = sentences[k];
    const end = Math.min(s.end, open);
    const here = persons.filter((e) => e.mentions.some((m) => m.start >= s.start && m.end <= end && isArgument(text, m)));
    if (here.length === 0) continue;
    const fit = here.filter((e) => { const eg = entityGender(text, e); return eg === null || eg === g; });
    return fit.length === 1 ? fit[0].id : null;
  }
  return null;
}
