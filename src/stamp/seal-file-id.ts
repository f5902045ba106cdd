// Gives a saved PDF its content-derived file identifier, written over the placeholder it was saved with.
import { createHash } from 'node:crypto';
import { BrowserError } from '../model/errors.js';

/** The file identifier a PDF is saved with before the real one is known: 32 hex digits, like the hash that replaces it. */
export const FILE_ID_PLACEHOLDER = '0'.repeat(32);

/**
 * Hashes `bytes` (saved with `/ID [<placeholder> <placeholder>]` in their last trailer) and writes the
 * first 128 bits of the SHA-256 over both placeholders. Same length, so no offset moves; the same content
 * always gets the same identifier.
 * @param bytes - the saved PDF, changed in place
 * @returns `bytes`
 * @throws BrowserError `E_PDF` when the last trailer holds no placeholder pair
 */
export function sealFileId(bytes: Uint8Array): Uint8Array {
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, 32).toUpperCase();
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const trailer = buf.lastIndexOf('trailer');
  const needle = `<${FILE_ID_PLACEHOLDER}>`;
  let at = trailer < 0 ? -1 : buf.indexOf(needle, trailer);
  let written = 0;
  while (at >= 0) {
    buf.write(id, at + 1, 'latin1');
    written++;
    at = buf.indexOf(needle, at + needle.length);
  }
  if (written !== 2) throw new BrowserError('E_PDF', 'the stamped PDF has no file identifier in its trailer.', { hint: 'Report this as a cvpress bug.' });
  return bytes;
}
