/**
 * PETRARCH/Phoenix-format dictionaries loaded for one run (`ctx.options.dictionaries`): actor and
 * agent dictionaries become actor spans, verb dictionaries become event rules, discard
 * dictionaries become discard rules. The coder asks `loadedDictionaries(ctx)` once per sentence;
 * the files are read and converted once per context (`resource`).
 *
 * Error codes (thrown as `DictionaryError`, see `errors.ts`): E040 file missing or unreadable,
 * E041 malformed actor line, E042 malformed actor code or date restriction, E043 malformed agent
 * line, E044 agent substitution undefined, nested too deep or too large, E045 malformed verb block header or verb line,
 * E046 verb pattern before any block, E047 malformed discard line, E048 synonym or restriction
 * before any entry, E049 a dictionary file with no entries.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Ctx, DictionaryPaths } from '../../context.js';
import { resource } from '../../context.js';
import type { ActorSpan } from '../actors.js';
import type { DiscardRule, EventRule } from '../rules/types.js';
import { compileDiscards, firstDiscard } from '../rules/discard.js';
import { parseActors, type ActorEntry } from './actors-dict.js';
import { parseAgents, type AgentEntry } from './agents-dict.js';
import { parseDiscards } from './discards-dict.js';
import { DictionaryError, printable } from './errors.js';
import type { ParseStats } from './lines.js';
import { actorTries, dictionaryActorSpans } from './matcher.js';
import { verbRules, type VerbStats } from './verbs-convert.js';
import { parseVerbs } from './verbs-dict.js';

export { DictionaryError, DictionaryErrorCodes, type DictionaryErrorCode } from './errors.js';
export type { VerbStats } from './verbs-convert.js';

/** Dictionaries of one run, converted to dateline's own rule and span shapes. */
export interface Dictionaries {
  /** Event rules from the verb dictionaries (empty when none were given: dateline's own rules apply). */
  readonly verbs: readonly EventRule[];
  /** Discard rules from the discard dictionaries (added to dateline's own). */
  readonly discards: readonly DiscardRule[];
  /** The first loaded discard rule that discards `sentence` (expressions compiled once, at load), or null. */
  discardMatch(sentence: string): DiscardRule | null;
  /** True when actor dictionaries were given: their spans take precedence over entity mentions. */
  readonly hasActors: boolean;
  /**
   * Actor spans found by the actor (and agent) dictionaries in `text[start, end)`, sorted by start,
   * not nested. `date` (`YYYY-MM-DD` or null) selects date-bounded codes.
   */
  actorSpans(text: string, start: number, end: number, date: string | null): ActorSpan[];
}

/** What was loaded, per file: parse counts (and for verb files the conversion counts). */
export interface DictionaryReport {
  files: Array<{ kind: keyof DictionaryPaths; path: string; stats: ParseStats; verbs?: VerbStats }>;
}

/** Loaded dictionaries with their load report. */
export type LoadedDictionaries = Dictionaries & { readonly report: DictionaryReport };

/** Reads one dictionary file. @throws DictionaryError E040 when it cannot be read. */
function readDict(path: string): string {
  let st;
  try { st = statSync(path); } catch (err) {
    throw new DictionaryError('E040', `${(err as NodeJS.ErrnoException).code ?? 'error'}: cannot read dictionary ${printable(path)}`);
  }
  // A FIFO, device (/dev/zero) or directory would block or never end: only regular files are read.
  if (!st.isFile()) throw new DictionaryError('E040', `not a regular file: ${printable(path)}`);
  if (st.size > MAX_DICTIONARY_BYTES) throw new DictionaryError('E040', `larger than ${MAX_DICTIONARY_BYTES >> 20} MiB: ${printable(path)}`);
  try { return readFileSync(path, 'utf8'); } catch (err) {
    throw new DictionaryError('E040', `${(err as NodeJS.ErrnoException).code ?? 'error'}: cannot read dictionary ${printable(path)}`);
  }
}

/**
 * Largest dictionary file read, in bytes. The largest Phoenix file (Phoenix.Countries.actors.txt) is
 * 1.5 MB; 8 MiB leaves room while keeping a load under seconds (conversion costs about 0.1 ms a line).
 */
const MAX_DICTIONARY_BYTES = 8 * 1024 * 1024;


/** Appends `items` to `out` one by one (a spread of a very long array overflows the call stack). */
function append<T>(out: T[], items: readonly T[]): void {
  for (const x of items) out.push(x);
}

/** Checks that every named dictionary file can be read (for command-line checks before any input). @throws DictionaryError E040. */
export function checkDictionaryPaths(paths: DictionaryPaths): void {
  for (const list of [paths.actors, paths.agents, paths.verbs, paths.discards]) for (const p of list ?? []) readDict(p);
}

function nonEmpty(stats: ParseStats, path: string): void {
  if (stats.entries === 0) throw new DictionaryError('E049', `dictionary file is empty: ${printable(path)}`);
}

/**
 * Reads, parses and converts the dictionaries named in `paths`.
 * @throws DictionaryError E040–E049 (see the module comment), naming file and line.
 */
export function loadDictionaries(paths: DictionaryPaths): LoadedDictionaries {
  const report: DictionaryReport = { files: [] };
  const actors: ActorEntry[] = [];
  const agents: AgentEntry[] = [];
  const verbs: EventRule[] = [];
  const discards: DiscardRule[] = [];
  for (const path of paths.actors ?? []) {
    const r = parseActors(readDict(path), path); nonEmpty(r.stats, path);
    append(actors, r.entries); report.files.push({ kind: 'actors', path, stats: r.stats });
  }
  for (const path of paths.agents ?? []) {
    const r = parseAgents(readDict(path), path); nonEmpty(r.stats, path);
    append(agents, r.entries); report.files.push({ kind: 'agents', path, stats: r.stats });
  }
  for (const path of paths.verbs ?? []) {
    const d = parseVerbs(readDict(path), path); nonEmpty(d.stats, path);
    const r = verbRules(d);
    // Verb files replace dateline's own rules: one that converts to no rule would leave them in force unnoticed.
    if (r.rules.length === 0) throw new DictionaryError('E049', `verb dictionary has no pattern with a CAMEO code: ${printable(path)}`);
    append(verbs, r.rules); report.files.push({ kind: 'verbs', path, stats: d.stats, verbs: r.stats });
  }
  for (const path of paths.discards ?? []) {
    const r = parseDiscards(readDict(path), path); nonEmpty(r.stats, path);
    append(discards, r.rules); report.files.push({ kind: 'discards', path, stats: r.stats });
  }
  const compiledDiscards = compileDiscards(discards);
  const hasActors = actors.length > 0 || agents.length > 0;
  const tries = actorTries(actors, agents);
  return {
    verbs, discards, hasActors, report,
    discardMatch: (sentence) => firstDiscard(sentence, compiledDiscards),
    actorSpans: (text, start, end, date) => (hasActors ? dictionaryActorSpans(tries, text, start, end, date) : []),
  };
}

const hasAny = (p: DictionaryPaths | undefined): p is DictionaryPaths =>
  !!p && [p.actors, p.agents, p.verbs, p.discards].some((l) => (l?.length ?? 0) > 0);

/** The dictionaries of this run, or null when `ctx.options.dictionaries` names none. @throws DictionaryError E040–E049. */
export function loadedDictionaries(ctx: Ctx): Dictionaries | null {
  const paths = ctx.options.dictionaries;
  if (!hasAny(paths)) return null;
  return resource(ctx, 'petrarch:dictionaries', () => loadDictionaries(paths));
}
