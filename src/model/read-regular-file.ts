// Reads a file on a CV's behalf: real path inside its allowed folder, a regular file (never a FIFO or device), size-bounded.
import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { InputError } from './errors.js';
import { isInside } from './is-inside.js';

/** Options of {@link readRegularFile}. */
export interface ReadRegularFileOptions {
  /** The folder the file's real path must lie in (its real path too); no check without it. */
  root?: string;
  /** Largest size accepted, in bytes. */
  maxBytes: number;
}

/** Why a file was refused: the `code` of the InputError thrown. */
export type RefusedCode = 'E_MISSING' | 'E_OUTSIDE' | 'E_UNSUPPORTED' | 'E_TOO_LARGE';

/**
 * Reads `file` as cvpress reads anything a CV (or a theme a CV uses) points at: its real path (symlinks
 * resolved) must lie inside the real path of `opts.root`; it must be a regular file (a FIFO, socket or
 * device is refused before it is opened, and it is opened non-blocking, so nothing can hang the read);
 * the file opened must be the one checked (same device and inode); at most `opts.maxBytes` are read.
 * @returns the bytes and the real path
 * @throws InputError `E_MISSING` (absent or unreadable), `E_OUTSIDE` (real path outside the root),
 *   `E_UNSUPPORTED` (not a regular file), `E_TOO_LARGE` (over `maxBytes`)
 */
export async function readRegularFile(file: string, opts: ReadRegularFileOptions): Promise<{ bytes: Buffer; real: string }> {
  const refuse = (code: RefusedCode, what: string, cause?: unknown): InputError =>
    new InputError(code, what, { file, ...(cause !== undefined ? { cause } : {}) });
  let real: string;
  try {
    real = await realpath(file);
  } catch (err) {
    throw refuse('E_MISSING', `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)}).`, err);
  }
  if (opts.root !== undefined) {
    const root = await realpath(opts.root).catch(() => undefined);
    if (root === undefined || !isInside(root, real)) throw refuse('E_OUTSIDE', 'lies outside the folder it may be read from (after following links).');
  }
  const before = await lstat(real).catch((err: unknown) => {
    throw refuse('E_MISSING', `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)}).`, err);
  });
  if (!before.isFile()) throw refuse('E_UNSUPPORTED', 'is not a regular file (a folder, pipe, socket or device is never read).');
  if (before.size > opts.maxBytes) throw refuse('E_TOO_LARGE', `is larger than the limit of ${opts.maxBytes} bytes.`);
  let fh;
  try {
    // O_NONBLOCK: had the file been swapped for a FIFO since the check, opening it still returns at once.
    fh = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch (err) {
    throw refuse('E_MISSING', `cannot be opened (${(err as NodeJS.ErrnoException).code ?? String(err)}).`, err);
  }
  try {
    const st = await fh.stat();
    if (!st.isFile() || st.ino !== before.ino || st.dev !== before.dev) throw refuse('E_UNSUPPORTED', 'changed while it was being read, or is not a regular file.');
    const limit = opts.maxBytes + 1;
    let buf = Buffer.allocUnsafe(Math.min(limit, Math.max(st.size + 1, 16 * 1024)));
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        if (buf.length >= limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(limit, buf.length * 2));
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
      const { bytesRead } = await fh.read(buf, total, buf.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > opts.maxBytes) throw refuse('E_TOO_LARGE', `is larger than the limit of ${opts.maxBytes} bytes.`);
    return { bytes: buf.subarray(0, total), real };
  } finally {
    await fh.close();
  }
}
