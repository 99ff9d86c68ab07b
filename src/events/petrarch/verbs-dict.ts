/**
 * Parser of PETRARCH (and TABARI-style) verb dictionaries into blocks: synsets (`&NAME` followed
 * by `+member` lines; a label ending in `_` makes no plurals), verb blocks (`--- NAME [CODE] ---`
 * then verb lines `VERB {FORMS} [CODE]`, multi-word verbs `+CORDON_OFF` / `WIRE_+TAP`), pattern
 * lines (`- pre * post [CODE]`) and transformations (`~ ...`, kept only as a count).
 * Codes: `A` (A for source -> target), `A:B` (plus B for target -> source), `:B`, `---` (no event).
 * Source: UPSTREAM_dictionaries_format.rst, "Verb Dictionary"; TABARI manual ch. 6 (patterns).
 */
import { dictLines, newStats, skip, type ParseStats } from './lines.js';
import { fail } from './errors.js';

/** A synonym set: its members as written (phrases, `&OTHER` references, `(PREP NP)` groups). */
export interface Synset { name: string; members: string[]; plurals: boolean }

/** One verb form as words (upper case as written, `_` split) and the index of the inflected word. */
export interface VerbForm { words: string[]; verbAt: number }

/** A verb of a block: its form, irregular forms from `{...}` (empty: regular), and its own code. */
export interface VerbEntry { form: VerbForm; forms: VerbForm[]; code: string | null; line: number }

/** A pattern line: its body (between `-` and `[CODE]`) and code field. */
export interface PatternLine { body: string; code: string; line: number }

/** A verb block. `code` is the block's primary code (`---`: the isolated verb codes nothing). */
export interface VerbBlock { name: string; code: string; verbs: VerbEntry[]; patterns: PatternLine[]; line: number }

/** A parsed verb dictionary. */
export interface VerbDictionary {
  file: string;
  synsets: Map<string, Synset>;
  blocks: VerbBlock[];
  transformations: number;
  stats: ParseStats;
}

/** Splits a verb-form string (`WIRE_+TAP`, `+BEEF_UP`, `MEET`) into words and the verb index. */
export function verbForm(s: string): VerbForm {
  const words = s.split('_').filter(Boolean);
  let verbAt = words.findIndex((w) => w.startsWith('+'));
  if (verbAt < 0) verbAt = 0;
  return { words: words.map((w) => w.replace(/^\+/, '')), verbAt };
}

/** Splits `TEXT [CODE]` (last bracket) into text and code; code null when absent. */
function trailingCode(t: string): { body: string; code: string | null } {
  const m = /^(.*?)\s*\[([^\]]*)\]\s*$/.exec(t);
  return m ? { body: m[1]!, code: m[2]!.trim() } : { body: t, code: null };
}

function verbLine(t: string, file: string, no: number): VerbEntry {
  const { body, code } = trailingCode(t.replace(/;.*$/, ''));
  const m = /^([^{}[\]]+?)\s*(?:\{([^}]*)\})?\s*$/.exec(body.trim());
  if (!m) fail('E045', file, no, t);
  const forms = (m[2] ?? '').split(/\s+/).filter(Boolean).map(verbForm);
  return { form: verbForm(m[1]!.trim().replace(/\s+/g, '_')), forms, code, line: no };
}

/**
 * Parses a verb dictionary. Errors: E045 for a malformed block header or verb line, E046 for a
 * pattern or verb line before any block. Unknown lines inside a block are skipped and counted.
 */
export function parseVerbs(text: string, file: string): VerbDictionary {
  const stats = newStats();
  const synsets = new Map<string, Synset>();
  const blocks: VerbBlock[] = [];
  let block: VerbBlock | null = null;
  let synset: Synset | null = null;
  let transformations = 0;
  for (const { no, text: line } of dictLines(text)) {
    stats.lines++;
    const t = line.trim();
    if (synset && t.startsWith('+')) { synset.members.push(t.slice(1).trim()); continue; }
    synset = null;
    if (t.startsWith('&')) {
      const label = t.split(/\s+/)[0]!.slice(1);
      const name = label.replace(/_+$/, '').toUpperCase();
      synset = { name, members: [], plurals: !label.endsWith('_') };
      synsets.set(name, synset);
      stats.entries++;
      continue;
    }
    if (t.startsWith('---')) {
      const m = /^---\s*(.*?)\s*\[([^\]]*)\][\s-]*$/.exec(t);
      if (!m) fail('E045', file, no, t);
      block = { name: m[1]!, code: m[2]!.trim() || '---', verbs: [], patterns: [], line: no };
      blocks.push(block);
      stats.entries++;
      continue;
    }
    if (t.startsWith('~')) { transformations++; continue; }
    if (t.startsWith('-') || t.startsWith('*')) {
      if (!block) fail('E046', file, no, t);
      const { body, code } = trailingCode(t.replace(/^-\s*/, ''));
      if (code === null) { skip(stats, no); continue; }
      block.patterns.push({ body: body.trim(), code, line: no });
      continue;
    }
    if (!block) fail('E046', file, no, t);
    block.verbs.push(verbLine(t, file, no));
  }
  return { file, synsets, blocks, transformations, stats };
}
