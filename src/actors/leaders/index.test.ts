import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../../context.js';
import { buildLeaderIndex, formerLeader, isoDay, leaderIndex, leaderKey, leaderOn, lookupLeader } from './index.js';
import { polity } from './types.js';

const ctx = newCtx();
const on = (name: string, date: string | null): string | null => leaderOn(name, date, ctx)?.offices[0]?.entry ?? null;
const who = (name: string, date: string | null): string | null => leaderOn(name, date, ctx)?.person ?? null;

test('Putin: president in 2019, prime minister in 2009, nothing in 1995', () => {
  const m = leaderOn('Putin', '2019-04-16', ctx);
  assert.deepEqual(m, {
    person: 'Vladimir Putin', dated: true,
    offices: [{ entry: 'RUS-hos-vladimir-putin-2012', polity: 'RUS', country: 'RUS', office: 'head-of-state', sector: 'GOV', start: '2012-05-07', end: null }],
  });
  assert.equal(on('Vladimir Putin', '2009-06-01'), 'RUS-hog-vladimir-putin-2008');
  assert.equal(on('Putin', '1995-03-01'), null);
  assert.equal(on('Putin', '2000-02-01'), 'RUS-hos-vladimir-putin-1999', 'acting president and prime minister: head of state first');
  assert.equal(leaderOn('Putin', '2000-02-01', ctx)?.offices.length, 2);
});

test('a surname designates the officeholder of that date: Bush, Roh, Abe, Clinton', () => {
  assert.equal(who('Bush', '1991-01-17'), 'George H. W. Bush');
  assert.equal(who('Bush', '2005-06-01'), 'George W. Bush');
  assert.equal(on('Bush', '2005-06-01')?.slice(0, 8), 'USA-hos-');
  assert.equal(who('Roh', '1990-05-01'), 'Roh Tae-woo');
  assert.equal(who('Roh', '2005-05-01'), 'Roh Moo-hyun');
  assert.equal(who('Abe', '2015-08-14'), 'Shinzo Abe');
  assert.equal(who('Clinton', '1995-01-01'), 'Bill Clinton');
  assert.equal(who('Clinton', '2011-01-01'), 'Hillary Clinton');
  assert.equal(who('Clinton', '2019-01-01'), null, 'neither in office');
});

test('Merkel is chancellor in 2010, not in 2023; a handover day holds both', () => {
  assert.equal(on('Merkel', '2010-01-01'), 'DEU-hog-angela-merkel-2005');
  assert.equal(on('Merkel', '2023-01-01'), null);
  assert.equal(on('Merkel', '2021-12-08'), 'DEU-hog-angela-merkel-2005');
  assert.equal(on('Scholz', '2021-12-08'), 'DEU-hog-olaf-scholz-2021');
});

test('a surname shared by two officeholders of the same day matches no one', () => {
  assert.equal(who('Kirchner', '2007-12-10'), null, 'handover day between Néstor and Cristina Kirchner');
  assert.equal(who('Kirchner', '2005-01-01'), 'Néstor Kirchner');
  assert.equal(who('Cristina Kirchner', '2007-12-10'), 'Cristina Fernández de Kirchner');
  const idx = buildLeaderIndex([
    ...polity('AAA', { hog: [['Ann Example', '2000-01-01', null, 'Example']] }),
    ...polity('BBB', { fm: [['Bob Example', '2005-01-01', '2010-01-01', 'Example']] }),
  ]);
  assert.equal(lookupLeader(idx, 'Example', '2003-01-01')?.person, 'Ann Example');
  assert.equal(lookupLeader(idx, 'Example', '2007-01-01'), null);
  assert.equal(lookupLeader(idx, 'Bob Example', '2007-01-01')?.person, 'Bob Example');
});

test('common family names never match alone: Kim, Lee, Li, Wang, Singh', () => {
  for (const d of ['1995-01-01', '1999-01-01', '2011-01-01', '2019-04-16', '2022-01-01', null]) {
    for (const n of ['Kim', 'Lee', 'Li', 'Wang', 'Singh', 'Park']) assert.equal(leaderOn(n, d, ctx), null, `${n} ${d}`);
  }
  assert.equal(who('Kim Dae-jung', '1999-01-01'), 'Kim Dae-jung');
  assert.equal(who('Manmohan Singh', '2010-01-01'), 'Manmohan Singh');
  assert.equal(who('Wang Yi', '2019-04-16'), 'Wang Yi');
});

test('spellings: accents, case, honorifics, possessives, hyphens, initials', () => {
  for (const n of ['Erdoğan', 'Erdogan', 'ERDOGAN', 'Mr. Erdogan', "Erdogan's", 'Recep Tayyip Erdogan', 'Tayyip Erdoğan']) {
    assert.equal(who(n, '2019-04-16'), 'Recep Tayyip Erdoğan', n);
  }
  assert.equal(who('George H.W. Bush', '1990-08-02'), 'George H. W. Bush');
  assert.equal(who('Moon Jae In', '2019-04-16'), 'Moon Jae-in');
  assert.equal(who('Abe Shinzo', '2019-04-16'), 'Shinzo Abe', 'Japanese family-first order');
  assert.equal(who('Sir Keir Starmer', '2025-01-01'), 'Keir Starmer');
  assert.equal(who("D'Alema", '1999-01-01'), "Massimo D'Alema");
  assert.equal(leaderKey('  Frank-Walter  Steinmeier '), 'frank walter steinmeier');
});

