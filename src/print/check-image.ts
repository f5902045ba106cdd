// Decides whether an image from a CV's folder may be served to the page: its real format, its decoded size against the CV's budget, SVG cleaned.
import { LimitError } from '../model/errors.js';
import { readImageSize } from '../model/read-image-size.js';

/** Largest SVG file served (it is parsed and cleaned in this thread). */
const SVG_MAX_BYTES = 2 * 1024 * 1024;

const TYPES = { png: 'image/png', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', svg: 'image/svg+xml' } as const;

/** What to do with one image: serve these bytes as this type, or block it (saying why). */
export type ImageVerdict = { ok: true; body: Buffer; contentType: string; decodedBytes: number; note?: string } | { ok: false; why: string };

/** Formats megabytes for a message. */
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`;

/**
 * Checks an image file from a CV's folder before it reaches Chromium: the format comes from its bytes
 * (PNG, JPEG, GIF, WebP, AVIF or SVG; anything else is blocked), a raster image's decoded size (width ×
 * height × 4 bytes) must fit what is left of the CV's image budget, and an SVG is cleaned by
 * `sanitizeSvg` (and blocked with more than `SVG_MAX_ELEMENTS` elements or over 2 MB); the sanitizer (sanitize-html
 * and postcss) loads with the first SVG, so a batch without one never loads it.
 * @param bytes - the file's contents
 * @param name - the file name, for messages
 * @param budget - decoded bytes this CV's images may still take (`left`, updated by the caller) of `total`
 * @throws LimitError `E_LIMIT` when the image alone (or with the CV's other images) exceeds the budget
 */
export async function checkImage(bytes: Buffer, name: string, budget: { left: number; total: number; file?: string }): Promise<ImageVerdict> {
  const size = readImageSize(bytes);
  if (!size) return { ok: false, why: `${name} is not a PNG, JPEG, GIF, WebP, AVIF or SVG image (judged by its contents, not its name).` };
  if (size.format === 'svg') {
    if (bytes.length > SVG_MAX_BYTES) return { ok: false, why: `${name} is an SVG of ${mb(bytes.length)}, more than the ${mb(SVG_MAX_BYTES)} served.` };
    const { sanitizeSvg, SVG_MAX_ELEMENTS } = await import('../theme/sanitize-svg.js');
    const clean = sanitizeSvg(bytes.toString('utf8'));
    if (!clean.svg) return { ok: false, why: `${name} holds no SVG image.` };
    if (clean.elements > SVG_MAX_ELEMENTS) return { ok: false, why: `${name} has ${clean.elements} elements, more than the ${SVG_MAX_ELEMENTS} served.` };
    const note = clean.removed.length ? `Removed ${clean.removed.map((t) => `<${t}>`).join(', ')} from ${name}: SVG images from a CV's folder keep only shapes, text, gradients, clip paths and masks.` : undefined;
    return { ok: true, body: Buffer.from(clean.svg, 'utf8'), contentType: TYPES.svg, decodedBytes: 0, ...(note ? { note } : {}) };
  }
  const decoded = size.width * size.height * 4;
  if (decoded > budget.left) {
    const whole = decoded > budget.total;
    throw new LimitError(
      'E_LIMIT',
      `the image ${name} is ${size.width} × ${size.height} pixels, which takes ${mb(decoded)} to decode: more than ${whole ? 'the' : 'what is left of the'} image budget of ${mb(budget.total)} (a quarter of the CV's memory limit).`,
      { ...(budget.file !== undefined ? { file: budget.file } : {}), hint: 'Scale the image down (a photo on a CV needs at most about 1000 × 1000 pixels).' },
    );
  }
  budget.left -= decoded;
  return { ok: true, body: bytes, contentType: TYPES[size.format], decodedBytes: decoded };
}
