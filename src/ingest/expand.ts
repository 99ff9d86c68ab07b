/**
 * Input expansion: command-line arguments -> a lazy stream of units, in argument order.
 * An argument is an http(s) URL, `-` (standard input), an existing file or directory, a URL of
 * another scheme (refused, E030), or else a glob pattern (tinyglobby) when it has glob characters. Directories are walked recursively in
 * sorted order, one directory listing at a time, taking files by EXTENSION_RULES (dot-files skipped,
 * symlinked directories not followed). Files are read by kind: page, JSON Lines, WARC or feed.
 * `skip(key)` is asked before anything is read; nothing is read before the consumer pulls.
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { DatelineError } from '../errors.js';
import { isAbsolute, join } from 'node:path';
import { bareSource, MAX_INPUT_BYTES } from '../load/index.js';
import { readStreamLimited } from '../load/read.js';
import { codeOf } from './errors.js';
import { feedUnits } from './feed.js';
import { failureUnit, type ReadContext, type Unit } from './job.js';
import { jsonlUnits } from './jsonl.js';
import { EXTENSION_RULES, SKIP_HIDDEN, type InputKind } from './rules.js';
import { urlUnit } from './url.js';
import { warcUnits } from './warc.js';

/** The kind a file name is read as by extension, or null when a directory walk should pass it over. */
export function kindOf(name: string): InputKind | null {
  const lower = name.toLowerCase();
  return EXTENSION_RULES.find((r) => lower.endsWith(r.suffix))?.kind ?? null;
}

/** Units of one file: by `--input-format jsonl`, else by extension (an unknown extension is a page). */
async function* fileUnits(path: string, rc: ReadContext): AsyncGenerator<Unit> {
  const kind = rc.inputFormat === 'jsonl' ? 'jsonl' : kindOf(path) ?? 'page';
  if (kind !== 'page') {
    const missing = await stat(path).then(() => null, (err: unknown) => err);
    if (missing) { if (!rc.skip(path)) yield failureUnit(path, bareSource(path), codeOf(missing, path).code, codeOf(missing, path).message); return; }
  }
  if (kind === 'jsonl') { yield* jsonlUnits(path, rc); return; }
  if (kind === 'warc') { yield* warcUnits(path, rc); return; }
  if (kind === 'feed') { yield* feedUnits(path, rc); return; }
  if (!rc.skip(path)) yield { key: path, job: async () => ({ kind: 'path', options: rc.options, path }) };
}

/**
 * The files under `dir` that EXTENSION_RULES take, depth first in sorted name order. Only one
 * directory's listing is held per level. Reported through `onError` (the walk goes on): an
 * unreadable subdirectory; an entry whose name EXTENSION_RULES take but which is a FIFO, socket or
 * device (DatelineError E010, as `analyze` reports it); a symlink that loops or cannot be followed
 * (its Node error: ELOOP, EACCES -> E005), whatever its name, since it may stand for a directory;
 * a dangling symlink with a taken name (ENOENT -> E001).
 */
export async function* walk(dir: string, onError: (path: string, err: unknown) => void): AsyncGenerator<string> {
  let entries;
  try { entries = await readdir(dir, { withFileTypes: true }); } catch (err) { onError(dir, err); return; }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(SKIP_HIDDEN.prefix)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) { yield* walk(p, onError); continue; }
    const taken = kindOf(e.name) !== null;
    let target: Stats | Dirent = e;
    if (e.isSymbolicLink()) {
      try { target = await stat(p); } catch (err) {
        const errno = (err as NodeJS.ErrnoException).code;
        if (taken || (errno !== 'ENOENT' && errno !== 'ENOTDIR')) onError(p, err);
        continue;
      }
      if (target.isDirectory()) continue; // symlinked directories are not followed
    }
    if (!taken) continue;
    if (target.isFile()) yield p;
    else onError(p, new DatelineError('E010', `not a regular file (FIFO, socket or device): ${p}`));
  }
}

