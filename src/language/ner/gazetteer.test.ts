import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fnv } from './hash.js';
import { loadGazetteer, matchSentence, phraseHash } from './gazetteer.js';
import { buildPhraseLists, packGazetteer } from './gazetteer-build.js';

/** A gazetteer of a few hand-made phrases, through the same file format as the shipped one. */
function small(phrases: [string, number][]): ReturnType<typeof loadGazetteer> {
  const starts = new Map<string, number>();
  for (const [p] of phrases) { const w = p.split(' '); starts.set(w[0], Math.max(starts.get(w[0]) ?? 0, w.length)); }
  const file = join(mkdtempSync(join(tmpdir(), 'gz-')), 'gazetteer.bin');
  writeFileSync(file, packGazetteer({ phrases: new Map(phrases), starts }));
  return loadGazetteer(file, new Map(), new Map());
}
const codes = (gz: ReturnType<typeof loadGazetteer>, toks: string[]): number[][] => {
  const low = toks.map((t) => t.toLowerCase());
  return matchSentence(gz, toks, low, low.map((w) => fnv(w)));
};

test('phrase hashes continue word by word', () => {
  assert.equal(fnv('rio', fnv('de ', fnv('janeiro '))), fnv('janeiro de rio'));
  assert.equal(phraseHash(['new', 'york', 'city']), fnv('new york city'));
});

test('matching: longest phrase per list, BILU positions, one-word and multi-word', () => {
  const gz = small([['new york', 1 << 5], ['york', 1 << 5], ['new york times', 1 << 8], ['anna', 1 << 0]]);
  // list 5 (cities): "New York" B/L and "York" U; list 8 (news): "New York Times" B/I/L; list 0: "Anna" U.
  assert.deepEqual(codes(gz, ['Anna', 'reads', 'New', 'York', 'Times']), [[3], [], [32, 20], [33, 22, 23], [34]]);
  assert.equal(gz.starts.get(fnv('new')), 3);
  assert.equal(gz.phrases.get(fnv('new')), undefined, 'a first word alone is not a phrase');
});

test('false positives: lower-case tokens match no name list, only titles and suffixes', () => {
  const gz = small([['anna', 1 << 0], ['president', 1 << 10], ['bank', 1 << 11]]);
  assert.deepEqual(codes(gz, ['anna', 'president', 'bank']), [[], [43], [47]]);
  assert.deepEqual(codes(gz, ['Annapolis', 'annals']), [[], []]);
});

const shipped = new URL('../../../models/ner/gazetteer.bin', import.meta.url);
test('the shipped gazetteer.bin is the compiled name lists of the installed packages', { skip: !existsSync(shipped) && 'needs models/ner' }, () => {
  const lists = buildPhraseLists();
  assert.ok(lists.phrases.size > 50_000);
  assert.ok(readFileSync(shipped).equals(packGazetteer(lists)), 'rebuild with npm run train:ner -- --lists-only');
});
