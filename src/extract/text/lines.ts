/**
 * Scraped text -> lines grouped in blocks, and wrapped lines -> units (one paragraph each).
 * Lines are trimmed with inner runs of spaces/tabs collapsed; nothing else in a line changes.
 */
import type { LineMatch } from '../rules/match.js';
import { matchLine } from '../rules/match.js';
import { endsLikeSentence } from '../rules/shape.js';
import { TEXT_LIMITS } from '../rules/text.js';

/** A non-blank line and the blank-line-separated block it belongs to. */
export interface Line {
  text: string;
  /** Block number: increases at every run of blank (or punctuation-only) lines. */
  block: number;
  /** True for a line of only punctuation ("***", "—", "|"): a separator, recorded as kind `empty`. */
  separator: boolean;
}

/** A paragraph candidate: one line, or hard-wrapped lines joined with a space. */
export interface Unit {
  text: string;
  block: number;
  /** Residue match of the unit's text (`null`: may be body). */
  match: LineMatch | null;
}

/** How the text is laid out: the hard-wrap width (null: not wrapped) and whether blank lines part paragraphs. */
export interface Layout {
  width: number | null;
  blankSeparated: boolean;
}

/** Trims a line and collapses runs of spaces, tabs and no-break/zero-width characters to one space. */
export function normalizeLine(line: string): string {
  return line.replace(/[\u200B-\u200D\uFEFF\u00AD]/g, '').replace(/[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000\f\v]+/g, ' ').trim();
}

/** Splits scraped text into non-blank lines with block numbers; handles CRLF, CR and Unicode line separators. */
export function splitLines(raw: string): Line[] {
  const out: Line[] = [];
  let block = 0;
  let gap = false;
  for (const rawLine of raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const text = normalizeLine(rawLine);
    const separator = text !== '' && !/[\p{L}\p{N}]/u.test(text);
    if (text === '' || separator) {
      gap = true;
      if (separator) out.push({ text, block: -1, separator });
      continue;
    }
    if (gap && out.length) block += 1;
    gap = false;
    out.push({ text, block, separator: false });
  }
  return out;
}

/**
 * Detects hard wrapping: the longest line is at most `text.wrap-max-width` characters, at least
 * `text.wrap-min-lines` lines come within `text.wrap-slack` of it, and most of those stop
 * mid-sentence (one-paragraph-per-line text of short paragraphs ends its lines with punctuation).
 */
export function detectLayout(lines: Line[]): Layout {
  const texts = lines.filter((l) => !l.separator).map((l) => l.text);
  const blankSeparated = lines.some((l) => l.block > 0);
  const max = Math.max(0, ...texts.map((t) => t.length));
  if (max > TEXT_LIMITS.wrapMaxWidth.value) return { width: null, blankSeparated };
  const full = texts.filter((t) => t.length >= max - TEXT_LIMITS.wrapSlack.value);
  const open = full.filter((t) => !endsLikeSentence(t)).length;
  const wrapped = full.length >= TEXT_LIMITS.wrapMinLines.value && open * 2 >= full.length;
  return { width: wrapped ? max : null, blankSeparated };
}

/**
 * True when `next` continues `prev` (one paragraph hard-wrapped over lines). In wrapped text: when
 * `prev` reaches the wrap width (within the slack), or `prev` stops mid-sentence and `next` starts
 * lower case; a full-width line ending a sentence continues only when blank lines part paragraphs.
 * In unwrapped text: only a line starting lower case after one that stops mid-sentence.
 */
export function continues(prev: string, next: string, layout: Layout): boolean {
  const ended = endsLikeSentence(prev) || /:$/.test(prev);
  const full = layout.width !== null && prev.length >= layout.width - TEXT_LIMITS.wrapSlack.value;
  if (full) return !ended || layout.blankSeparated;
  return !ended && /^\p{Ll}/u.test(next);
}

/** True for the short last line of a wrapped item: below the wrap width and not ending a sentence. */
function isTail(text: string, layout: Layout): boolean {
  return layout.width !== null && text.length < layout.width - TEXT_LIMITS.wrapSlack.value && !endsLikeSentence(text);
}

/**
 * Groups lines into units: consecutive lines of one block are joined when they wrap. A residue line
 * absorbs its continuation only when that is a short last line and the joined text still matches the
 * same rule (a wrapped related headline).
 */
export function toUnits(lines: Line[]): Unit[] {
  const layout = detectLayout(lines);
  const units: Unit[] = [];
  for (const line of lines) {
    if (line.separator) {
      units.push({ text: line.text, block: line.block, match: { kind: 'empty', rule: 'text.punctuation-only' } });
      continue;
    }
    const match = matchLine(line.text);
    const prev = units[units.length - 1];
    if (prev && prev.block === line.block && (!match || /^\p{Ll}/u.test(line.text)) && continues(prev.text, line.text, layout)) {
      const text = `${prev.text} ${line.text}`;
      const joined = matchLine(text);
      if (!prev.match || (joined?.rule === prev.match.rule && isTail(line.text, layout))) {
        prev.text = text;
        prev.match = joined;
        continue;
      }
    }
    units.push({ text: line.text, block: line.block, match });
  }
  return units;
}
