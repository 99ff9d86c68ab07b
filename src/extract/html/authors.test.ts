import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanName, properCase, splitByline } from './authors.js';

test('splits "By A, B and C" into three proper-cased names', () => {
  assert.deepEqual(splitByline('By MARIA LOPEZ, Tom Becker and ann o\'neill'), ['Maria Lopez', 'Tom Becker', "Ann O'Neill"]);
});

test('drops lead-ins, role suffixes, emails, handles and calls to action', () => {
  assert.deepEqual(splitByline('Written by Priya Natarajan, Staff Writer'), ['Priya Natarajan']);
  assert.deepEqual(splitByline('By Lena Fischer | Senior Correspondent'), ['Lena Fischer']);
  assert.deepEqual(splitByline('Jonas Berg jonas.berg@example.org @jberg'), ['Jonas Berg']);
  assert.deepEqual(splitByline('By Omar Haddad - 11/18/19 11:04 PM EST'), ['Omar Haddad']);
  assert.deepEqual(splitByline('Sofia Reyes (Reuters) Email the author'), ['Sofia Reyes']);
  assert.deepEqual(splitByline('By Chen Wei & Ana Lima'), ['Chen Wei', 'Ana Lima']);
});

test('removes duplicate names case-insensitively', () => {
  assert.deepEqual(splitByline('By Kai Müller and KAI MÜLLER'), ['Kai Müller']);
});

test('false positives: roles, desks and sentences yield no name', () => {
  for (const s of ['Staff', 'By Staff Writer', 'Associated Press', 'The Newsroom', 'Email the author',
    'Updated 16 April 2019', 'By the end of the day the markets had recovered from the slump']) {
    assert.deepEqual(splitByline(s), [], s);
  }
  assert.equal(cleanName('x'), null);
});

test('proper case keeps mixed case and lower-cases particles inside names', () => {
  assert.equal(properCase('LUDWIG VAN DER BERG'), 'Ludwig van der Berg');
  assert.equal(properCase('DeShawn McAllister'), 'DeShawn McAllister');
  assert.equal(properCase('jean-luc picard'), 'Jean-Luc Picard');
});

test('false positives: lower-case phrases and mixed phrases are not names', () => {
  assert.deepEqual(splitByline('Tom Reed covers water and farming for the paper and has reported from four continents'), []);
  assert.deepEqual(splitByline('jane doe'), ['Jane Doe']);
});

test('agencies, sites, handles and hyphenated roles are rejected; "Name. Outlet" splits', () => {
  assert.deepEqual(splitByline('Reuters'), []);
  assert.deepEqual(splitByline('By Hana Ito, Associated Press'), ['Hana Ito']);
  assert.deepEqual(splitByline('example.com'), []);
  assert.deepEqual(splitByline('webadmin'), []);
  assert.deepEqual(splitByline('CNN Editor-at-large'), []);
  assert.equal(splitByline('Finn Roth. Harbour Weekly')[0], 'Finn Roth');
});

test('a weekday glued after the name is cut', () => {
  assert.deepEqual(splitByline('Jeff DoeMonday, 18 Nov 2019'), ['Jeff Doe']);
  assert.deepEqual(splitByline('Ann Lee Tuesday'), ['Ann Lee']);
});