/** Units of every file under a directory; unreadable subdirectories and an empty tree are failures. */
async function* directoryUnits(dir: string, rc: ReadContext): AsyncGenerator<Unit> {
  const errors: Unit[] = [];
  let files = 0;
  for await (const p of walk(dir, (d, err) => { const { code, message } = codeOf(err, d); if (!rc.skip(d)) errors.push(failureUnit(d, bareSource(d), code, message)); })) {
    if (rc.signal.aborted) return;
    yield* errors.splice(0);
    files++;
    yield* fileUnits(p, rc);
  }
  yield* errors.splice(0);
  if (files === 0 && !rc.skip(dir)) yield failureUnit(dir, bareSource(dir), 'E039', `directory has no ${EXTENSION_RULES.map((r) => r.suffix).join(', ')} files: ${dir}`);
}

/**
 * Units of standard input: one page, or JSON Lines records streamed (keys in src/ingest/jsonl.ts).
 * A page is keyed by its content, `-#<sha256 hex of the bytes>`, so a re-run with other piped
 * content is not taken as already stored; `skip` is asked once the bytes are read.
 */
async function* stdinUnits(rc: ReadContext): AsyncGenerator<Unit> {
  if (rc.inputFormat === 'jsonl') { yield* jsonlUnits('-', rc); return; }
  let bytes: Buffer;
  try {
    bytes = await readStreamLimited(rc.stdin ?? process.stdin, MAX_INPUT_BYTES);
  } catch (err) {
    const { code, message } = codeOf(err, 'standard input');
    if (!rc.skip('-')) yield failureUnit('-', bareSource(null), code, message);
    return;
  }
  const key = `-#${createHash('sha256').update(bytes).digest('hex')}`;
  if (rc.skip(key)) return;
  yield { key, job: async () => ({ kind: 'bytes', options: rc.options, bytes, charset: null, path: null, url: null }) };
}

/**
 * True for an argument written as a URL with a scheme (RFC 3986 §3.1: a letter, then letters, digits,
 * `+`, `-`, `.`, then `:`) of two or more characters, so a Windows drive `C:` is not one.
 */
export function hasUrlScheme(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(arg);
}

/** Expands every argument in order into units (see the module comment). */
export async function* expandInputs(inputs: readonly string[], rc: ReadContext): AsyncGenerator<Unit> {
  for (const input of inputs) {
    if (rc.signal.aborted) return;
    if (/^https?:\/\//i.test(input)) { if (!rc.skip(input)) yield urlUnit(input, rc); continue; }
    if (input === '-') { yield* stdinUnits(rc); continue; }
    const st = await stat(input).catch(() => null);
    if (st?.isDirectory()) { yield* directoryUnits(input, rc); continue; }
    if (!st && hasUrlScheme(input)) { // an existing file whose name has a colon was read above
      if (!rc.skip(input)) yield failureUnit(input, bareSource(input), 'E030', `URL refused: only http and https URLs are fetched, not ${input.slice(0, input.indexOf(':') + 1)} (${input})`);
      continue;
    }
    // tinyglobby is loaded only for an input that is not an existing path (~15 ms otherwise spent at start).
    const globber = st ? null : await import('tinyglobby');
    if (globber && globber.isDynamicPattern(input)) {
      let paths: string[];
      try { paths = (await globber.glob(input, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(input) })).sort(); } catch (err) {
        const { code, message } = codeOf(err, input);
        if (!rc.skip(input)) yield failureUnit(input, bareSource(input), code, message);
        continue;
      }
      if (paths.length === 0 && !rc.skip(input)) yield failureUnit(input, bareSource(input), 'E039', `no files match ${input}`);
      for (const p of paths) { if (rc.signal.aborted) return; yield* fileUnits(p, rc); }
      continue;
    }
    yield* fileUnits(input, rc); // a missing path is reported (E001) when read
  }
}
