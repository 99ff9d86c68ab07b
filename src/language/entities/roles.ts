/**
 * Role phrases: "[det] [owner] [modifiers] TITLE [for|of|to COUNTRY]" before a name ("Russia's
 * President", "U.S. special representative for North Korea", "a State Department official") or
 * as an appositive after one ("..., the North Korean leader,"). The owner is a country (name +
 * possessive, or demonym) and/or an organization; the role's `of` follows from it.
 */
import type { Role } from '../../doc.js';
import { TITLE_MODIFIERS } from '../rules/titles.js';
import type { Lexicon } from './lexicon.js';
import { lexAt, entryOf, titleAt, isPoss, low, orgRun, isCap, touches, type TitleMatch } from './view.js';
import type { Sent } from './types.js';
import { ORG_HEAD_WORDS, type OrgRule } from '../rules/orgs.js';
import { ethnicPrefix } from './ethnic.js';
import { CITY_BARE_POPULATION } from '../../gazetteer/city-rules.js';

/** An organization named inside a role phrase ("State Department" in "a State Department official"). */
export interface RoleOrg { start: number; end: number; name: string; org: OrgRule | null; country: string | null }

/** A parsed role phrase; `start`/`end` are sentence-local token indices. */
export interface RolePhrase {
  start: number; end: number;
  det: 'the' | 'a' | null;
  role: Role;
  family: string;
  plural: boolean;
  /** Token index where the title starts, and whether it was capitalized. */
  titleStart: number;
  hasOwner: boolean;
  org: RoleOrg | null;
  /** The ethnic role when an ethnic prefix owns the title ("Bosnian Serb leader": `ethnic serb` of BIH; see `ethnic.ts`). */
  ethnic: Role | null;
}

const DETS: Readonly<Record<string, 'the' | 'a'>> = Object.freeze({ the: 'the', a: 'a', an: 'a' });

/** Country owner at `p`: "Russia's", "North Korean", "U.S."; returns the ISO3 and the next index. */
function countryOwner(s: Sent, lex: Lexicon, p: number): { iso3: string; next: number } | null {
  const m = lexAt(s, lex, p);
  if (!m) return null;
  const dem = entryOf(m, 'DEMONYM');
  const cty = entryOf(m, 'COUNTRY');
  // Rule `country-led`: "U.S.-led forces", "Saudi-led coalition", "Vietnamese-led troops" are led by
  // that country and coded as its own ("-backed" is not: a backer is not the owner).
  const e = p + m.n, T = s.toks;
  if ((cty || dem) && T[e]?.text === '-' && low(T[e + 1]) === 'led' && touches(T[e - 1], T[e]) && touches(T[e], T[e + 1])) {
    return { iso3: (cty ?? dem)!.iso3, next: e + 2 };
  }
  if (cty && isPoss(s.toks[p + m.n])) return { iso3: cty.iso3, next: p + m.n + 1 };
  if (dem) return { iso3: dem.iso3, next: p + m.n };
  if (cty) return { iso3: cty.iso3, next: p + m.n };
  return null;
}

/** Organization owner at `p`: a table organization or an organization name run. */
function orgOwner(s: Sent, lex: Lexicon, p: number, country: string | null): { org: RoleOrg; next: number } | null {
  const m = lexAt(s, lex, p);
  const e = entryOf(m, 'ORG');
  let end = e && m ? p + m.n : orgRun(s, p);
  if (end <= p) return null;
  const name = s.text.slice(s.toks[p].start, s.toks[end - 1].end);
  const org: RoleOrg = { start: p, end, name, org: e?.org ?? null, country: e?.org.country ?? country };
  if (isPoss(s.toks[end])) end++;
  return { org, next: end };
}

/**
 * "for|to|of [the] COUNTRY|ORG|PLACE" after a title; returns the code and the next index. A city or
 * region gives its country ("Mayor of London" -> GBR, "envoy to Kabul" -> AFG; rule role-of-place).
 */
