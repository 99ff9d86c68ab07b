import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchSector, sectorForTitle, splitSectors } from './sectors.js';
import { SECTOR_WORDS } from './rules/sectors.js';

test('government titles -> GOV', () => {
  for (const t of ['president', 'prime minister', 'foreign minister', 'ambassador', 'special envoy', 'spokeswoman', 'mayor', 'king', 'chancellor', 'vice president', 'secretary of state', 'officials'])
    assert.equal(sectorForTitle(t), 'GOV', t);
});

test('other sectors', () => {
  assert.equal(sectorForTitle('lawmaker'), 'LEG');
  assert.equal(sectorForTitle('senator'), 'LEG');
  assert.equal(sectorForTitle('army general'), 'MIL');
  assert.equal(sectorForTitle('troops'), 'MIL');
  assert.equal(sectorForTitle('police chief'), 'COP');
  assert.equal(sectorForTitle('supreme court judge'), 'JUD');
  assert.equal(sectorForTitle('rebels'), 'REB');
  assert.equal(sectorForTitle('insurgents'), 'INS');
  assert.equal(sectorForTitle('party chairman'), 'PTY');
  assert.equal(sectorForTitle('reporter'), 'MED');
  assert.equal(sectorForTitle('defense minister'), 'GOVMIL');
  assert.equal(sectorForTitle('defense chief'), 'GOVMIL');
  assert.equal(sectorForTitle('field marshal'), 'MIL');
  assert.equal(sectorForTitle('parliament speaker'), 'LEG');
});

test('precedence: qualifiers beat the title they modify; longer phrases beat their parts', () => {
  assert.equal(sectorForTitle('opposition leader'), 'OPP');
  assert.equal(sectorForTitle('rebel commander'), 'REB');
  assert.equal(sectorForTitle('military official'), 'MIL');
  assert.equal(sectorForTitle('state department official'), 'GOV');
  assert.equal(sectorForTitle('special representative'), 'GOV');
  assert.equal(sectorForTitle('representative'), 'LEG');
  assert.equal(sectorForTitle('secretary-general'), 'GOV');
  assert.equal(sectorForTitle('attorney general'), 'JUD');
  assert.equal(sectorForTitle('justice minister'), 'GOV');
  assert.equal(sectorForTitle('company president'), 'BUS');
  assert.equal(matchSector('senior military commander')?.rule.id, 'military');
});

test('false positives: sector words inside other words, and titles without sector words', () => {
  for (const t of ['generalized', 'kingpin', 'courtesy', 'newsletter', 'headquarters', 'partying', 'copartner', 'armyworm', 'analyst', 'professor', 'activistic', ''])
    assert.equal(sectorForTitle(t), null, t);
});

test('splitSectors', () => {
  assert.deepEqual(splitSectors('GOVMIL'), ['GOV', 'MIL']);
  assert.deepEqual(splitSectors(''), []);
});

test('sector table: ids unique, sectors are 3-letter codes, phrases lower case', () => {
  const ids = SECTOR_WORDS.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const r of SECTOR_WORDS) {
    for (const s of r.sectors) assert.match(s, /^[A-Z]{3}$/);
    for (const w of r.words) assert.equal(w, w.toLowerCase());
    assert.ok(r.reason.length > 10);
  }
});
