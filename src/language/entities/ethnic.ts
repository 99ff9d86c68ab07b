/**
 * Ethnic groups coded by their country of settlement (CAMEO manual 1.1b3, ch. 5, "CAMEO Ethnic
 * Coding Scheme": the ethnic group supplements the actor's country; "Bosnian Serbs" are BIH).
 *
 * Phrase shapes read here (token indices are sentence-local):
 * - rule `ethnic-residence`: "<residence> [ethnic] <ethnic noun>" — the residence is a demonym
 *   ("Bosnian"), a country name ("Kosovo") or a country possessive ("Turkey's"); the ethnic noun is
 *   a form of `rules/ethnic.ts` ("Bosnian Serbs", "Iraqi Kurds", "Kosovo Albanian villagers").
 * - rule `ethnic-marked`: "ethnic <ethnic noun or any demonym>" ("ethnic Albanians", "ethnic
 *   Chinese"): no country of its own unless "in <country>" follows (rule group-located-in).
 * - rule `ethnic-stateless`: a table noun no state is named after, alone ("Kurds", "Rohingya
 *   refugees", "the Hutu majority"): no country of its own either.
 * A following title makes a role phrase (`roles.ts`: "Croatian Serb refugees", "ethnic Albanian
 * guerrillas", "Bosnian Serb leader <Name>"); a people noun or nothing makes a group here. Either
 * way the ethnic noun yields no COUNTRY mention of the state its name points at.
 */
import type { Role } from '../../doc.js';
import { ETHNIC_FORMS, ETHNIC_HEAD_NOUNS, ETHNIC_MARKER, ETHNIC_ROLE_PREFIX, type EthnicGroup } from '../rules/ethnic.js';
import type { Lexicon } from './lexicon.js';
import { entryOf, isCap, isPoss, lexAt, low, titleAt, touches } from './view.js';
import type { Cand, Sent } from './types.js';

/** A parsed ethnic prefix: tokens `[start, next)`; `role` keeps the ethnicity (`ethnic serb`, `of` the residence). */
export interface EthnicPrefix {
  start: number;
  next: number;
  /** ISO alpha-3 code of the country of settlement, when the phrase names one. */
  residence: string | null;
  /** The group of the table, or null for "ethnic <demonym>" outside it ("ethnic Chinese"). */
  group: EthnicGroup | null;
  /** `plural`: the phrase names the people and ends here; otherwise a noun may follow. */
  kind: 'plural' | 'singular' | 'adjective';
  role: Role;
  rule: 'ethnic-residence' | 'ethnic-marked' | 'ethnic-stateless';
}

/** Residence at `p`: a demonym or country name (with an optional possessive); ISO3 and next index. */
function residenceAt(s: Sent, lex: Lexicon, p: number): { iso3: string; next: number } | null {
  const m = lexAt(s, lex, p);
  if (!m || entryOf(m, 'ORG')) return null;
  const c = entryOf(m, 'DEMONYM') ?? entryOf(m, 'COUNTRY');
  if (!c) return null;
  const end = p + m.n;
  return { iso3: c.iso3, next: entryOf(m, 'COUNTRY') && isPoss(s.toks[end]) ? end + 1 : end };
}

/** True when the ethnic word at `q` is part of a compound or a longer name ("Serb-held", "Syrian Arab Army"). */
function compoundAfter(s: Sent, q: number): boolean {
  const t = s.toks[q];
  if (!t) return false;
  if (/^[-\u2013]$/.test(t.text) && touches(s.toks[q - 1], t)) return true;
  return isCap(t) && /\p{L}/u.test(t.text);
}

/**
 * The ethnic form at `q`: a table form, or (after "ethnic" only) any one-phrase demonym. Returns
 * the group, the form kind, the label and the state the demonym names (null for stateless peoples).
 */
function formAt(s: Sent, lex: Lexicon, q: number, marked: boolean): { group: EthnicGroup | null; kind: EthnicPrefix['kind']; label: string; state: string | null; n: number } | null {
  const t = s.toks[q];
  if (!t) return null;
  const m = lexAt(s, lex, q);
  const dem = entryOf(m, 'DEMONYM');
  const f = ETHNIC_FORMS.get(t.text);
  if (f) return { group: f.group, kind: f.kind, label: f.group.label, state: f.group.state ?? (dem && m!.n === 1 ? dem.iso3 : null), n: 1 };
  if (!marked || !dem || entryOf(m, 'ORG')) return null;
  const text = s.text.slice(t.start, s.toks[q + m!.n - 1].end);
  const plural = /[^s]s$/.test(text);
  return { group: null, kind: plural ? 'plural' : 'singular', label: (plural ? text.slice(0, -1) : text).toLowerCase(), state: dem.iso3, n: m!.n };
}

/**
 * The ethnic prefix starting at token `p` (no determiner), or null. Rules `ethnic-stateless`,
 * `ethnic-residence` and `ethnic-marked` (see the file comment). Not read: a residence naming the group's own state
 * ("Serbian Serbs"), a residence before a demonym outside the table ("Russian Japanese"), and
 * compounds ("Bosnian Serb-held", "Syrian Arab Army").
 */
