/**
 * Within-document coreference: turns candidate mentions (in text order) into entities. Surnames
 * and partial names join the full name (East Asian names: the family name, written first);
 * title-only descriptions join the person holding the role; "the two" joins the last pair;
 * sentence-initial he/she joins the previous sentence's single person subject.
 */
import type { Entity, EntityType, Mention, Role } from '../../doc.js';
import { EAST_ASIAN_FAMILY_NAMES, NAME_PARTICLES } from '../rules/names.js';
import { TITLE_BY_TEXT, titleKey } from '../rules/titles.js';
import { combineGender, nameGender, pronounGender, type Gender } from '../rules/gender.js';
import type { Cand } from './types.js';
import { QuoteMarks, RoleIndex, SeenLog, type Seen } from './seen.js';

/** An entity under construction. `order` is the position used for id assignment. */
export interface Ent {
  type: EntityType; name: string; roles: Role[]; country: string | null; mentions: Mention[];
  members?: Ent[]; geo?: { lat: number; lon: number; source: string } | null; order: number; desc: boolean;
  /** Gender cues from titles and honorifics ("Queen", "Mrs", "spokeswoman"). */
  genders?: Gender[];
}

/** Facts about the sentences that coreference needs. */
export interface SentInfo { paragraph: number; subjectEnd: number }

/** Generational suffixes that follow a surname ("Jr.", "III"): never the short name (rule name-suffix). */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);
const withoutSuffix = (w: string[]): string[] => (w.length > 2 && NAME_SUFFIXES.has(w[w.length - 1]) ? w.slice(0, -1) : w);

/**
 * Short-name keys of a person name: the last word; the first when it is an East Asian family name;
 * and the word before a lower-case particle when it is not the first word (the name a Portuguese or
 * Spanish name is known by: "Luiz Inacio Lula da Silva" -> "Lula"; rule short-before-particle).
 */
export function shortKeys(name: string): string[] {
  const all = withoutSuffix(name.split(/\s+/));
  const w = all.filter((x) => /^\p{Lu}/u.test(x));
  if (w.length <= 1) return w;
  const keys = [w[w.length - 1]];
  if (EAST_ASIAN_FAMILY_NAMES.words.has(w[0])) keys.push(w[0]);
  const particle = all.findIndex((x, k) => k > 1 && NAME_PARTICLES.words.has(x));
  if (particle > 1 && /^\p{Lu}/u.test(all[particle - 1])) keys.push(all[particle - 1]);
  return keys;
}

/**
 * Adds roles to an entity, merging one with the same title. Honorifics (Mr, Mrs, Dr) are no role:
 * they only leave their gender cue, as do gendered titles (rule honorific-not-role).
 */
function addRoles(e: Ent, roles: Role[]): void {
  for (const r of roles) {
    const rule = TITLE_BY_TEXT.get(r.title);
    if (rule?.gender) (e.genders ??= []).push(rule.gender);
    if (rule?.honorific) continue;
    const same = e.roles.find((x) => x.title === r.title && (x.of === r.of || !x.of || !r.of));
    if (!same) { e.roles.push({ ...r }); continue; }
    same.of ??= r.of; same.for ??= r.for; same.sector ??= r.sector;
  }
  e.country ??= e.roles.map((r) => r.of).find((o) => !!o && /^[A-Z]{3}$/.test(o)) ?? null;
}

/**
 * True when two person names can name one person: one is the other with words before it ("Would
 * Adam Schiff" from a sentence-initial word), or both share the last word and one given name starts
 * the other ("John M. Ford" and "John Milo Ford", "Pat Carlineo" and "Patrick Carlineo"). Rule name-variants.
 */
export function sameNameVariant(a: string, b: string): boolean {
  const x = withoutSuffix(a.split(/\s+/)); const y = withoutSuffix(b.split(/\s+/));
  const [long, short] = x.length >= y.length ? [x, y] : [y, x];
  if (short.length >= 2 && long.slice(long.length - short.length).join(' ') === short.join(' ')) return true;
  // Same surname, and one given name the short form of the other ("Pat"/"Patrick", "Josh"/"Joshua").
  const given = x[0].length <= y[0].length ? [x[0], y[0]] : [y[0], x[0]];
  return x.length >= 2 && y.length >= 2 && x[x.length - 1] === y[y.length - 1] && given[0].length >= 3 && given[1].startsWith(given[0]);
}

/** The entities of `list` that are variants of one name (see {@link sameNameVariant}), or null when they name two people. */
function oneName(list: readonly Ent[]): Ent[] | null {
  const distinct = [...new Set(list)];
  return distinct.every((e) => distinct.every((f) => e === f || sameNameVariant(e.name, f.name))) ? distinct : null;
}

