import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHtmlType, parseContentType } from './media.js';
import { IngestErrorCodes, codeOf, IngestError } from './errors.js';
import { DatelineError } from '../errors.js';

test('parseContentType: type lower-cased, charset with or without quotes; empty is null', () => {
  assert.deepEqual(parseContentType('Text/HTML; Charset="ISO-8859-1"'), { type: 'text/html', charset: 'ISO-8859-1' });
  assert.deepEqual(parseContentType('text/html;charset=utf-8;q=1'), { type: 'text/html', charset: 'utf-8' });
  assert.deepEqual(parseContentType('application/xhtml+xml'), { type: 'application/xhtml+xml', charset: null });
  assert.equal(parseContentType(''), null);
  assert.equal(parseContentType(undefined), null);
  assert.equal(parseContentType('; charset=utf-8'), null);
});

test('isHtmlType: HTML and XHTML only (false-positive list: text, JSON, feeds, images)', () => {
  assert.ok(isHtmlType(parseContentType('text/html')));
  assert.ok(isHtmlType(parseContentType('application/xhtml+xml; charset=utf-8')));
  for (const t of ['text/plain', 'application/json', 'application/rss+xml', 'image/png', 'text/htmlx', 'application/pdf']) assert.equal(isHtmlType(parseContentType(t)), false, t);
  assert.equal(isHtmlType(null), false);
});

test('ingest error codes stay in E030-E039; codeOf keeps coded errors and maps file-system errors', () => {
  assert.deepEqual(Object.keys(IngestErrorCodes), ['E030', 'E031', 'E032', 'E033', 'E034', 'E035', 'E036', 'E037', 'E038', 'E039']);
  assert.deepEqual(codeOf(new IngestError('E033')), { code: 'E033', message: IngestErrorCodes.E033 });
  assert.equal(codeOf(new DatelineError('E008', 'big')).code, 'E008');
  assert.equal(codeOf(Object.assign(new Error('x'), { code: 'ENOENT' }), 'a.html').code, 'E001');
  assert.equal(codeOf(Object.assign(new Error('x'), { code: 'EACCES' }), 'a.html').code, 'E005');
  assert.deepEqual(codeOf(new Error('boom')), { code: 'E099', message: 'boom' });
});
