/**
 * A tiny English stopword list for telling English text from other languages. Source: the most
 * frequent English function words (any general frequency list; these 60 cover ~40% of running text).
 */
import type { Threshold } from './types.js';

export const ENGLISH_STOPWORDS: ReadonlySet<string> = Object.freeze(new Set([
  'the', 'of', 'and', 'a', 'an', 'to', 'in', 'is', 'was', 'that', 'for', 'it', 'on', 'with', 'as', 'are',
  'be', 'by', 'at', 'this', 'from', 'or', 'have', 'has', 'had', 'not', 'but', 'were', 'which', 'they', 'he',
  'she', 'his', 'her', 'their', 'its', 'will', 'would', 'been', 'there', 'who', 'also', 'after', 'about',
  'than', 'into', 'more', 'said', 'we', 'i', 'you', 'all', 'can', 'one', 'two', 'new', 'over', 'what', 'when',
]));

export const LANGUAGE_LIMITS = Object.freeze({
  minTokens: Object.freeze<Threshold>({
    id: 'lang.min-tokens', value: 8,
    reason: 'fewer words give no reliable stopword ratio',
  }),
  englishRatio: Object.freeze<Threshold>({
    id: 'lang.en-ratio', value: 0.2,
    reason: 'English prose runs at 35–50% stopwords of this list; other languages (even Latin-script) stay far below 20%',
  }),
});
