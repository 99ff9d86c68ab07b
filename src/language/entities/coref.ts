/**
 * Within-document coreference: turns candidate mentions (in text order) into entities. Surnames
 * and partial names join the full name (East Asian names: the family name, written first);
 * title-only descriptions join the person holding the role; "the two" joins the last pair;
 * sentence-initial he/she joins the previous sentence's single person subject.
 */
import type { Entity, EntityType, Mention, Role } from '../../doc.js';
import { EAST_ASIAN_FAMILY_NAMES } from '../rules/names.js';
import { TITLE_BY_TEXT } from '../rules/titles.js';
import type { Cand } from './types.js';

/** An entity under construction. `order` is the position used for id assignment. */
export interface Ent {
  type: EntityType; name: string; roles: Role[]; country: string | null; mentions: Mention[];
  members?: Ent[]; geo?: { lat: number; lon: number; source: string } | null; order: number; desc: boolean;
}

/** Facts about the sentences that coreference needs. */
export interface SentInfo { paragraph: number; subjectEnd: number }

interface Seen { ent: Ent; start: number; sentence: number }

/** Short-name keys of a person name: the last word, and the first when it is an East Asian family name. */
export function shortKeys(name: string): string[] {
  const w = name.split(/\s+/).filter((x) => /^\p{Lu}/u.test(x));
  if (w.length <= 1) return w;
  const keys = [w[w.length - 1]];
  if (EAST_ASIAN_FAMILY_NAMES.words.has(w[0])) keys.push(w[0]);
  return keys;
}

function addRoles(e: Ent, roles: Role[]): void {
  for (const r of roles) {
    const same = e.roles.find((x) => x.title === r.title && (x.of === r.of || !x.of || !r.of));
    if (!same) { e.roles.push({ ...r }); continue; }
    same.of ??= r.of; same.for ??= r.for; same.sector ??= r.sector;
  }
  e.country ??= e.roles.map((r) => r.of).find((o) => !!o && /^[A-Z]{3}$/.test(o)) ?? null;
}

/** Builds entities from the candidates of a document. */
export class Coref {
  private ents: Ent[] = [];
  private byKey = new Map<string, Ent>();
  private persons = new Map<Cand, Ent>();
  private surnames = new Map<string, Ent[]>();
  private seen: Seen[] = [];
  /** Start of each entity's latest mention so far (mentions arrive in text order). */
  private lastAt = new Map<Ent, number>();
  private text = '';

  constructor(
    private cands: Cand[], private sents: SentInfo[], private countryName: (iso3: string) => string,
    private countryByName: (name: string) => { iso3: string; name: string } | null = () => null,
  ) {}

  /** "the North" after "South Korea": the country named "<word> <rest>" for a country seen as "<other> <rest>". */
  private compass(word: string): Ent | null {
    for (let k = this.seen.length - 1; k >= 0; k--) {
      const e = this.seen[k].ent;
      if (e.type !== 'COUNTRY') continue;
      const m = /^(\S+) (.+)$/.exec(e.name);
      if (!m) continue;
      if (m[1] === word) return e;
      const c = this.countryByName(`${word} ${m[2]}`);
      if (c) return this.countryEnt(c.iso3, c.name, this.seen[k].start);
    }
    return null;
  }

  private make(type: EntityType, name: string, order: number, extra: Partial<Ent> = {}): Ent {
    const e: Ent = { type, name, roles: [], country: null, mentions: [], order, desc: false, ...extra };
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
    this.seen.push({ ent: e, start: c.start, sentence: c.sentence });
    if (c.start > (this.lastAt.get(e) ?? -1)) this.lastAt.set(e, c.start);
  }

  /** Pass 1: cluster the named persons by full name and short-name keys. */
  private clusterPersons(): void {
    for (const c of this.cands) {
      if (c.c !== 'person') continue;
      const keys = shortKeys(c.name);
      let e = this.ents.find((x) => x.type === 'PERSON' && !x.desc && (x.name === c.name
        || (c.name.includes(' ') && !x.name.includes(' ') && keys.includes(x.name))
        || (!c.name.includes(' ') && shortKeys(x.name).includes(c.name))));
      if (!e) e = this.make('PERSON', c.name, c.start);
      if (c.name.split(' ').length > e.name.split(' ').length) e.name = c.name;
      addRoles(e, c.roles);
      e.country ??= c.country;
      this.persons.set(c, e);
    }
    for (const e of this.ents) for (const k of [...shortKeys(e.name), e.name]) this.surnames.set(k, [...(this.surnames.get(k) ?? []), e]);
  }

