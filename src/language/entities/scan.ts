/**
 * Scans one sentence into candidate mentions (see `types.ts`): role phrases with names,
 * descriptive persons and groups, title-only descriptions, gazetteer phrases (countries,
 * demonyms, organizations, places), organization name runs, person name runs, group phrases
 * ("the two"), sentence-initial pronouns and "the <Surname> government".
 */
import type { Role } from '../../doc.js';
import { GOVERNMENT_NOUNS } from '../rules/titles.js';
import { NON_NAME_SUFFIXES, ELLIPTIC_COMPASS, REGION_QUALIFIERS, SPEECH_VERBS, LOCATIVE_WORDS, COUNTRY_GROUP_NOUNS, PERSON_GROUP_NOUNS, SUBJECT_PRONOUNS, GEO_FEATURE_WORDS } from '../rules/names.js';
import { CITY_BARE_POPULATION } from '../../gazetteer/city-rules.js';
import type { City } from '../../gazetteer/cities.js';
import type { Lexicon } from './lexicon.js';
import { parseRole, titleIsModifier, type RolePhrase } from './roles.js';
import { lexAt, entryOf, isCap, low, touches, nameRun, nameWords, orgRun, isPoss, titleAhead, givenNameCountry } from './view.js';
import type { Cand, Sent } from './types.js';
import { ethnicGroupAt } from './ethnic.js';

type Out = Cand[];
const span = (s: Sent, a: number, b: number) => ({ start: s.toks[a].start, end: s.toks[b - 1].end, sentence: s.index });
const textOf = (s: Sent, a: number, b: number): string => s.text.slice(s.toks[a].start, s.toks[b - 1].end);
const iso3 = (code: string | null): string | null => (code && /^[A-Z]{3}$/.test(code) ? code : null);

/** "the two", "both", "the two countries", "both leaders": returns the end index or `i`. */
function pairAt(s: Sent, i: number, out: Out): number {
  const T = s.toks;
  let p = i;
  if (low(T[p]) === 'the' && low(T[p + 1]) === 'two') p += 2;
  else if (low(T[p]) === 'both' && !(low(T[p - 1]) === 'on' || low(T[p - 1]) === 'from')) p += 1;
  else return i;
  const noun = low(T[p]);
  if (COUNTRY_GROUP_NOUNS.words.has(noun)) { out.push({ ...span(s, i, p + 1), rule: 'pair-countries', c: 'pair', what: 'countries' }); return p + 1; }
  if (PERSON_GROUP_NOUNS.words.has(noun)) { out.push({ ...span(s, i, p + 1), rule: 'pair-persons', c: 'pair', what: 'persons' }); return p + 1; }
  if (T[p] && (T[p].pos === 'NOUN' || T[p].pos === 'ADJ' || T[p].pos === 'PROPN' || T[p].pos === 'NUM' || T[p].pos === 'DET')) return i;
  out.push({ ...span(s, i, p), rule: 'pair-bare', c: 'pair', what: 'bare' });
  return p;
}

/** "on both sides" / "from the two countries" after a plural description; returns the end or `p`. */
function bothTail(s: Sent, p: number): number {
  const T = s.toks;
  if (low(T[p]) !== 'on' && low(T[p]) !== 'from') return p;
  let q = p + 1;
  if (low(T[q]) === 'both') q++; else if (low(T[q]) === 'the' && low(T[q + 1]) === 'two') q += 2; else return p;
  return COUNTRY_GROUP_NOUNS.words.has(low(T[q])) ? q + 1 : p;
}

/**
 * "in <country or place>" right after a group with no country of its own gives its country
 * ("unions in Mendoza" -> ARG; rule `group-located-in`). Returns the ISO alpha-3 code or null.
 */
function locatedIn(s: Sent, lex: Lexicon, p: number): string | null {
  if (low(s.toks[p]) !== 'in') return null;
  const m = lexAt(s, lex, p + 1);
  if (!m) return null;
  const c = entryOf(m, 'COUNTRY');
  const pl = entryOf(m, 'PLACE');
  return c?.iso3 ?? (pl ? (alternateCity(s, lex, pl.city) ?? pl.city).country : null);
}

