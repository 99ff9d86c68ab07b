/**
 * Figure vocabularies: which elements are image captions and which are photo credits, and the
 * text patterns that carry a credit inside a caption ("Photo: X", "(X/Getty Images)").
 * Sources: HTML5 `figure`/`figcaption`, schema.org ImageObject (`caption`, `copyrightHolder`,
 * `creditText`), WordPress `wp-caption-text`, and common news CMS class names.
 */

/** Class/id token patterns of a caption element (a figcaption is always one). */
export const CAPTION_TOKEN = /(?:^|[-_])(?:caption|figcaption|wp-caption-text|image-?desc\w*|photo-?desc\w*|cutline)(?:$|[-_])/;

/** Class/id/itemprop token patterns of a credit element. */
export const CREDIT_TOKEN = /(?:^|[-_])(?:credits?|copyright\w*|photo-?credit|image-?credit|byline|source|attribution|creditText|copyrightholder)(?:$|[-_])/i;

/** Elements treated as figure containers besides `<figure>`. */
export const FIGURE_TOKEN = /(?:^|[-_])(?:wp-caption|image|img|picture|photo|figure|image-?wrap\w*|media-?wrap\w*|inline-?image|article-?image|lead-?image|image-?container|photo-?container|media-?image)(?:$|[-_])/;

/** A credit written inside caption text; group 1 is the credit. */
export interface CreditPattern { readonly id: string; readonly re: RegExp; readonly reason: string }

export const CREDIT_PATTERNS: readonly CreditPattern[] = Object.freeze([
  { id: 'credit-label', re: /(?:^|[\s.;|])\(?((?:photo|photograph|image|picture|pic|credit|illustration|video)s?(?:\s+credit)?\s*(?::|by)\s*[^()|]{2,80}?)\)?\s*$/i, reason: '"Photo: X" / "Image by X" at the end of a caption' },
  { id: 'credit-agency-paren', re: /\(([^()]{2,80}\/\s*(?:getty|ap|afp|reuters|epa|shutterstock|istock|alamy|bloomberg|flickr|wikimedia|sipa|zuma|xinhua|tass|pool)[^()]{0,40})\)\s*$/i, reason: '"(Name/Agency)" credit at the end of a caption' },
  { id: 'credit-agency-tail', re: /(?:^|\s)((?:[A-Z][\w.'-]*\s){0,4}[A-Z][\w.'-]*\s*\/\s*(?:Getty Images|AP|AFP|Reuters|EPA|Shutterstock|Bloomberg|Sipa|Xinhua|TASS|Pool)[\w\s/-]{0,30})\s*$/, reason: '"Name / Agency" at the end of a caption' },
  { id: 'credit-copyright', re: /((?:©|\(c\)|copyright)\s*[^()]{2,80})\s*$/i, reason: '"© X" at the end of a caption' },
] as const);

/** Text that marks a credit paragraph on its own (outside a figure). */
export const STANDALONE_CREDIT = /^(?:\(?(?:photo|photograph|image|picture|illustration)s?(?:\s+credit)?\s*(?::|by)\s*.{2,80}|©.{2,80}|.{2,60}\/\s*(?:Getty Images|AP Photo|AFP|Reuters|EPA)\)?)$/i;
