// Content hash of every file in a folder (names and bytes), for the incremental cache.
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readRegularFile } from '../model/read-regular-file.js';

/**
 * SHA-256 over the sorted relative paths and contents of every file under `dir` (recursively), read as the
 * page reads them: a symlink counts when its target is a regular file inside `dir`; FIFOs, devices and
 * links out of the folder are left out (they are never served either).
 */
export async function hashFolder(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
  for (const file of files) {
    const read = await readRegularFile(file, { root: dir, maxBytes: 64 * 1024 * 1024 }).catch(() => undefined);
    if (!read) continue;
    hash.update(path.relative(dir, file).split(path.sep).join('/'));
    hash.update('\0');
    hash.update(read.bytes);
    hash.update('\0');
  }
  return hash.digest('hex');
}