/** Emits the organization named inside a role phrase. */
function roleOrg(s: Sent, rp: RolePhrase, out: Out): void {
  const o = rp.org;
  if (!o) return;
  const key = o.org ? o.org.id : `${o.name.toLowerCase()}|${o.country ?? ''}`;
  out.push({ ...span(s, o.start, o.end), rule: o.org ? o.org.id : 'org-run', c: 'org', key, name: o.org?.name ?? o.name, country: o.country, igo: o.org?.igo ?? null });
}

/** Appositive role after a name at `e` (", the North Korean leader,"); returns roles and the end. */
function appositive(s: Sent, lex: Lexicon, e: number): { roles: Role[]; end: number } {
  if (s.toks[e]?.text !== ',' || !titleAhead(s, e + 1)) return { roles: [], end: e };
  const rp = parseRole(s, lex, e + 1);
  if (!rp || rp.det === 'a' || rp.plural || nameRun(s, lex, rp.end) > rp.end) return { roles: [], end: e };
  const next = s.toks[rp.end];
  if (next && !/^[,.;:]$/.test(next.text) && next.pos !== 'VERB' && next.pos !== 'AUX') return { roles: [], end: e };
  return { roles: withEthnic(rp, rp.role), end: rp.end };
}

/** The role of a role phrase, followed by its ethnic role when an ethnic prefix owns it ("Bosnian Serb leader"). */
const withEthnic = (rp: RolePhrase, role: Role): Role[] => (rp.ethnic ? [role, { ...rp.ethnic, of: rp.ethnic.of ?? role.of }] : [role]);

/**
 * Rule `role-name-of-country`: "<title> <name> of <country>" ("King Hassan of Morocco", "President
 * Ali of Somalia"): the country after the name owns a title that has no owner before it. Returns
 * the ISO alpha-3 code, or null when "of" + a country name does not follow the name at `ne`.
 */
function countryAfterName(s: Sent, lex: Lexicon, ne: number): string | null {
  if (low(s.toks[ne]) !== 'of') return null;
  const m = lexAt(s, lex, ne + 1);
  const cty = entryOf(m, 'COUNTRY');
  return cty && !entryOf(m, 'ORG') ? cty.iso3 : null;
}

/** A role phrase at `i`, with a name, a description or a title-only mention; returns the end or `i`. */
function roleAt(s: Sent, lex: Lexicon, i: number, out: Out): number {
  if (!titleAhead(s, i)) return i; // every role phrase ends in a title
  const rp = parseRole(s, lex, i);
  if (!rp) return i;
  const ne = nameRun(s, lex, rp.end);
  if (ne > rp.end && !rp.plural) {
    roleOrg(s, rp, out);
    const name = textOf(s, rp.end, ne);
    const ap = appositive(s, lex, ne);
    const role = rp.role.of || rp.org ? rp.role : { ...rp.role, of: countryAfterName(s, lex, ne) ?? rp.role.of };
    out.push({ ...span(s, rp.end, ne), rule: 'role-name', c: 'person', name, roles: [...withEthnic(rp, role), ...ap.roles], country: iso3(role.of) });
    return ap.end;
  }
  if (titleIsModifier(s, rp.end)) return i;
  if (rp.plural) {
    const end = bothTail(s, rp.end);
    roleOrg(s, rp, out);
    const role = rp.role.of ? rp.role : { ...rp.role, of: locatedIn(s, lex, end) };
    out.push({ ...span(s, i, end), rule: 'desc-group', c: 'desc', type: 'GROUP', name: textOf(s, i, end), roles: withEthnic(rp, role), country: iso3(role.of), both: end > rp.end });
    return end;
  }
  if (rp.det === 'a' || (!rp.det && rp.hasOwner && !isCap(s.toks[rp.titleStart]))) {
    roleOrg(s, rp, out);
    out.push({ ...span(s, i, rp.end), rule: 'desc-person', c: 'desc', type: 'PERSON', name: textOf(s, i, rp.end), roles: withEthnic(rp, rp.role), country: iso3(rp.role.of), both: false });
    return rp.end;
  }
  if (rp.det === 'the') {
    roleOrg(s, rp, out);
    out.push({ ...span(s, i, rp.end), rule: 'title-only', c: 'title', phrase: textOf(s, i, rp.end), title: rp.role.title, family: rp.family, of: rp.role.of, roles: withEthnic(rp, rp.role) });
    return rp.end;
  }
  return i;
}

