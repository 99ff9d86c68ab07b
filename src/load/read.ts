/**
 * Reading input bytes safely: only regular files (a FIFO or a device would block or never end),
 * the size checked before reading, standard input read with the same limit as it streams.
 */
import { open, stat } from 'node:fs/promises';
import { DatelineError } from '../errors.js';

/**
 * Reads a regular file of at most `limit` bytes.
 * @throws DatelineError E010 (not a regular file: FIFO, socket, device), E008 (too large);
 *   Node errors (ENOENT, EACCES, ELOOP, ...) pass through for the caller to code.
 */
export async function readRegularFile(path: string, limit: number): Promise<Buffer> {
  const st = await stat(path);
  if (st.isDirectory()) throw Object.assign(new Error(`is a directory: ${path}`), { code: 'EISDIR' });
  if (!st.isFile()) throw new DatelineError('E010', `not a regular file (FIFO, socket or device): ${path}`);
  if (st.size > limit) throw new DatelineError('E008', `input is ${st.size} bytes; the limit is ${limit}`);
  const fh = await open(path, 'r');
  try {
    // Read at most limit + 1 bytes: a file that grew after stat() is still caught.
    const buf = Buffer.alloc(Math.min(st.size, limit) + 1);
    let got = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
      if (got >= buf.length) throw new DatelineError('E008', `input is over ${limit} bytes`);
    }
    return buf.subarray(0, got);
  } finally {
    await fh.close();
  }
}

/**
 * Reads a stream to the end, failing as soon as it passes `limit` bytes (an endless stream such as
 * `/dev/zero` never exhausts memory).
 * @throws DatelineError E008 past the limit.
 */
export async function readStreamLimited(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    total += b.length;
    if (total > limit) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw new DatelineError('E008', `input is over ${limit} bytes`);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/**
 * Node file-system error codes and the load code each stands for: E001 (missing: no such file, a
 * name too long, a path through a non-directory), E005 (unreadable: permissions, a directory,
 * an I/O error, a symlink loop). Shared by `analyze` and `ingest`.
 */
export const ERRNO_CODES: Readonly<Record<string, 'E001' | 'E005'>> = Object.freeze({
  ENOENT: 'E001', ENAMETOOLONG: 'E001', ENOTDIR: 'E001',
  EACCES: 'E005', EPERM: 'E005', EISDIR: 'E005', EIO: 'E005', ELOOP: 'E005',
});

/** The load code (E001/E005) of a Node file-system error, or null for any other error. */
export function errnoCode(err: unknown): 'E001' | 'E005' | null {
  const errno = (err as NodeJS.ErrnoException)?.code;
  return (errno && ERRNO_CODES[errno]) || null;
}