function complement(s: Sent, lex: Lexicon, p: number): { code: string; prep: string; next: number } | null {
  const prep = low(s.toks[p]);
  if (prep !== 'for' && prep !== 'to' && prep !== 'of') return null;
  let q = p + 1;
  if (low(s.toks[q]) === 'the') q++;
  const m = lexAt(s, lex, q);
  if (!m) return null;
  const c = entryOf(m, 'COUNTRY');
  const o = entryOf(m, 'ORG');
  const pl = entryOf(m, 'PLACE');
  const code = c?.iso3 ?? o?.org.country ?? o?.org.igo ?? pl?.city.country ?? null;
  if (!code) return null;
  // A place followed by another capitalized word is part of a longer name ("of Kowloon West district").
  if (!c && !o && isCap(s.toks[q + m.n]) && !nameFollows(s, q + m.n)) return null;
  const body = c && prep !== 'of' ? ownedBody(s, q + m.n) : 0;
  // "a spokesperson for Japan's foreign ministry": the role is held in that country (rule role-for-owned-body).
  if (body) return { code, prep: 'of', next: body };
  // "to Lebanon's President": the country owns what follows, it does not complete this title.
  if (isPoss(s.toks[q + m.n])) return null;
  // "the government of Sindh province": a region's own kind noun stays in the complement.
  const kind = !c && !o && PLACE_KIND_NOUNS.has(low(s.toks[q + m.n]) ?? '') ? 1 : 0;
  return { code, prep, next: q + m.n + kind };
}

/** Nouns that name the kind of a place right after its name ("Sindh province", "Donetsk region"). */
const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set(['province', 'region', 'state', 'district', 'county', 'governorate', 'oblast', 'prefecture', 'territory', 'municipality', 'city']);

/** True when a person's name (two or more capitalized words, then a non-capitalized token or the end) starts at `p`. */
function nameFollows(s: Sent, p: number): boolean {
  let q = p;
  while (q < s.toks.length && isCap(s.toks[q])) q++;
  return q - p >= 2;
}

/**
 * City or region owner of a local title at `p` ("London Mayor", "Texas Governor"; rule
 * role-local-owner): the place's country and the next index, only when a local title follows.
 */
function placeOwner(s: Sent, lex: Lexicon, p: number): { iso3: string; next: number } | null {
  const m = lexAt(s, lex, p);
  const pl = entryOf(m, 'PLACE');
  if (!m || !pl?.city.country) return null;
  const next = isPoss(s.toks[p + m.n]) ? p + m.n + 1 : p + m.n;
  const tm = titleAt(s, next);
  // Local offices ("Kabul mayor") and groups ("Darfur rebels", "Paris police") take the place's country
  // (rule place-owner); groups only after a region or a large city ("Roman soldiers" are not from Roman, Romania).
  const prominent = pl.city.capital || pl.city.featureCode === 'ADM1' || pl.city.population >= CITY_BARE_POPULATION.value;
  return tm && (tm.rule.local || (tm.rule.family === 'collective' && prominent)) ? { iso3: pl.city.country, next } : null;
}

/**
 * True when a title that is also an ordinary word ("the general public", "a major in the army",
 * "the head of the queue") stands with no owner, no kept modifier, no complement and no name after
 * it: a common noun, not a role (rule title-common-word).
 */
function commonWord(s: Sent, tm: TitleMatch, titleStart: number, owned: boolean, end: number): boolean {
  if (!tm.rule.common || owned || isCap(s.toks[titleStart])) return false;
  return !isCap(s.toks[end]);
}

/** After "COUNTRY" at `p`: "'s foreign ministry" / "'s embassy" up to an organization head word; returns the end or 0. */
function ownedBody(s: Sent, p: number): number {
  if (!isPoss(s.toks[p])) return 0;
  for (let q = p + 1; q < Math.min(p + 5, s.toks.length); q++) {
    const w = s.toks[q].text;
    const head = Object.keys(ORG_HEAD_WORDS).find((h) => h.toLowerCase() === w.toLowerCase());
    if (head && ORG_HEAD_WORDS[head] === 'gov') return q + 1;
    if (!/^\p{L}+$/u.test(w)) return 0;
  }
  return 0;
}