/** Gender of an entity: its title and honorific cues and, for a named person, its given name (see rules/gender.ts). */
export function genderOf(e: Ent): Gender {
  return combineGender([...(e.genders ?? []), e.desc || e.type !== 'PERSON' ? null : nameGender(e.name)]);
}

/** Builds entities from the candidates of a document. */
export class Coref {
  private ents: Ent[] = [];
  private byKey = new Map<string, Ent>();
  private persons = new Map<Cand, Ent>();
  private surnames = new Map<string, Ent[]>();
  private log = new SeenLog();
  /** The resolved mentions in processing order (see {@link SeenLog}). */
  private get seen(): Seen[] { return this.log.all; }
  /** Named persons of pass 1 by role: the fallback pool of title-only mentions. */
  private namedRoles = new RoleIndex();
  /** Position of each entity in `ents` (for group keys). */
  private entIndex = new Map<Ent, number>();
  private quotes = new QuoteMarks('');
  private text = '';

  constructor(
    private cands: Cand[], private sents: SentInfo[], private countryName: (iso3: string) => string,
    private countryByName: (name: string) => { iso3: string; name: string } | null = () => null,
    private knownPerson: (name: string) => boolean = () => false,
  ) {}

  /** "the North" after "South Korea": the country named "<word> <rest>" for a country seen as "<other> <rest>". */
  private compass(word: string): Ent | null {
    // Countries by their last mention, latest first: an earlier mention of one decides as its last does.
    for (const [e, start] of [...this.log.countries].reverse()) {
      const m = /^(\S+) (.+)$/.exec(e.name);
      if (!m) continue;
      if (m[1] === word) return e;
      const c = this.countryByName(`${word} ${m[2]}`);
      if (c) return this.countryEnt(c.iso3, c.name, start);
    }
    return null;
  }

  private make(type: EntityType, name: string, order: number, extra: Partial<Ent> = {}): Ent {
    const e: Ent = { type, name, roles: [], country: null, mentions: [], order, desc: false, ...extra };
    this.entIndex.set(e, this.ents.length);
    this.ents.push(e);
    return e;
  }

  private keyed(key: string, mk: () => Ent): Ent {
    let e = this.byKey.get(key);
    if (!e) { e = mk(); this.byKey.set(key, e); }
    return e;
  }

  private mention(e: Ent, c: Cand, text: string, kind: Mention['kind']): void {
    e.mentions.push({ start: c.start, end: c.end, text, kind });
    e.order = Math.min(e.order, c.start);
    this.log.push({ ent: e, start: c.start, end: c.end, sentence: c.sentence, kind });
  }

  /** Pass 1: cluster the named persons by full name and short-name keys. */
  private clusterPersons(): void {
    for (const c of this.cands) {
      if (c.c !== 'person') continue;
      const keys = shortKeys(c.name);
      const matches = this.ents.filter((x) => x.type === 'PERSON' && !x.desc && (x.name === c.name
        || (c.name.includes(' ') && !x.name.includes(' ') && keys.includes(x.name))
        || (c.name.includes(' ') && x.name.includes(' ') && sameNameVariant(x.name, c.name))
        || (!c.name.includes(' ') && shortKeys(x.name).includes(c.name))));
      // A surname shared by two named persons ("Biden" after Joe and Hunter Biden) stays unlinked (rule surname-ambiguous).
      const group = c.name.includes(' ') ? matches : oneName(matches);
      if (!group) continue;
      let e = group.find((x) => x.name === c.name) ?? [...group].sort((a, b) => a.name.length - b.name.length)[0];
      if (!e) e = this.make('PERSON', c.name, c.start);
      if (c.name.split(' ').length > e.name.split(' ').length) e.name = c.name;
      addRoles(e, c.roles);
      e.country ??= c.country;
      this.persons.set(c, e);
    }
    for (const e of this.ents) {
      for (const k of [...shortKeys(e.name), e.name]) { const l = this.surnames.get(k); if (l) l.push(e); else this.surnames.set(k, [e]); }
      this.namedRoles.add(e);
    }
  }

  /**
   * For a surname shared by `list`: null when they are two people (rule surname-ambiguous), else the
   * variant mentioned last before `at` (or the shortest name when none is mentioned yet).
   */
  private latest(list: readonly Ent[], at: number): Ent | null {
    const group = oneName(list);
    if (!group) return null;
    const last = this.log.lastOf(group, at);
    if (last) return last;
    return [...group].sort((a, b) => a.name.length - b.name.length)[0];
  }

  /** The last two distinct entities of `type` seen before `at` (named, not descriptive). */
  private lastTwo(type: EntityType, at: number, minSentence: number): Ent[] {
    const out: Ent[] = [];
    for (let k = this.seen.length - 1; k >= 0 && out.length < 2; k--) {
      const s = this.seen[k];
      if (s.sentence < minSentence && this.log.monotone) break; // earlier entries are in earlier sentences
      if (s.start >= at || s.sentence < minSentence) continue;
      if (s.ent.type === type && !s.ent.desc && !out.includes(s.ent)) out.unshift(s.ent);
    }
    return out.length === 2 ? out : [];
  }

