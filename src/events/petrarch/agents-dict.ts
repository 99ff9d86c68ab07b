/**
 * Parser of PETRARCH agent dictionaries: `PHRASE {plural} [~CODE]` (the code follows the actor's,
 * e.g. GOV in ARNGOV) or `[CODE~]` (the code goes before it, e.g. NGO in NGOARN). Regular plurals
 * are generated (+S, Y -> IES, SS -> SSES); `{X}` gives the plural, `{}` suppresses it.
 * Substitution sets `!NAME! = A, B, C` expand every phrase holding `!NAME!`, with no plural.
 * Source: UPSTREAM_dictionaries_format.rst, "Agent Dictionary".
 */
import { dictLines, newStats, phraseWords, skip, type ParseStats } from './lines.js';
import { fail } from './errors.js';

/** One agent phrase (word list, lower case) with its code and where the code goes. */
export interface AgentEntry { words: string[]; code: string; prefix: boolean; where: string }

/** The regular plural of a phrase's last word (format spec: +S, Y -> IES, SS -> SSES). */
export function regularPlural(phrase: string): string {
  if (/[^AEIOU]Y$/i.test(phrase)) return `${phrase.slice(0, -1)}IES`;
  if (/SS$/i.test(phrase)) return `${phrase}ES`;
  return `${phrase}S`;
}

const LINE_RE = /^(.*?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]}]*?)\s*[\]}]\s*$/;

/** The phrase variants of `phrase` after substitution-set expansion (several when it holds `!NAME!`). */
/** Most phrases one agent line may expand to, and most nested substitutions (a set naming itself never ends). */
const MAX_VARIANTS = 10_000;
/**
 * Most agent phrases one file may expand to, in all (Phoenix.agents.txt, the largest real file,
 * gives about 12,000): the per-line limit alone let 2,000 lines of 10,000 variants each exhaust
 * memory (hostile-input test).
 */
const MAX_TOTAL_PHRASES = 200_000;
const MAX_DEPTH = 16;
/**
 * Longest expanded agent phrase, in characters (a dictionary line is at most 4,096; real agent
 * phrases are a few words), and most characters all expanded phrases of a file may hold: counting
 * phrases alone let a 5 KB file of 8,000 variants a line, each 26,000 characters long, reach 4 GB
 * (hostile-input test).
 */
const MAX_PHRASE_CHARS = 4_096;
const MAX_TOTAL_CHARS = 20_000_000;

function expand(phrase: string, sets: ReadonlyMap<string, string[]>, file: string, no: number, depth = 0): { variants: string[]; substituted: boolean } {
  const m = /!([A-Z0-9_]+)!/i.exec(phrase);
  if (!m) return { variants: [phrase], substituted: false };
  if (depth >= MAX_DEPTH) fail('E044', file, no, `substitutions nested more than ${MAX_DEPTH} deep (a set that names itself?): ${phrase}`);
  const set = sets.get(m[1]!.toUpperCase());
  if (!set) fail('E044', file, no, phrase);
  const out: string[] = [];
  for (const w of set) {
    const next = phrase.replace(m[0], w);
    if (next.length > MAX_PHRASE_CHARS) fail('E044', file, no, `expands to a phrase of more than ${MAX_PHRASE_CHARS} characters: ${phrase.slice(0, 200)}`);
    for (const v of expand(next, sets, file, no, depth + 1).variants) {
      out.push(v);
      if (out.length > MAX_VARIANTS) fail('E044', file, no, `expands to more than ${MAX_VARIANTS} phrases: ${phrase}`);
    }
  }
  return { variants: out, substituted: true };
}

/**
 * Parses an agent dictionary. Errors: E043 for a line without a well-formed `[~CODE]` / `[CODE~]`,
 * E044 for an undefined `!NAME!` marker, one nested more than 16 deep or one expanding to over 10,000 phrases
 * or to a phrase over 4,096 characters, and for a file expanding to over 200,000 phrases or 20 million
 * characters in all. Lines with a phrase but no code at all are skipped and counted.
 */
export function parseAgents(text: string, file: string): { entries: AgentEntry[]; stats: ParseStats } {
  const stats = newStats();
  const entries: AgentEntry[] = [];
  const sets = new Map<string, string[]>();
  let chars = 0;
  for (const { no, text: line } of dictLines(text)) {
    stats.lines++;
    const t = line.trim();
    const def = /^!([A-Z0-9_]+)!\s*=\s*(.*)$/i.exec(t);
    if (def) { sets.set(def[1]!.toUpperCase(), def[2]!.split(',').map((w) => w.trim()).filter(Boolean)); continue; }
    if (!t.includes('[')) { skip(stats, no); continue; }
    const m = LINE_RE.exec(t);
    if (!m) fail('E043', file, no, line);
    const [, phrase, plural, rawCode] = m;
    const code = rawCode!.replace(/\s+/g, '');
    const prefix = code.endsWith('~') && !code.startsWith('~');
    if (!/^~[A-Z0-9]+$|^[A-Z0-9]+~$/i.test(code) || !phrase!.trim()) fail('E043', file, no, line);
    const bare = code.replace('~', '').toUpperCase();
    const { variants, substituted } = expand(phrase!.trim(), sets, file, no);
    for (const v of variants) chars += v.length;
    if (chars > MAX_TOTAL_CHARS) fail('E044', file, no, `the file expands to more than ${MAX_TOTAL_CHARS} characters of agent phrases in all`);
    const forms = new Set(variants);
    if (!substituted) {
      if (plural === undefined) {
        for (const v of variants) if (!v.endsWith('_')) forms.add(regularPlural(v));
      } else if (plural.trim()) forms.add(plural.trim());
    }
    for (const f of forms) {
      const words = phraseWords(f);
      if (words.length) entries.push({ words, code: bare, prefix, where: `${file}:${no}` });
    }
    if (entries.length > MAX_TOTAL_PHRASES) fail('E044', file, no, `the file expands to more than ${MAX_TOTAL_PHRASES} agent phrases in all`);
    stats.entries++;
  }
  return { entries, stats };
}
