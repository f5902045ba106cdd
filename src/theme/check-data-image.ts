// Bounds a `data:` image a CV carries inline (JSON Resume `basics.image`): its bytes and its decoded pixel size.
import { LimitError } from '../model/errors.js';
import { readImageSize } from '../model/read-image-size.js';

/** Largest inline image, in bytes once decoded from base64 (as for an image file served from the CV's folder). */
const MAX_DATA_BYTES = 20 * 1024 * 1024;

/** Megabytes for a message. */
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

/**
 * Checks a `data:image/…;base64,…` URL before it goes into the page, where Chromium would decode it
 * unchecked (a 1 MB PNG of 20000 × 20000 pixels decodes to 1.6 GB): its bytes must be a PNG, JPEG, GIF,
 * WebP or AVIF image, at most 20 MB, whose width × height × 4 bytes fits `maxDecodedBytes`.
 * @param url - the data URL as the CV wrote it (already matched as a base64 image URL)
 * @param maxDecodedBytes - the CV's image budget (a quarter of its memory limit)
 * @param file - the CV, for the error
 * @throws LimitError `E_LIMIT` naming the size and the limit
 */
export function checkDataImage(url: string, maxDecodedBytes: number, file?: string): void {
  const comma = url.indexOf(',');
  const base64 = url.slice(comma + 1).replace(/\s+/g, '');
  const where = file !== undefined ? { file } : {};
  if ((base64.length * 3) / 4 > MAX_DATA_BYTES) {
    throw new LimitError('E_LIMIT', `the inline (data:) photo is ${mb((base64.length * 3) / 4)}, more than the limit of ${mb(MAX_DATA_BYTES)}.`, { ...where, hint: 'Put a smaller image next to the CV and name it by its file name.' });
  }
  const size = readImageSize(Buffer.from(base64, 'base64'));
  if (!size || size.format === 'svg') return;
  const decoded = size.width * size.height * 4;
  if (decoded > maxDecodedBytes) {
    throw new LimitError(
      'E_LIMIT',
      `the inline (data:) photo is ${size.width} × ${size.height} pixels, which takes ${mb(decoded)} to decode: more than the image budget of ${mb(maxDecodedBytes)} (a quarter of the CV's memory limit).`,
      { ...where, hint: 'Scale the image down (a photo on a CV needs at most about 1000 × 1000 pixels).' },
    );
  }
}
