import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { scratchDir } from '../scratch.js';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate, openStore, readMigrations, schemaVersion } from './db.js';
import { StoreError, storeErrorFrom } from './errors.js';

const dir = (): string => scratchDir('dateline-db-');
const isStoreError = (code: string) => (e: unknown): boolean => e instanceof StoreError && e.code === code;

test('a new database is created in WAL mode with every migration applied and recorded', () => {
  const p = join(dir(), 'a.db');
  const s = openStore(p);
  assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal');
  const ms = readMigrations();
  assert.ok(ms.length >= 1);
  assert.equal(ms[0]!.version, 1);
  assert.deepEqual(s.db.prepare('SELECT version, name FROM migrations ORDER BY version').all(), ms.map((m) => ({ version: m.version, name: m.name })));
  s.db.close();
  const again = openStore(p);
  assert.equal(schemaVersion(again.db), ms.at(-1)!.version);
  again.db.close();
});

test('migrations apply in order and only once; a failing one rolls back and is not recorded (E026)', () => {
  const db = new Database(':memory:');
  const ms = [{ version: 1, name: '001_a.sql', sql: 'CREATE TABLE a (x);' }, { version: 2, name: '002_b.sql', sql: 'ALTER TABLE a ADD COLUMN y;' }];
  assert.equal(migrate(db, ms), 2);
  assert.equal(migrate(db, ms), 2);
  const bad = [...ms, { version: 3, name: '003_bad.sql', sql: 'CREATE TABLE c (z); CREATE TABLE nope (;' }];
  assert.throws(() => migrate(db, bad), isStoreError('E026'));
  assert.equal(schemaVersion(db), 2);
  assert.equal(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'c'").pluck().get(), 0);
});

test('a database newer than the known migrations is refused (E024), and left as it was', () => {
  const db = new Database(':memory:');
  migrate(db, [{ version: 1, name: '001_a.sql', sql: 'CREATE TABLE a (x);' }]);
  db.prepare('INSERT INTO migrations VALUES (9, ?, ?)').run('009_future.sql', 'now');
  assert.throws(() => migrate(db, [{ version: 1, name: '001_a.sql', sql: 'CREATE TABLE a (x);' }]), isStoreError('E024'));
  assert.equal(schemaVersion(db), 9);
});

test('bad database paths give coded errors and touch nothing', () => {
  const d = dir();
  assert.throws(() => openStore(d), isStoreError('E020'));
  const junk = join(d, 'junk.db');
  const bytes = Buffer.from('this is a text file, not a database\n'.repeat(200));
  writeFileSync(junk, bytes);
  assert.throws(() => openStore(junk), isStoreError('E021'));
  assert.deepEqual(readFileSync(junk), bytes);
  const foreign = join(d, 'foreign.db');
  const f = new Database(foreign); f.exec('CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES (\'keep me\')'); f.close();
  assert.throws(() => openStore(foreign), isStoreError('E021'));
  const f2 = new Database(foreign, { readonly: true });
  assert.deepEqual(f2.prepare('SELECT t FROM notes').pluck().all(), ['keep me']);
  assert.equal(f2.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'migrations'").pluck().get(), 0);
  f2.close();
  assert.throws(() => openStore(join(d, 'no', 'such', 'dir', 'x.db')), isStoreError('E025'));
  assert.throws(() => openStore(join(d, 'absent.db'), { readonly: true }), isStoreError('E025'));
  // Paths SQLite keeps nowhere (a temporary or in-memory database) are refused, for writing and reading.
  for (const p of ['', '  ', ':memory:']) {
    assert.throws(() => openStore(p), isStoreError('E025'), JSON.stringify(p));
    assert.throws(() => openStore(p, { readonly: true }), isStoreError('E025'), JSON.stringify(p));
  }
});

test('a database locked by another writer: a write gives E022 after the busy timeout; the holder\'s rows survive', () => {
  const p = join(dir(), 'locked.db');
  openStore(p).db.close();
  const holder = new Database(p);
  holder.exec('BEGIN IMMEDIATE');
  holder.exec("INSERT INTO failures (key, code, message, added_at) VALUES ('k', 'E002', 'm', 'now')");
  const s = openStore(p);
  let caught: unknown;
  try { s.db.exec("INSERT INTO failures (key, code, message, added_at) VALUES ('k2', 'E002', 'm', 'now')"); } catch (err) { caught = err; }
  assert.ok(isStoreError('E022')(storeErrorFrom(caught, p)), String(caught));
  holder.exec('COMMIT');
  assert.deepEqual(s.db.prepare('SELECT key FROM failures').pluck().all(), ['k']);
  s.db.close();
  holder.close();
});

test('SQLite error codes map to store codes; a write through a read-only handle is E023', () => {
  const p = join(dir(), 'ro.db');
  openStore(p).db.close();
  const ro = new Database(p, { readonly: true });
  let caught: unknown;
  try { ro.exec("INSERT INTO failures (key, code, message, added_at) VALUES ('k', 'E002', 'm', 'now')"); } catch (err) { caught = err; }
  ro.close();
  assert.ok(caught);
  assert.ok(isStoreError('E023')(storeErrorFrom(caught, p)));
  assert.ok(isStoreError('E021')(storeErrorFrom(Object.assign(new Error('x'), { code: 'SQLITE_CORRUPT' }), p)));
  assert.ok(isStoreError('E022')(storeErrorFrom(Object.assign(new Error('x'), { code: 'SQLITE_BUSY_SNAPSHOT' }), p)));
  const other = new Error('not sqlite');
  assert.equal(storeErrorFrom(other, p), other);
});