  /** The nearest entity (most recent before `at`, else the first) among `list`. */
  private nearest(list: Ent[], at: number): Ent {
    // O(|list|) through the latest-mention index instead of a scan of every mention seen.
    let best: Ent | null = null; let bestAt = -1;
    for (const e of list) {
      const last = this.lastAt.get(e);
      if (last === undefined) continue;
      if (last >= at) return this.nearestByScan(list, at);
      if (last > bestAt) { best = e; bestAt = last; }
    }
    return best ?? list[0];
  }

  /** The same look-up by a full scan, for a mention that arrives out of text order. */
  private nearestByScan(list: Ent[], at: number): Ent {
    let best: Ent | null = null; let bestAt = -1;
    for (const s of this.seen) if (s.start < at && list.includes(s.ent) && s.start > bestAt) { best = s.ent; bestAt = s.start; }
    return best ?? list[0];
  }

  /** The last two distinct entities of `type` seen before `at` (named, not descriptive). */
  private lastTwo(type: EntityType, at: number, minSentence: number): Ent[] {
    const out: Ent[] = [];
    for (let k = this.seen.length - 1; k >= 0 && out.length < 2; k--) {
      const s = this.seen[k];
      if (s.start >= at || s.sentence < minSentence) continue;
      if (s.ent.type === type && !s.ent.desc && !out.includes(s.ent)) out.unshift(s.ent);
    }
    return out.length === 2 ? out : [];
  }

  private group(members: Ent[], order: number): Ent {
    const key = `G:${members.map((m) => this.ents.indexOf(m)).sort().join(',')}`;
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
      const lastGroup = [...this.seen].reverse().find((s) => s.start < c.start && s.ent.type === 'GROUP' && s.ent.members?.length === 2);
      const lastPerson = [...this.seen].reverse().find((s) => s.start < c.start && s.ent.type === 'PERSON' && !s.ent.desc);
      const samePara = lastGroup && this.sents[lastGroup.sentence]?.paragraph === this.sents[c.sentence]?.paragraph;
      if (lastGroup && samePara && (!lastPerson || lastGroup.start > lastPerson.start)) return lastGroup.ent;
    }
    if (persons.length) return this.group(persons, c.start);
    const countries = this.lastTwo('COUNTRY', c.start, min);
    return countries.length ? this.group(countries, c.start) : null;
  }

  /** The person holding the role a title-only mention names ("the North Korean leader"). */
  private roleHolder(c: Extract<Cand, { c: 'title' }>): Ent | null {
    const fits = (e: Ent): boolean => e.type === 'PERSON' && e.roles.some((r) =>
      (!c.of || r.of === c.of) && (r.title === c.title || TITLE_BY_TEXT.get(r.title)?.family === c.family));
    for (let k = this.seen.length - 1; k >= 0; k--) if (this.seen[k].start < c.start && fits(this.seen[k].ent)) return this.seen[k].ent;
    return this.ents.find((e) => fits(e) && !e.desc) ?? null;
  }

  /** The single person subject of sentence `k` (persons mentioned before its first verb), or null. */
  private subjectOf(k: number): Ent | null {
    const inSent = this.seen.filter((s) => s.sentence === k && s.ent.type === 'PERSON');
    const subj = new Set(inSent.filter((s) => s.start < this.sents[k].subjectEnd).map((s) => s.ent));
    if (subj.size === 1) return [...subj][0];
    const all = new Set(inSent.map((s) => s.ent));
    if (all.size === 1) return [...all][0];
    const first = this.seen.find((s) => s.sentence === k);
    const m = first?.ent.mentions.find((x) => x.start === first.start);
    const coordinated = m && /^\s*(and|or|,)/.test(this.text.slice(m.end, m.end + 5));
    return first && first.ent.type === 'PERSON' && !coordinated ? first.ent : null;
  }

  private one(c: Cand, text: string): void {
    switch (c.c) {
      case 'person': { const e = this.persons.get(c)!; this.mention(e, c, text, c.name === e.name || c.name.includes(' ') ? 'name' : 'short'); return; }
      case 'single': {
        const list = this.surnames.get(c.name);
        if (list) { this.mention(this.nearest(list, c.start), c, text, 'short'); return; }
        if (!c.speech) return;
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
      case 'pronoun': { const e = c.sentence > 0 ? this.subjectOf(c.sentence - 1) : null; if (e) this.mention(e, c, text, 'pronoun'); return; }
      case 'compass': { const e = this.compass(c.word); if (e) this.mention(e, c, text, 'alias'); return; }
      case 'gov': { const list = this.surnames.get(c.surname); if (list) this.mention(this.nearest(list, c.start), c, text, 'alias'); return; }
    }
  }

  /** Runs coreference over the candidates of `text`; returns entities (ids not yet assigned). */
  run(text: string): Ent[] {
    this.text = text;
    this.clusterPersons();
    for (const c of this.cands) this.one(c, text.slice(c.start, c.end));
    return this.ents;
  }
}