/**
 * Parses a role phrase starting at token `i`, or returns null. Requires a title; modifiers from
 * TITLE_MODIFIERS ("senior", "deputy", "former") may stand before it.
 */
export function parseRole(s: Sent, lex: Lexicon, i: number): RolePhrase | null {
  const T = s.toks;
  let p = i;
  const det = DETS[low(T[p])] ?? null;
  if (det) p++;
  const kept: string[] = [];
  let former = false;
  const mods = (): void => {
    for (let guard = 0; guard < 4 && !titleAt(s, p); guard++) {
      const joined = T[p + 1]?.text === '-' && touches(T[p], T[p + 1]) && touches(T[p + 1], T[p + 2]);
      const word = joined ? `${low(T[p])}-${low(T[p + 2])}` : low(T[p]);
      const mod = TITLE_MODIFIERS[word];
      if (!mod) break;
      if (mod === 'keep') kept.push(word);
      if (mod === 'former') former = true;
      p += joined ? 3 : 1;
    }
  };
  mods();
  let country: string | null = null;
  // "Croatian Serb refugees", "ethnic Albanian guerrillas": the country of settlement owns the title (rules ethnic-residence, ethnic-marked).
  const ep = ethnicPrefix(s, lex, p);
  const ethnic = ep && ep.kind !== 'plural' ? ep.role : null;
  const co = ethnic ? { iso3: ep!.residence, next: ep!.next } : countryOwner(s, lex, p) ?? placeOwner(s, lex, p);
  if (co) { country = co.iso3; p = co.next; }
  let org: RoleOrg | null = null;
  if (!titleAt(s, p)) {
    const oo = orgOwner(s, lex, p, country);
    if (oo) { org = oo.org; p = oo.next; }
  }
  mods();
  const tm = titleAt(s, p);
  if (!tm) return null;
  const titleStart = p;
  p += tm.n;
  const title = [...kept, tm.plural ? tm.rule.title.replace(/s$/, '') : tm.rule.title].join(' ');
  let of: string | null = country ?? org?.country ?? org?.org?.igo ?? null;
  let forC: string | null = null;
  // "troops to Lebanon" is a movement, not a role held for Lebanon: "to" completes only a non-collective title (rule role-to-not-collective).
  const comp = tm.rule.family === 'collective' && low(s.toks[p]) === 'to' ? null : complement(s, lex, p);
  if (comp) {
    if (comp.prep === 'of' && !of) of = comp.code; else forC = comp.code;
    p = comp.next;
  }
  if (tm.rule.honorific && !isCap(T[p])) return null;
  if (!comp && commonWord(s, tm, titleStart, !!(country || org) || kept.length > 0, p)) return null;
  // A residence owns an ethnic group's title but makes it no government office.
  const sector = former ? 'ELI' : tm.rule.sector ?? (org?.org?.igo ? null : org || (country && !ethnic) ? 'GOV' : null);
  const role: Role = { title: former ? `former ${title}` : title, of, for: forC, sector };
  const eth = ethnic ? { ...ethnic, of: ethnic.of ?? of } : null;
  return { start: i, end: p, det, role, family: tm.rule.family, plural: tm.plural, titleStart, hasOwner: !!(country || org || ethnic), org, ethnic: eth };
}

/** True when the token after a role phrase makes it a modifier, not a person ("the official visit"). */
export function titleIsModifier(s: Sent, end: number): boolean {
  const t = s.toks[end];
  return !!t && !isCap(t) && (t.pos === 'NOUN' || t.pos === 'PROPN') && !/^(officials?|diplomats?)$/.test(t.text);
}
