// Writes a file atomically: a temporary file in the same folder, then rename (never a half-written file).
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from '../model/errors.js';

/**
 * Writes `data` to `file` through `.<name>.<random>.tmp` in the same folder and a rename, creating folders
 * as needed. A crash or kill leaves either the old file or the new one, never a truncated one.
 * @throws OutputError (`E_WRITE`) when the folder or file cannot be written
 */
export async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // The folder is made only when it is missing (the first file of a batch), not asked for before every file.
    const handle = await open(temp, 'w').catch(async (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
      await mkdir(dir, { recursive: true });
      return open(temp, 'w');
    });
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new OutputError('E_WRITE', `cannot write the output: ${(err as Error).message}.`, {
      file,
      hint: 'Check that the output folder is writable and the disk is not full.',
      cause: err,
    });
  }
}