/** A gazetteer phrase at `i` (with "Russian Foreign Ministry" compounds); returns the end or `i`. */
function lexiconAt(s: Sent, lex: Lexicon, i: number, out: Out): number {
  const m = lexAt(s, lex, i);
  if (!m || givenNameCountry(s, lex, i)) return i;
  const T = s.toks;
  const end = i + m.n;
  const org = entryOf(m, 'ORG');
  const cty = entryOf(m, 'COUNTRY');
  const dem = entryOf(m, 'DEMONYM');
  const place = entryOf(m, 'PLACE');
  if (org) {
    out.push({ ...span(s, i, end), rule: org.org.id, c: 'org', key: org.org.id, name: org.org.name, country: org.org.country, igo: org.org.igo });
    return end;
  }
  if (cty && i > 0 && REGION_QUALIFIERS.pairs.has(`${low(T[i - 1])} ${textOf(s, i, end).toLowerCase()}`)) return end; // rule region-not-country
  if (cty || dem) {
    const code = (cty ?? dem)!.iso3;
    const after = cty && isPoss(T[end]) ? end + 1 : end;
    const oe = orgRun(s, after);
    if (oe > after) {
      const name = textOf(s, i, oe);
      out.push({ ...span(s, i, oe), rule: 'org-of-country', c: 'org', key: `${textOf(s, after, oe).toLowerCase()}|${code}`, name, country: code, igo: null });
      return oe;
    }
    out.push({ ...span(s, i, end), rule: cty ? 'country-name' : 'country-demonym', c: 'country', iso3: code, name: (cty ?? dem)!.name, kind: cty ? 'name' : 'demonym' });
    return end;
  }
  if (place) {
    if (isCap(T[end]) && (nameRun(s, lex, i) > end || orgRun(s, i) > end)) return i;
    const big = place.city.capital || place.city.population >= CITY_BARE_POPULATION.value;
    const located = LOCATIVE_WORDS.words.has(low(T[i - 1]));
    if (!big && !located) return i;
    if (i === 0 && T[i].pos !== 'PROPN') return i;
    const alt = alternateCity(s, lex, place.city);
    out.push({ ...span(s, i, end), rule: alt ? 'city-alternate' : big ? 'place-large' : 'place-locative', c: 'place', city: alt ?? place.city });
    return end;
  }
  return i;
}

/**
 * Rule `city-alternate`: a city name two prominent places bear (`CityGazetteer.alternates`: Tripoli
 * LBY/LBN) goes to the other place when its own sentence names that place's country and not the
 * first one's ("Tripoli ... the north Lebanese port" -> Tripoli, LBN). Sentence evidence only: a
 * document naming Uruguay does not move Florida.
 */
function alternateCity(s: Sent, lex: Lexicon, city: City): City | null {
  const alts = lex.cities.alternates.get(city.name);
  if (!alts?.length) return null;
  const named = new Set<string>();
  for (let j = 0; j < s.toks.length; j++) {
    const m = lexAt(s, lex, j);
    const c = entryOf(m, 'COUNTRY') ?? entryOf(m, 'DEMONYM');
    if (c) named.add(c.iso3);
  }
  if (city.country && named.has(city.country)) return null;
  const hits = alts.filter((a) => a.country && named.has(a.country));
  return hits.length === 1 ? hits[0]! : null;
}

