/**
 * Ministerial portfolios: the written forms of a minister's or secretary's title by portfolio
 * ("foreign minister", "minister of foreign affairs", "minister for foreign affairs", "foreign
 * secretary", "secretary of state"). All forms of one portfolio share a coreference key, so "the
 * French foreign minister" finds the holder named as "Minister for Europe and Foreign Affairs" only
 * through the same key, never a finance minister of the same country.
 * Source: cabinet post names of national governments (UK, US, EU member states, Commonwealth) as
 * written in English-language wire copy; AP style for lower-casing titles after a name.
 */

/** One portfolio: its key, the adjective forms ("<adj> minister") and the object forms ("minister of <obj>"). */
export interface Portfolio {
  id: string;
  reason: string;
  /** Coreference key shared by all forms (`minister:foreign`). */
  key: string;
  /** Forms before "minister" ("foreign", "foreign affairs"); the first one names the canonical title. */
  adj: readonly string[];
  /** Forms after "minister of|for" ("foreign affairs", "the interior"). */
  obj: readonly string[];
  /** Forms before "secretary" (UK usage: "home secretary"). */
  secretary: readonly string[];
  /** Forms after "secretary of" (US usage: "secretary of state", "secretary of the treasury"). */
  secretaryOf: readonly string[];
}

const p = (key: string, adj: string[], obj: string[], secretary: string[] = [], secretaryOf: string[] = []): Portfolio =>
  Object.freeze({ id: `portfolio-${key.replace(/[^a-z]+/g, '-')}`, reason: `cabinet post: ${key}`, key: `minister:${key}`, adj, obj, secretary, secretaryOf });

/** The portfolios (sector GOV for all: CAMEO codes cabinet members as government). */
export const PORTFOLIOS: readonly Portfolio[] = Object.freeze([
  p('foreign', ['foreign', 'foreign affairs', 'external affairs'], ['foreign affairs', 'external affairs', 'europe and foreign affairs'], ['foreign'], ['state']),
  p('defense', ['defense', 'defence'], ['defense', 'defence', 'national defense', 'national defence', 'the armed forces'], ['defense', 'defence'], ['defense', 'defence']),
  p('interior', ['interior', 'home affairs', 'internal affairs'], ['the interior', 'interior', 'home affairs', 'internal affairs'], ['home'], ['the interior']),
  p('homeland security', ['homeland security'], ['homeland security'], ['homeland security'], ['homeland security']),
  p('finance', ['finance'], ['finance', 'economy and finance', 'the economy and finance'], ['treasury'], ['the treasury', 'treasury']),
  p('economy', ['economy', 'economic', 'economic affairs'], ['the economy', 'economy', 'economic affairs', 'economic development']),
  p('justice', ['justice', 'law'], ['justice', 'law and justice'], ['justice']),
  p('health', ['health'], ['health', 'public health'], ['health'], ['health', 'health and human services']),
  p('trade', ['trade', 'foreign trade'], ['trade', 'foreign trade', 'international trade'], ['trade', 'business']),
  p('commerce', ['commerce'], ['commerce', 'industry and trade'], ['commerce'], ['commerce']),
  p('energy', ['energy', 'oil', 'petroleum'], ['energy', 'oil', 'petroleum'], ['energy'], ['energy']),
  p('education', ['education'], ['education'], ['education'], ['education']),
  p('agriculture', ['agriculture', 'farm'], ['agriculture'], ['agriculture'], ['agriculture']),
  p('environment', ['environment', 'climate'], ['the environment', 'environment', 'climate'], ['environment']),
  p('labor', ['labor', 'labour'], ['labor', 'labour'], [], ['labor']),
  p('transport', ['transport', 'transportation'], ['transport', 'transportation'], ['transport'], ['transportation']),
  p('industry', ['industry'], ['industry']),
  p('culture', ['culture'], ['culture'], ['culture']),
  p('information', ['information', 'communications'], ['information', 'communications']),
  p('intelligence', ['intelligence'], ['intelligence']),
  p('security', ['security', 'public security', 'state security'], ['security', 'public security', 'state security']),
  p('immigration', ['immigration', 'migration'], ['immigration', 'migration']),
  p('development', ['development'], ['development', 'international development']),
  p('european affairs', ['european affairs', 'europe'], ['european affairs', 'europe']),
]);
