/**
 * Thresholds of the scraped-text line classifier (what reads as a body paragraph, a headline,
 * a wrapped line). Source: measured on hand-written scrapes in the tests; each value is the
 * smallest that kept every test body paragraph and rejected every test residue line.
 */
import type { Threshold } from './types.js';

export const TEXT_LIMITS = Object.freeze({
  proseMinWords: Object.freeze<Threshold>({
    id: 'text.prose-min-words', value: 4,
    reason: 'a body paragraph with terminal punctuation has at least a subject, verb and object',
  }),
  proseLongWords: Object.freeze<Threshold>({
    id: 'text.prose-long-words', value: 14,
    reason: 'a line this long reads as prose even without final punctuation (a scrape may cut it)',
  }),
  titleMaxWords: Object.freeze<Threshold>({
    id: 'text.title-max-words', value: 22,
    reason: 'news headlines rarely exceed 20 words',
  }),
  titleCaseRatio: Object.freeze<Threshold>({
    id: 'text.title-case-ratio', value: 0.6,
    reason: 'in a title-case headline most words of four letters or more are capitalized',
  }),
  wrapMaxWidth: Object.freeze<Threshold>({
    id: 'text.wrap-max-width', value: 100,
    reason: 'hard-wrapped text (mail, terminals, print scrapes) is cut at 60–100 columns; longer lines are unwrapped paragraphs',
  }),
  wrapSlack: Object.freeze<Threshold>({
    id: 'text.wrap-slack', value: 15,
    reason: 'a wrapped line falls short of the width by at most the length of the next word (English words rarely exceed 15 letters)',
  }),
  wrapMinLines: Object.freeze<Threshold>({
    id: 'text.wrap-min-lines', value: 3,
    reason: 'fewer full-width lines than this give no evidence of hard wrapping',
  }),
  headlineTitleMaxWords: Object.freeze<Threshold>({
    id: 'text.related-title-max-words', value: 25,
    reason: 'a related-story headline is short and carries no final period',
  }),
});