/** "the Kim government", "the Trump administration", "the North": returns the end or `i`. */
function govAt(s: Sent, lex: Lexicon, i: number, out: Out): number {
  const T = s.toks;
  if (low(T[i]) === 'the' && ELLIPTIC_COMPASS.words.has(T[i + 1]?.text ?? '') && !isCap(T[i + 2])) {
    out.push({ ...span(s, i, i + 2), rule: 'elliptic-compass', c: 'compass', word: T[i + 1].text });
    return i + 2;
  }
  if (low(T[i]) !== 'the' || !isCap(T[i + 1]) || !GOVERNMENT_NOUNS.has(low(T[i + 2]))) return i;
  // "the Turkish government" is a country's government (a role phrase), not a leader's surname.
  const m = lexAt(s, lex, i + 1);
  if (m && m.n === 1 && (entryOf(m, 'COUNTRY') || entryOf(m, 'DEMONYM'))) return i;
  out.push({ ...span(s, i, i + 3), rule: 'surname-government', c: 'gov', surname: T[i + 1].text });
  return i + 3;
}

/** A capitalized run at `i`: an organization, a person name, or a single name word. */
function runAt(s: Sent, lex: Lexicon, i: number, out: Out): number {
  const T = s.toks;
  const oe = orgRun(s, i);
  if (oe > i + 1) {
    out.push({ ...span(s, i, oe), rule: 'org-run', c: 'org', key: `${textOf(s, i, oe).toLowerCase()}|`, name: textOf(s, i, oe), country: null, igo: null });
    return oe;
  }
  const first = i === 0 || (i === 1 && /^[“"‘'(]$/.test(T[0].text));
  const ne = nameRun(s, lex, i);
  if (ne <= i) return i;
  const words = nameWords(s, i, ne);
  if (first && T[i].pos !== 'PROPN' && (words < 2 || T[i + 1].pos !== 'PROPN')) {
    // A common-looking first word counts only as a known person's short name ("Moon thanked Abe").
    if (words === 1) out.push({ ...span(s, i, ne), rule: 'name-single-initial', c: 'single', name: textOf(s, i, ne), speech: false, pair: false });
    return ne;
  }
  if (words >= 2 && GEO_FEATURE_WORDS.words.has(T[ne - 1].text)) {
    out.push({ ...span(s, i, ne), rule: 'geo-feature', c: 'feature', name: textOf(s, i, ne) });
    return ne;
  }
  if (words >= 2 && words <= 4 && !T.slice(i, ne).some((t) => NON_NAME_SUFFIXES.re.test(t.text))) {
    const ap = appositive(s, lex, ne);
    const country = iso3(ap.roles[0]?.of ?? null);
    out.push({ ...span(s, i, ne), rule: ap.roles.length ? 'name-appositive' : 'name-run', c: 'person', name: textOf(s, i, ne), roles: ap.roles, country });
    return ap.end;
  }
  if (words !== 1) return ne;
  const speech = SPEECH_VERBS.words.has(low(T[ne])) || SPEECH_VERBS.words.has(low(T[i - 1]));
  const pair = (T[ne]?.text === '-' && touches(T[ne - 1], T[ne])) || (T[i - 1]?.text === '-' && touches(T[i - 1], T[i]));
  out.push({ ...span(s, i, ne), rule: 'name-single', c: 'single', name: textOf(s, i, ne), speech, pair });
  return ne;
}

/** Index of the first word token of the sentence (skipping opening quotes and brackets). */
const firstWord = (s: Sent): number => { let k = 0; while (k < s.toks.length && !/\p{L}/u.test(s.toks[k].text)) k++; return k; };

/** A span the named-entity tagger proposes: sentence-local token indices `[start, end)`. */
export interface NerProposal { start: number; end: number; type: 'PER' | 'ORG' | 'LOC' | 'MISC' }

/** Rule candidates from bare capitalized runs, which a tagger ORG span may replace. */
const RUN_RULES: ReadonlySet<string> = new Set(['name-run', 'name-single', 'name-single-initial']);

/**
 * Merges the trained tagger's spans (`language/ner`) into a sentence's rule candidates: a person
 * or organization span that overlaps no rule candidate becomes `ner-person` (two or more words),
 * `ner-single` (one word; coreference may join it to a full name) or `ner-org`; an ORG span also
 * replaces bare name-run candidates it covers ("Rheinmetall AG" is no person). Places stay with
 * the gazetteer (a place needs coordinates). Other rule candidates always win, so roles and
 * coreference keep working on them. Returns the candidates in text order.
 */
export function withNer(s: Sent, rules: readonly Cand[], props: readonly NerProposal[]): Cand[] {
  if (props.length === 0) return [...rules];
  // Rule candidates by start, with the running maximum of their ends: the candidates overlapping a
  // span are found by binary search, so a sentence with thousands of names stays linear-logarithmic.
  const byStart = [...rules].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (let k = 0; k < byStart.length; k++) maxEnd.push(Math.max(k ? maxEnd[k - 1]! : -Infinity, byStart[k]!.end));
  const removed = new Set<Cand>();
  const added: Cand[] = [];
  for (const p of props) {
    if (p.type !== 'PER' && p.type !== 'ORG') continue;
    const sp = span(s, p.start, p.end);
    let lo = 0, hi = byStart.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (maxEnd[mid]! > sp.start) hi = mid; else lo = mid + 1; }
    const over: Cand[] = [];
    for (let k = lo; k < byStart.length && byStart[k]!.start < sp.end; k++) {
      const c = byStart[k]!;
      if (c.end > sp.start && !removed.has(c)) over.push(c);
    }
    // An ORG proposal replaces the capitalized runs it covers; a PER proposal replaces the lone
    // names it covers ("Bill Clinton": "Bill" alone is a common noun to the name rules) (rule ner-person-over-single).
    const inside = (c: Cand): boolean => c.start >= sp.start && c.end <= sp.end;
    const replace = over.length > 0 && (p.type === 'ORG'
      ? over.every((c) => RUN_RULES.has(c.rule) && inside(c))
      : over.every((c) => c.c === 'single' && inside(c)));
    if (over.length && !replace) continue;
    const name = textOf(s, p.start, p.end);
    if (!/\p{Lu}/u.test(name)) continue;
    if (replace) for (const c of over) removed.add(c);
    if (p.type === 'ORG') added.push({ ...sp, rule: 'ner-org', c: 'org', key: `${name.toLowerCase()}|`, name, country: null, igo: null });
    else if (p.end - p.start > 1) added.push({ ...sp, rule: 'ner-person', c: 'person', name, roles: [], country: null });
    else added.push({ ...sp, rule: 'ner-single', c: 'single', name, speech: false, pair: false });
  }
  if (added.length === 0 && removed.size === 0) return [...rules];
  return [...rules.filter((c) => !removed.has(c)), ...added].sort((a, b) => a.start - b.start);
}

/** All candidate mentions of one sentence, in text order. */
export function scanSentence(s: Sent, lex: Lexicon): Cand[] {
  const out: Out = [];
  const fw = firstWord(s);
  let i = 0;
  while (i < s.toks.length) {
    if (i === fw && SUBJECT_PRONOUNS.words.has(s.toks[i].text)) {
      out.push({ ...span(s, i, i + 1), rule: 'pronoun-subject', c: 'pronoun' });
      i++; continue;
    }
    let e = pairAt(s, i, out);
    if (e === i) e = govAt(s, lex, i, out);
    if (e === i) e = roleAt(s, lex, i, out);
    if (e === i) e = ethnicGroupAt(s, lex, i, out, locatedIn);
    if (e === i) e = lexiconAt(s, lex, i, out);
    if (e === i) e = runAt(s, lex, i, out);
    i = e > i ? e : i + 1;
  }
  return out;
}