  private group(members: Ent[], order: number): Ent {
    const key = `G:${members.map((m) => this.entIndex.get(m) ?? -1).sort().join(',')}`;
    return this.keyed(key, () => this.make('GROUP', members.map((m) => m.name).join(' and '), order, { members }));
  }

  private countryEnt(iso3: string, name: string, order: number): Ent {
    return this.keyed(`C:${iso3}`, () => this.make('COUNTRY', name, order, { country: iso3 }));
  }

  /**
   * Two countries for "the two countries" / "both sides": the last two distinct countries among
   * the salient entities seen in the last three sentences, a named person standing for its country.
   */
  private pairCountries(c: Cand): Ent[] {
    const isos: string[] = [];
    for (let k = this.seen.length - 1; k >= 0 && isos.length < 2; k--) {
      const s = this.seen[k];
      if (s.sentence < c.sentence - 3 && this.log.monotone) break; // earlier entries are in earlier sentences
      if (s.start >= c.start || s.sentence < c.sentence - 3 || s.ent.desc) continue;
      const iso = s.ent.type === 'COUNTRY' || (s.ent.type === 'PERSON') ? s.ent.country : null;
      if (iso && !isos.includes(iso)) isos.unshift(iso);
    }
    return isos.length === 2 ? isos.map((iso) => this.countryEnt(iso, this.countryName(iso), c.start)) : [];
  }

  private pair(c: Extract<Cand, { c: 'pair' }>): Ent | null {
    const min = c.sentence - 3;
    if (c.what === 'countries') { const m = this.pairCountries(c); return m.length ? this.group(m, c.start) : null; }
    const persons = this.lastTwo('PERSON', c.start, min);
    if (c.what === 'bare') {
      const lastGroup = SeenLog.lastBefore(this.log.pairs, c.start);
      const lastPerson = SeenLog.lastBefore(this.log.named, c.start);
      const samePara = lastGroup && this.sents[lastGroup.sentence]?.paragraph === this.sents[c.sentence]?.paragraph;
      if (lastGroup && samePara && (!lastPerson || lastGroup.start > lastPerson.start)) return lastGroup.ent;
    }
    if (persons.length) return this.group(persons, c.start);
    const countries = this.lastTwo('COUNTRY', c.start, min);
    return countries.length ? this.group(countries, c.start) : null;
  }

  /**
   * The person holding the role a title-only mention names ("the North Korean leader"): a person
   * with a role of the same office (title key, see rules/titles.ts; a generic title such as
   * "leader" or "envoy" matches its whole family) and, when the mention names one, the same country.
   * Persons mentioned before win over later ones, named persons over descriptions. Two or more
   * fitting persons leave the mention unlinked (rule title-ambiguous: "the president" with two presidents).
   */
  private roleHolder(c: Extract<Cand, { c: 'title' }>): Ent | null {
    const generic = TITLE_BY_TEXT.get(c.title)?.generic ?? false;
    const key = titleKey(c.title);
    const fits = (e: Ent): boolean => e.type === 'PERSON' && e.roles.some((r) =>
      (!c.of || r.of === c.of) && (titleKey(r.title) === key || (generic && TITLE_BY_TEXT.get(r.title)?.family === c.family)));
    // Only none / one / several matters, so each pool is read up to its second fitting person.
    const family = generic ? c.family : null;
    const before = (e: Ent): boolean => this.log.seenBefore(e, c.start) && fits(e);
    const named = this.log.namedRoles.firstTwo(key, family, before);
    const pool = named.length ? named : this.log.descRoles.firstTwo(key, family, before);
    const cands = pool.length ? pool : this.namedRoles.firstTwo(key, family, fits);
    return cands.length === 1 ? cands[0] : null;
  }

  /** Distinct persons mentioned in sentence `k` as arguments (not as one half of a "Putin-Kim" compound, not as an alias). */
  private personsIn(k: number): Ent[] {
    const out: Ent[] = [];
    for (const x of this.log.bySentence.get(k) ?? []) {
      if ( x.ent.type !== 'PERSON' || x.kind === 'alias' || out.includes(x.ent)) continue;
      const compound = /^\s*[-\u2013]\s*\p{Lu}/u.test(this.text.slice(x.end, x.end + 3)) || /\p{L}[-\u2013]$/u.test(this.text.slice(Math.max(0, x.start - 2), x.start));
      if (!compound) out.push(x.ent);
    }
    return out;
  }

