/**
 * Speech verbs that attribute a quote to a speaker.
 *
 * Source: the reporting verbs of English news writing (AP Stylebook "said" guidance and common
 * newswire usage); the list is kept short on purpose: each verb here introduces the speaker's words.
 */

/** One reporting verb form. */
export interface SpeechVerb {
  /** The form as written (lower case). */
  form: string;
  lemma: string;
  /** Allowed in the inverted order `"…," said X` (newswire style). */
  invertible: boolean;
  /** Takes the addressee as object (`told ABC News`), which becomes `via`. */
  addressee: boolean;
}

const v = (form: string, lemma: string, invertible: boolean, addressee = false): SpeechVerb =>
  Object.freeze({ form, lemma, invertible, addressee });

/** The speech verbs (form, lemma, inversion, addressee). "according to" is a pattern of its own. */
export const SPEECH_VERBS: readonly SpeechVerb[] = Object.freeze([
  v('said', 'say', true), v('says', 'say', true), v('say', 'say', true),
  v('told', 'tell', false, true), v('tells', 'tell', false, true),
  v('added', 'add', true), v('adds', 'add', true),
  v('noted', 'note', true), v('notes', 'note', true),
  v('stressed', 'stress', true), v('warned', 'warn', true), v('warns', 'warn', true),
  v('insisted', 'insist', true), v('stated', 'state', true), v('explained', 'explain', true),
  v('wrote', 'write', true), v('writes', 'write', true), v('tweeted', 'tweet', true),
  v('declared', 'declare', true), v('announced', 'announce', true),
  v('asked', 'ask', true), v('replied', 'reply', true), v('continued', 'continue', true),
  v('argued', 'argue', true), v('claimed', 'claim', true), v('recalled', 'recall', true),
]);

/** Words that may stand between the speaker and the verb ("Lavrov later said", "Lavrov has said"). */
export const VERB_ADVERBS: readonly string[] = Object.freeze([
  'also', 'later', 'then', 'again', 'earlier', 'previously', 'once', 'has', 'have', 'had', 'reportedly',
]);
