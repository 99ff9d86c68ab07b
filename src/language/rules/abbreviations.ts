/**
 * Sentence-boundary repairs: abbreviations after which the tagger's split is undone.
 * Source: AP style abbreviations of titles, months and country/organization initialisms.
 */
export interface BoundaryRule { id: string; reason: string; words: ReadonlySet<string> }

/** Titles and honorifics: a sentence never ends after these ("Mr. Smith", "Dr. Lee"). */
export const TITLE_ABBREVIATIONS: BoundaryRule = Object.freeze({
  id: 'abbr-title', reason: 'a title abbreviation always precedes a name',
  words: new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Gen.', 'Lt.', 'Col.', 'Capt.', 'Cmdr.', 'Adm.', 'Maj.', 'Sgt.',
    'Sen.', 'Rep.', 'Gov.', 'Pres.', 'Amb.', 'Rev.', 'Sr.', 'Jr.', 'St.', 'Mt.', 'Ft.', 'Gov.', 'Atty.', 'Supt.', 'Insp.']),
});

/** Month abbreviations: no split when a number or a lower-case word follows ("Jan. 5"). */
export const MONTH_ABBREVIATIONS: BoundaryRule = Object.freeze({
  id: 'abbr-month', reason: 'AP style abbreviates months before a day number',
  words: new Set(['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']),
});

/**
 * Initialisms that end in a period ("U.S.", "U.N."): no split when the next sentence starts with
 * a lower-case word, a number, or a word that continues a name (a title or organization word).
 */
export const INITIALISM_PATTERN: Readonly<{ id: string; reason: string; re: RegExp }> = Object.freeze({
  id: 'abbr-initialism', reason: 'dotted initialisms are usually modifiers inside a sentence', re: /^(?:\p{Lu}\.){2,}$/u,
});

/** A single initial ("J.") before a capitalized word is part of a name ("J. Smith"). */
export const INITIAL_PATTERN: Readonly<{ id: string; reason: string; re: RegExp }> = Object.freeze({
  id: 'abbr-initial', reason: 'a single capital letter with a period is a name initial', re: /^\p{Lu}\.$/u,
});
