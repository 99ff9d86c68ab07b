/**
 * Boilerplate vocabularies by purpose (ads, share, navigation/related, credit/caption, bio/byline,
 * newsletter, comments, consent, copyright, paywall, page chrome) and the line matchers built on
 * them. Frozen tables; safe to import read-only from any extractor.
 */
export * from './types.js';
export * from './ads.js';
export * from './share.js';
export * from './navigation.js';
export * from './credit.js';
export * from './bio.js';
export * from './boilerplate.js';
export * from './language.js';
export * from './text.js';
export * from './shape.js';
export * from './match.js';
export * from './people.js';