test('the date may be a timestamp; anything else is treated as no date', () => {
  assert.equal(who('Putin', '2019-04-16T08:30:00Z'), 'Vladimir Putin');
  assert.equal(isoDay('2019-04-16T08:30:00Z'), '2019-04-16');
  assert.equal(isoDay('April 2019'), null);
  assert.equal(isoDay('2019-13-01'), null);
  assert.equal(leaderOn('Merkel', 'yesterday', ctx)?.dated, false);
});

test('undated: a name designating one person in the table matches; an ambiguous one does not', () => {
  const m = leaderOn('Angela Merkel', null, ctx);
  assert.equal(m?.dated, false);
  assert.equal(m?.offices[0].entry, 'DEU-hog-angela-merkel-2005');
  assert.equal(on('Putin', null), 'RUS-hos-vladimir-putin-2012', 'the latest head-of-state term first');
  assert.equal(who('Xi Jinping', null), 'Xi Jinping');
});

test('person-leader-same-polity: undated, a name several officeholders of one polity bear names that polity', () => {
  const bush = leaderOn('Bush', null, ctx);
  assert.equal(bush?.person, 'George H. W. Bush or George W. Bush');
  assert.equal(bush?.offices[0]?.country, 'USA');
  assert.equal(bush?.dated, false);
  assert.equal(leaderOn('Kirchner', null, ctx)?.offices[0]?.country, 'ARG');
  const idx = buildLeaderIndex([
    ...polity('AAA', { hog: [['Ann Example', '2000-01-01', '2004-01-01', 'Example']] }),
    ...polity('BBB', { fm: [['Bob Example', '2005-01-01', '2010-01-01', 'Example']] }),
    ...polity('AAA', { fm: [['Cy Sample', '2000-01-01', '2004-01-01', 'Sample'], ['Di Sample', '2006-01-01', null, 'Sample']] }),
  ]);
  assert.equal(lookupLeader(idx, 'Example', null), null, 'officeholders of two polities');
  assert.equal(lookupLeader(idx, 'Sample', null)?.offices[0]?.polity, 'AAA');
  assert.equal(lookupLeader(idx, 'Sample', '2003-01-01')?.person, 'Cy Sample', 'a date still picks the one person');
});

test('EU offices carry the EU code and no country; persons with offices in two polities', () => {
  const j = leaderOn('Juncker', '2016-06-01', ctx)?.offices[0];
  assert.equal(j?.polity, 'IGOEUREEC');
  assert.equal(j?.country, null);
  assert.equal(on('Mogherini', '2014-06-01'), 'ITA-fm-federica-mogherini-2014');
  assert.equal(on('Mogherini', '2016-06-01'), 'IGOEUREEC-fm-federica-mogherini-2014');
  assert.equal(on('Prodi', '1997-01-01'), 'ITA-hog-romano-prodi-1996');
  assert.equal(on('Prodi', '2001-01-01'), 'IGOEUREEC-hog-romano-prodi-1999');
  assert.equal(on('Queen Elizabeth', '2010-01-01'), 'GBR-hos-elizabeth-ii-1952', 'home country before the realms');
});

test('former officeholders: the latest ended term, when one person matches', () => {
  assert.equal(formerLeader('Gorbachev', '2000-01-01', ctx)?.offices[0].country, 'RUS');
  assert.equal(formerLeader('Medvedev', '2015-01-01', ctx)?.offices[0].entry, 'RUS-hos-dmitry-medvedev-2008');
  assert.equal(formerLeader('Bill Clinton', '2019-01-01', ctx)?.offices[0].country, 'USA');
  assert.equal(formerLeader('Bush', '2019-01-01', ctx), null, 'two former presidents');
  assert.equal(formerLeader('Macron', '2019-01-01', ctx), null, 'still in office, never left one');
});

test('false positives: people outside the table and non-names match nothing', () => {
  for (const n of ['Kim Jong Un', 'Jeb Bush', 'Ron Johnson', '', '   ', 'the president', 'Moscow', 'Johnson & Johnson']) {
    assert.equal(leaderOn(n, '2019-04-16', ctx), null, n);
  }
  assert.equal(who('Johnson', '2005-01-01'), null, 'no Johnson in office in 2005');
  assert.equal(who('May', '2010-01-01'), null);
  assert.equal(who('Obama', '2005-01-01'), null, 'a senator then, not in the table');
});

test('the index is built once per context', () => {
  const c = newCtx();
  assert.equal(leaderIndex(c), leaderIndex(c));
  assert.notEqual(leaderIndex(c), leaderIndex(newCtx()));
});
