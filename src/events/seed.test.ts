/**
 * Seed check: the shared seed article, read at run time, with hand-made entities and times
 * (see `seed-doc.ts`). Skips when ../shared is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCtx } from '../context.js';
import type { Event } from '../doc.js';
import { codeEvents } from './coder.js';
import { seedDoc, seedPresent } from './seed-doc.js';

const skip = !seedPresent() && 'needs ../shared (seed article absent)';
const events = (): Event[] => { const d = seedDoc(); return d ? codeEvents(d, newCtx()) : []; };
const pair = (e: Event): string => `${e.source.code}->${e.target.code}`;

test('seed: Putin and Kim to meet next week (036/04x, planned, 2019-04-22..28)', { skip }, () => {
  const e = events().find((x) => /^(036|04\d)$/.test(x.code) && x.time.from === '2019-04-22'
    && ['RUSGOV->PRKGOV', 'PRKGOV->RUSGOV'].includes(pair(x)));
  assert.ok(e, 'no Putin–Kim meeting event dated next week');
  assert.equal(e.factuality, 'planned');
  assert.deepEqual([e.time.from, e.time.to], ['2019-04-22', '2019-04-28']);
});

test('seed: the memorandum signed between the two (057, both directions)', { skip }, () => {
  const signed = events().filter((x) => x.code === '057').map(pair).sort();
  assert.deepEqual(signed, ['PRKGOV->RUSGOV', 'RUSGOV->PRKGOV']);
});

test('seed: the earlier Trump–Kim summit (04x, USA and PRK actors)', { skip }, () => {
  const e = events().filter((x) => x.code.startsWith('04') && [x.source.code, x.target.code].includes('USAGOV') && [x.source.code, x.target.code].includes('PRKGOV'));
  assert.ok(e.length >= 1);
  assert.equal(e[0]!.factuality, 'asserted');
  assert.equal(e[0]!.time.from !== null && e[0]!.time.from < '2019-04-16', true);
});

test('seed: Biegun\'s trip to Moscow this week (042, USAGOV -> RUS, place Moscow)', { skip }, () => {
  const e = events().find((x) => x.code === '042' && x.source.code === 'USAGOV');
  assert.ok(e);
  assert.equal(e.target.code, 'RUS');
  assert.equal(e.place.text, 'Moscow');
  assert.equal(e.place.country, 'RUS');
  assert.ok(e.place.lat !== null && Math.abs(e.place.lat - 55.75) < 0.1 && Math.abs((e.place.lon ?? 0) - 37.62) < 0.1);
  assert.deepEqual([e.time.from, e.time.to], ['2019-04-15', '2019-04-21']);
});
