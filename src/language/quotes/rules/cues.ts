/**
 * Speech cues: words that show that a marked span near them is someone's words. A marked span
 * with no direct attribution and no speech cue in its own sentence or the sentences next to it
 * (same paragraph, or the end of the previous paragraph for a quote that opens its paragraph) is a
 * term, a title or emphasis, not a quote (rule `quote-needs-speech-cue`).
 *
 * Source: English reporting verbs and nouns of statements (Quirk et al. 1985, §14.29 "reporting
 * clauses"; AP Stylebook "said"); the speech verbs of `verbs.ts` are cues too.
 */
import { SPEECH_VERBS } from './verbs.js';

/** A speech-cue rule. */
export interface CueRule { id: string; reason: string; re: RegExp }

/** Verbs and nouns of saying, besides the attribution verbs of {@link SPEECH_VERBS}. */
const EXTRA_CUES: readonly string[] = Object.freeze([
  'say', 'saying', 'tell', 'telling', 'spoke', 'speak', 'speaks', 'speaking', 'chanted', 'chant', 'chanting', 'shouted', 'shouting',
  'yelled', 'cried', 'sang', 'read', 'reads', 'quoted', 'quoting', 'posted', 'posting', 'tweet', 'statement', 'statements', 'interview',
  'remarks', 'speech', 'address', 'briefing', 'news conference', 'press conference', 'message', 'letter', 'according to', 'urged',
  'pledged', 'promised', 'vowed', 'admitted', 'acknowledged', 'conceded', 'complained', 'responded', 'answered', 'commented', 'remarked',
  'suggested', 'predicted', 'cautioned', 'emphasized', 'emphasised', 'reiterated', 'repeated', 'described', 'called', 'dismissed',
  'spokesman', 'spokeswoman', 'spokesperson', 'words', 'question', 'questions', 'hearing', 'testimony', 'testified', 'reply', 'wrote',
  'asks', 'sings', 'alleged', 'alleges', 'accused', 'accuses', 'charged', 'recounted', 'recalls', 'insists', 'argues', 'claims', 'states',
  'explains', 'stresses', 'replies', 'declares', 'announces', 'urges', 'vows', 'pledges', 'admits', 'concedes', 'complains', 'describes',
]);

/**
 * A colon right before the opening mark introduces quoted words ("in the words of the patient: “…”").
 * Rule `quote-after-colon`.
 */
export const COLON_CUE: CueRule = Object.freeze({
  id: 'quote-after-colon', reason: 'a colon before an opening mark introduces a quotation', re: /:\s*$/u,
});

/** The speech-cue rule: any speech verb form or cue word, as a whole word, any case. */
export const SPEECH_CUE: CueRule = Object.freeze({
  id: 'quote-needs-speech-cue',
  reason: 'quoted words are attributed to a speaker; marked words with no verb or noun of saying nearby are terms or titles',
  re: new RegExp(`\\b(?:${[...SPEECH_VERBS.map((v) => v.form), ...EXTRA_CUES].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+')})\\b`, 'iu'),
});
