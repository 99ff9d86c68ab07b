/**
 * Photo credit lines and caption limits. A credit names who made or supplied a picture
 * ("Photo Credit: X", "Photo: X", "Credit: X", "(Photo: X/Reuters)", "Image: X", "X/Getty Images",
 * "REUTERS/Name", "AP Photo/Name"). A short line next to a credit is that picture's caption.
 * Source: credit conventions of wire services (AP, Reuters, AFP) and picture agencies.
 */
import type { Threshold } from './types.js';

/**
 * A whole-line credit introduced by a label. Group 1 is the credit. The label needs a colon, a
 * dash or "by", so "Photo opportunities were rare" is not a credit.
 */
export const CREDIT_LABEL = /^[([]?\s*(?:(?:photo|photograph|photography|picture|pic|image|illustration|graphic)s?(?:\s+credits?)?|credits?|courtesy)\s*(?::|\s-|–|—|\bby\b)\s*(.+?)\s*[)\]]?\.?$/i;

/** A caption ending in a bracketed labelled credit: "Leaders meet in Hanoi (Photo: Jane Roe/AFP)". Groups: caption, credit. */
export const CREDIT_BRACKETED = /^(.*?\S)\s*[([]\s*(?:(?:photo|photograph|picture|image|illustration)s?(?:\s+credits?)?|credits?|courtesy)\s*(?::|\bby\b)\s*([^()[\]]+?)\s*[)\]]\.?$/i;

/** Picture agencies and wire services that sign photographs. */
export const PHOTO_AGENCIES: readonly string[] = Object.freeze([
  'REUTERS', 'Reuters', 'AP Photo', 'AP', 'AFP', 'EPA-EFE', 'EPA', 'Getty Images', 'Shutterstock', 'Alamy',
  'Xinhua', 'Anadolu Agency', 'Anadolu', 'TASS', 'Sputnik', 'Bloomberg', 'GPO', 'Flash ?90', 'dpa', 'Pool',
  'SIPA', 'ANSA', 'Kyodo', 'Yonhap', 'KCNA', 'WAFA', 'IRNA', 'UPI', 'Unsplash', 'Pixabay', 'Wikimedia Commons',
]);

const NAME_TOKEN = String.raw`\p{Lu}(?:[\p{L}'’-]*|\.)`;
const NAMES = String.raw`${NAME_TOKEN}(?:\s+${NAME_TOKEN}){0,3}`;
const AGENCY = `(?:${PHOTO_AGENCIES.join('|')})`;
const AGENCY_FORMS = [
  String.raw`${AGENCY}\s*\/\s*${NAMES}(?:\s*\/\s*(?:${AGENCY}|${NAMES}))*`,
  String.raw`${NAMES}(?:\s*\/\s*${NAMES})*\s*\/\s*${AGENCY}`,
  String.raw`(?:${NAMES}\s*\/\s*)?(?:${NAMES}\s+)?(?:via|for) Getty Images`,
  String.raw`Getty Images|Shutterstock|Alamy Stock Photo|AP Photo`,
];

/**
 * A picture-agency signature at the very end of a line: "REUTERS/Jorge Silva", "AP Photo/Evan Vucci",
 * "Jane Roe/AFP", "Name / GPO / Flash 90", "AFP via Getty Images", "Getty Images". Group 1 is the credit;
 * the text before it (if any) is a caption. A body sentence ends in a period, so it never matches.
 */
export const CREDIT_AGENCY = new RegExp(String.raw`(?:^|[\s(\[])[(\[]?(${AGENCY_FORMS.join('|')})[)\]]?\s*$`, 'u');

/**
 * Text every `CREDIT_AGENCY` match contains: the slash of the first two forms, or the agency
 * name of the other two. A line without it cannot carry an agency signature, so the costly
 * pattern is not run (a cheap necessary test; keep it in step with `AGENCY_FORMS`).
 */
export const CREDIT_AGENCY_CUE = /\/|Getty Images|Shutterstock|Alamy Stock Photo|AP Photo/;

export const CREDIT_LIMITS = Object.freeze({
  creditMaxWords: Object.freeze<Threshold>({
    id: 'credit.max-words', value: 16,
    reason: 'a credit names a person or two and an agency; longer lines are sentences',
  }),
  agencyLineMaxWords: Object.freeze<Threshold>({
    id: 'credit.agency-line-max-words', value: 45,
    reason: 'a caption carrying a trailing agency credit rarely runs past 45 words',
  }),
  captionSameBlockMaxWords: Object.freeze<Threshold>({
    id: 'caption.same-block-max-words', value: 30,
    reason: 'a caption printed in the same block as its credit is a phrase or one short sentence',
  }),
  captionAcrossBlankMaxWords: Object.freeze<Threshold>({
    id: 'caption.across-blank-max-words', value: 15,
    reason: 'across a blank line only a short unpunctuated noun phrase is taken as caption, not a body paragraph',
  }),
});
