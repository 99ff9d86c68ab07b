import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { blockedRange, checkUrl, guardedLookup, newFetcher } from './fetch.js';

/** Starts a server on 127.0.0.1 with `handler`; returns its base URL and a closer. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ base: string; close: () => Promise<void> }> {
  const server: Server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

const PAGE = '<html><head><title>Harbour</title></head><body><p>The port of Rotterdam reopened on Tuesday.</p></body></html>';

test('blockedRange: private, loopback, link-local, unique-local and mapped addresses are refused', () => {
  const cases: Array<[string, string]> = [
    ['10.1.2.3', 'ipv4-private-10'], ['172.31.255.255', 'ipv4-private-172'], ['192.168.1.1', 'ipv4-private-192'],
    ['127.0.0.1', 'ipv4-loopback'], ['127.9.9.9', 'ipv4-loopback'], ['169.254.169.254', 'ipv4-link-local'],
    ['0.0.0.0', 'ipv4-this-network'], ['100.64.0.1', 'ipv4-shared-cgn'], ['::1', 'ipv6-loopback'], ['::', 'ipv6-unspecified'],
    ['fe80::1%eth0', 'ipv6-link-local'], ['[fe80::1]', 'ipv6-link-local'], ['fd12:3456::1', 'ipv6-unique-local'],
    ['fc00::1', 'ipv6-unique-local'], ['::ffff:127.0.0.1', 'ipv4-loopback'], ['::ffff:7f00:1', 'ipv4-loopback'],
    ['::ffff:10.0.0.1', 'ipv4-private-10'], ['::ffff:a9fe:a9fe', 'ipv4-link-local'], ['64:ff9b::7f00:1', 'ipv6-nat64'],
  ];
  for (const [addr, id] of cases) assert.equal(blockedRange(addr)?.id, id, addr);
});

test('blockedRange: public addresses and non-addresses pass (false-positive list)', () => {
  for (const addr of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '172.15.255.255', '100.128.0.1', '169.255.0.1', '192.169.0.1',
    '2606:4700::1111', '2a00:1450:4001::200e', '::ffff:8.8.8.8', 'example.com', '']) {
    assert.equal(blockedRange(addr), null, addr);
  }
});

test('checkUrl: refuses non-http schemes, private literals in any notation, and localhost names', () => {
  for (const u of ['http://127.0.0.1/', 'http://[::1]:8080/x', 'http://0x7f.1/', 'http://2130706433/', 'https://[::ffff:127.0.0.1]/',
    'http://localhost:3000/', 'http://api.localhost/', 'ftp://example.com/a', 'file:///etc/hostname', 'http://169.254.169.254/latest/']) {
    assert.throws(() => checkUrl(new URL(u), false), (e: Error & { code?: string }) => e.code === 'E030', u);
  }
  assert.doesNotThrow(() => checkUrl(new URL('https://example.com/news'), false));
  assert.doesNotThrow(() => checkUrl(new URL('http://127.0.0.1:9/'), true));
  assert.throws(() => checkUrl(new URL('file:///x'), true), /only http and https/);
});

test('guardedLookup: a name resolving to loopback is refused; allowed with allowPrivate', async () => {
  const refused = await new Promise<Error | null>((r) => guardedLookup(false)('localhost', { all: true }, (err) => r(err)));
  assert.equal((refused as Error & { code?: string })?.code, 'E030');
  const allowed = await new Promise<unknown>((r) => guardedLookup(true)('localhost', { all: true }, (err, addrs) => r(err ?? addrs)));
  assert.ok(Array.isArray(allowed) && allowed.length > 0);
  const single = await new Promise<unknown[]>((r) => guardedLookup(true)('localhost', {}, (err, addr, fam) => r([err, addr, fam])));
  assert.equal(single[0], null);
  assert.equal(typeof single[1], 'string');
});

test('fetch: a page with its HTTP charset; private target refused unless allowPrivate', async () => {
  const srv = await serve((_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }); res.end(Buffer.from(PAGE, 'latin1')); });
  const open = newFetcher({ allowPrivate: true });
  const closed = newFetcher();
  try {
    const got = await open.fetch(`${srv.base}/a`);
    assert.equal(got.charset, 'ISO-8859-1');
    assert.equal(got.contentType, 'text/html');
    assert.equal(got.bytes.toString('latin1'), PAGE);
    assert.equal(got.url, `${srv.base}/a`);
    assert.match(got.day, /^\d{4}-\d{2}-\d{2}$/);
    await assert.rejects(closed.fetch(`${srv.base}/a`), (e: Error & { code?: string }) => e.code === 'E030');
  } finally { await open.close(); await closed.close(); await srv.close(); }
});

test('fetch: the resolved address is checked when the host name is not a literal', async (t) => {
  const name = hostname();
  const addrs = await lookup(name, { all: true }).catch(() => []);
  if (!addrs.length || !addrs.every((a) => blockedRange(a.address))) { t.skip('host name does not resolve to a private address here'); return; }
  const f = newFetcher({ connectTimeoutMs: 2000 });
  try {
    await assert.rejects(f.fetch(`http://${name}:9/`), (e: Error & { code?: string }) => e.code === 'E030' && /resolves to a refused address/.test(e.message));
  } finally { await f.close(); }
});

test('fetch: redirects are followed up to five hops; six, loops and bad schemes fail', async () => {
  const srv = await serve((req, res) => {
    const m = /^\/hop\/(\d+)$/.exec(req.url ?? '');
    if (m && Number(m[1]) > 0) { res.writeHead(302, { location: `/hop/${Number(m[1]) - 1}` }); res.end(); return; }
    if (req.url === '/loop') { res.writeHead(301, { location: '/loop' }); res.end(); return; }
    if (req.url === '/to-file') { res.writeHead(307, { location: 'file:///etc/hostname' }); res.end(); return; }
    res.writeHead(200, { 'content-type': 'text/html' }); res.end(PAGE);
  });
  const f = newFetcher({ allowPrivate: true });
  try {
    const got = await f.fetch(`${srv.base}/hop/5`);
    assert.equal(got.url, `${srv.base}/hop/0`);
    await assert.rejects(f.fetch(`${srv.base}/hop/6`), (e: Error & { code?: string }) => e.code === 'E033');
    await assert.rejects(f.fetch(`${srv.base}/loop`), (e: Error & { code?: string }) => e.code === 'E033');
    await assert.rejects(f.fetch(`${srv.base}/to-file`), (e: Error & { code?: string }) => e.code === 'E030');
  } finally { await f.close(); await srv.close(); }
});

test('fetch: HTTP errors, non-HTML types and oversize bodies get their codes', async () => {
  const srv = await serve((req, res) => {
    if (req.url === '/missing') { res.writeHead(404, { 'content-type': 'text/html' }); res.end('gone'); return; }
    if (req.url === '/pdf') { res.writeHead(200, { 'content-type': 'application/pdf' }); res.end('%PDF-1.4'); return; }
    if (req.url === '/big-declared') { res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' }); res.end('x'.repeat(5000)); return; }
    if (req.url === '/big-chunked') { res.writeHead(200, { 'content-type': 'text/html' }); res.write('y'.repeat(3000)); res.end('y'.repeat(3000)); return; }
    res.writeHead(200); res.end(PAGE);
  });
  const f = newFetcher({ allowPrivate: true, maxBytes: 4096 });
  const code = (c: string) => (e: Error & { code?: string }) => e.code === c;
  try {
    await assert.rejects(f.fetch(`${srv.base}/missing`), code('E032'));
    await assert.rejects(f.fetch(`${srv.base}/pdf`), (e: Error & { code?: string }) => e.code === 'E034' && /application\/pdf/.test(e.message));
    await assert.rejects(f.fetch(`${srv.base}/big-declared`), code('E008'));
    await assert.rejects(f.fetch(`${srv.base}/big-chunked`), code('E008'));
    const untyped = await f.fetch(`${srv.base}/untyped`);
    assert.equal(untyped.contentType, null);
    await assert.rejects(f.fetch('not a url'), code('E030'));
  } finally { await f.close(); await srv.close(); }
});

test('fetch: stalled headers and stalled bodies time out with E031; refused connections are E038', async () => {
  const srv = await serve((req, res) => {
    if (req.url === '/slow-body') { res.writeHead(200, { 'content-type': 'text/html' }); res.write('<p>'); return; }
    // /slow-headers: never answers
  });
  const f = newFetcher({ allowPrivate: true, headersTimeoutMs: 150, bodyTimeoutMs: 150 });
  const total = newFetcher({ allowPrivate: true, totalTimeoutMs: 150 });
  const code = (c: string) => (e: Error & { code?: string }) => e.code === c;
  try {
    await assert.rejects(f.fetch(`${srv.base}/slow-headers`), code('E031'));
    await assert.rejects(f.fetch(`${srv.base}/slow-body`), code('E031'));
    await assert.rejects(total.fetch(`${srv.base}/slow-headers`), code('E031'));
    await assert.rejects(f.fetch('http://127.0.0.1:9/'), code('E038'));
  } finally { await f.close(); await total.close(); await srv.close(); }
});

test('fetch: gzip, deflate and br bodies are decoded; a bomb stops at the limit on decoded bytes (E008)', async () => {
  const bodies: Record<string, [string, Buffer]> = {
    '/gzip': ['gzip', gzipSync(PAGE)], '/xgzip': ['x-gzip', gzipSync(PAGE)], '/deflate': ['deflate', deflateSync(PAGE)], '/br': ['br', brotliCompressSync(PAGE)],
    '/twice': ['deflate, gzip', gzipSync(deflateSync(PAGE))], '/identity': ['identity', Buffer.from(PAGE)],
    '/bomb': ['gzip', gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20))], '/corrupt': ['gzip', Buffer.from('this is not gzip at all')],
    '/zstd': ['zstd', Buffer.from('whatever')],
  };
  let asked: string | undefined;
  const srv = await serve((req, res) => {
    asked = req.headers['accept-encoding'] as string | undefined;
    const [enc, body] = bodies[req.url ?? '']!;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': enc, 'content-length': String(body.length) });
    res.end(body);
  });
  const f = newFetcher({ allowPrivate: true, maxBytes: 64 * 1024 });
  const code = (c: string) => (e: Error & { code?: string }) => e.code === c;
  try {
    for (const path of ['/gzip', '/xgzip', '/deflate', '/br', '/twice', '/identity']) {
      const got = await f.fetch(`${srv.base}${path}`);
      assert.equal(got.bytes.toString('utf8'), PAGE, path);
    }
    assert.match(asked ?? '', /gzip/);
    await assert.rejects(f.fetch(`${srv.base}/bomb`), code('E008'));
    await assert.rejects(f.fetch(`${srv.base}/corrupt`), (e: Error & { code?: string }) => e.code === 'E038' && /decode/.test(e.message));
    await assert.rejects(f.fetch(`${srv.base}/zstd`), (e: Error & { code?: string }) => e.code === 'E034' && /zstd/.test(e.message));
  } finally { await f.close(); await srv.close(); }
});