  /**
   * True when offset `at` lies inside quoted speech (an opening mark before it in its paragraph is
   * not closed): the pronouns of quoted words refer from the speaker's point of view, so they are
   * left alone (rule pronoun-not-in-quote).
   */
  private insideQuote(at: number): boolean {
    const n = this.quotes.before(at);
    return n.open - n.close > 0 || n.straight % 2 === 1;
  }

  /**
   * The antecedent of a sentence-initial he/she: the one person of the previous sentence (or, when
   * it names none, of the one before it in the same paragraph) whose gender does not contradict the
   * pronoun. Two fitting persons leave it unlinked (rule pronoun-one-candidate).
   */
  private pronounHolder(c: Cand, word: string): Ent | null {
    if (this.insideQuote(c.start)) return null;
    const g = pronounGender(word);
    for (let k = c.sentence - 1; k >= 0 && k >= c.sentence - 2; k--) {
      if (k < c.sentence - 1 && this.sents[k]?.paragraph !== this.sents[c.sentence]?.paragraph) break;
      const persons = this.personsIn(k);
      if (!persons.length) continue;
      const fit = persons.filter((e) => { const eg = genderOf(e); return !g || !eg || eg === g; });
      return fit.length === 1 ? fit[0] : null;
    }
    return null;
  }

  private one(c: Cand, text: string): void {
    switch (c.c) {
      case 'person': { const e = this.persons.get(c); if (!e) return; this.mention(e, c, text, c.name === e.name || c.name.includes(' ') ? 'name' : 'short'); return; }
      case 'single': {
        const list = this.surnames.get(c.name);
        if (list) { const e = this.latest(list, c.start); if (e) this.mention(e, c, text, 'short'); return; } // rule surname-ambiguous
        // Rule `single-tagged-person`: a lone name the NER tagger marks as a person, or the name of
        // a listed head of state or government or foreign minister, is a person even when no earlier
        // full name introduced it ("Putin offered to ..."); other lone names need a speech verb
        // ("..., Putin said").
        if (!c.speech && c.rule !== 'ner-single' && !this.knownPerson(c.name)) return;
        const e = this.make('PERSON', c.name, c.start);
        this.surnames.set(c.name, [e]);
        this.mention(e, c, text, 'name'); return;
      }
      case 'country': this.mention(this.countryEnt(c.iso3, c.name, c.start), c, text, c.kind); return;
      case 'org': {
        const e = this.keyed(`O:${c.key}`, () => this.make('ORG', c.name, c.start, { country: c.country }));
        this.mention(e, c, text, 'name'); return;
      }
      case 'place': {
        const city = c.city;
        const e = this.keyed(`P:${city.name}|${city.country}`, () => this.make('PLACE', city.name, c.start, { country: city.country, geo: { lat: city.lat, lon: city.lon, source: 'geonames' } }));
        this.mention(e, c, text, 'name'); return;
      }
      case 'feature': {
        const e = this.keyed(`F:${c.name}`, () => this.make('PLACE', c.name, c.start, {}));
        this.mention(e, c, text, 'name'); return;
      }
      case 'desc': {
        const e = this.make(c.type, c.name, c.start, { desc: true, country: c.country });
        addRoles(e, c.roles);
        if (c.both) { const m = this.pairCountries(c); if (m.length) e.members = m; }
        this.mention(e, c, text, 'title'); return;
      }
      case 'title': {
        const holder = this.roleHolder(c);
        const e = holder ?? this.make('PERSON', c.phrase, c.start, { desc: true });
        if (!holder) addRoles(e, c.roles);
        this.mention(e, c, text, 'title'); return;
      }
      case 'pair': { const g = this.pair(c); if (g) this.mention(g, c, text, 'group'); return; }
      case 'pronoun': { const e = this.pronounHolder(c, text); if (e) this.mention(e, c, text, 'pronoun'); return; }
      case 'compass': { const e = this.compass(c.word); if (e) this.mention(e, c, text, 'alias'); return; }
      case 'gov': {
        const list = this.surnames.get(c.surname);
        const e = list ? this.latest(list, c.start) : null;
        if (e) { this.mention(e, c, text, 'alias'); return; }
        // Rule `surname-government-leader`: "the Bush administration", "the Blair government" with no
        // earlier full name: the surname of a listed leader stands for that leader's government.
        if (list || !this.knownPerson(c.surname)) return;
        const p = this.make('PERSON', c.surname, c.start);
        this.surnames.set(c.surname, [p]);
        this.mention(p, c, text, 'alias'); return;
      }
    }
  }

  /** Runs coreference over the candidates of `text`; returns entities (ids not yet assigned). */
  run(text: string): Ent[] {
    this.text = text;
    this.quotes = new QuoteMarks(text);
    this.clusterPersons();
    for (const c of this.cands) this.one(c, text.slice(c.start, c.end));
    return this.ents;
  }
}