export function ethnicPrefix(s: Sent, lex: Lexicon, p: number): EthnicPrefix | null {
  let q = p;
  let residence: string | null = null;
  const stateless = statelessAt(s, lex, p);
  if (stateless) return stateless;
  if (!ETHNIC_MARKER.words.has(low(s.toks[q]))) {
    const r = residenceAt(s, lex, q);
    if (!r) return null;
    residence = r.iso3;
    q = r.next;
  }
  const marked = ETHNIC_MARKER.words.has(low(s.toks[q]));
  if (marked) q++;
  const f = formAt(s, lex, q, marked);
  if (!f || (residence && f.state === residence) || compoundAfter(s, q + f.n)) return null;
  return prefix(p, q + f.n, residence, f, residence ? 'ethnic-residence' : 'ethnic-marked');
}

/** Builds the prefix of tokens `[p, next)` with its ethnic role (`ethnic <label>`, `of` the residence). */
function prefix(p: number, next: number, residence: string | null, f: { group: EthnicGroup | null; kind: EthnicPrefix['kind']; label: string }, rule: EthnicPrefix['rule']): EthnicPrefix {
  const role: Role = { title: `${ETHNIC_ROLE_PREFIX}${f.label}`, of: residence, for: null, sector: null };
  return { start: p, next, residence, group: f.group, kind: f.kind, role, rule };
}

/**
 * Rule `ethnic-stateless`: a table noun that is no state's demonym, alone ("Kurds", "the Tamil
 * minority", "Uighur activists"): the group, with no country of its own. Adjectives ("Kurdish")
 * are left alone: "Kurdish rebels" stays a bare rebel group.
 */
function statelessAt(s: Sent, lex: Lexicon, p: number): EthnicPrefix | null {
  const f = ETHNIC_FORMS.get(s.toks[p]?.text ?? '');
  if (!f || f.kind === 'adjective' || f.group.state || lexAt(s, lex, p) || compoundAfter(s, p + 1)) return null;
  return prefix(p, p + 1, null, { group: f.group, kind: f.kind, label: f.group.label }, 'ethnic-stateless');
}

/** Parts of speech that cannot continue a noun phrase: a singular ethnic noun before one stands alone ("a Bosnian Serb was hurt"). */
const ENDS_PHRASE: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'ADV', 'PRON', 'DET']);

/** Source of a group's country when it names none: "in <country or place>" right after it. */
export type LocatedIn = (s: Sent, lex: Lexicon, p: number) => string | null;

/**
 * An ethnic group phrase at `i` with no title ("Bosnian Serbs", "the ethnic Albanians", "Kosovo
 * Albanian villagers", "an ethnic Russian"): pushes one `desc` candidate (GROUP, or PERSON for a
 * singular person noun or "a/an <singular>") and returns its end, or `i`. Phrases with a title are
 * left to the role parser. The candidate's country is the residence, else `locatedIn`'s answer.
 */
export function ethnicGroupAt(s: Sent, lex: Lexicon, i: number, out: Cand[], locatedIn: LocatedIn): number {
  const T = s.toks;
  const det = low(T[i]);
  const hasDet = det === 'the' || det === 'a' || det === 'an';
  const pre = ethnicPrefix(s, lex, hasDet ? i + 1 : i);
  if (!pre) return i;
  let end = pre.next;
  let type: 'GROUP' | 'PERSON' = 'GROUP';
  const roles: Role[] = [];
  if (pre.kind !== 'plural') {
    const head = low(T[end]);
    if (titleAt(s, end)) return i; // a role phrase ("Bosnian Serb leaders"): roles.ts reads it
    if (ETHNIC_HEAD_NOUNS.group.has(head) || ETHNIC_HEAD_NOUNS.person.has(head)) {
      type = ETHNIC_HEAD_NOUNS.person.has(head) ? 'PERSON' : 'GROUP';
      roles.push({ title: head, of: pre.residence, for: null, sector: null });
      end++;
    } else if (pre.kind === 'adjective' || (T[end] && !ENDS_PHRASE.has(T[end].pos))) {
      if (pre.rule !== 'ethnic-marked') return i; // "the Iraqi Kurdish region": the residence is a place reference
      // "ethnic Albanian areas": the head is no listed people noun, so no group, and no country either (rule ethnic-marked-no-country).
      return pre.next;
    } else if (det === 'a' || det === 'an') {
      type = 'PERSON';
    }
  }
  const country = pre.residence ?? locatedIn(s, lex, end);
  roles.push({ ...pre.role, of: country });
  for (const r of roles) r.of = country;
  const start = T[i].start;
  out.push({ start, end: T[end - 1].end, sentence: s.index, rule: pre.rule, c: 'desc', type, name: s.text.slice(start, T[end - 1].end), roles, country, both: false });
  return end;
}
