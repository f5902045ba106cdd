// Reads an image's format and pixel size from its header bytes (PNG, JPEG, GIF, WebP, AVIF; SVG recognised), without decoding it.

/** What an image's header says. SVG has no pixel size (width and height are 0). */
export interface ImageSize {
  format: 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'svg';
  width: number;
  height: number;
}

const ascii = (b: Uint8Array, at: number, n: number): string => String.fromCharCode(...b.subarray(at, at + n));
const u16be = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, at: number): number => u16le(b, at) | ((b[at + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, at: number): number => u16be(b, at) * 65536 + u16be(b, at + 2);

/** JPEG: the frame header (any SOF marker) holds the size; segments before it are skipped by their lengths. */
function jpegSize(b: Uint8Array): ImageSize | undefined {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { format: 'jpeg', height: u16be(b, at + 5), width: u16be(b, at + 7) };
    at += 2 + u16be(b, at + 2);
  }
  return undefined;
}

/** GIF: the logical screen, widened by any frame that reaches beyond it. */
function gifSize(b: Uint8Array): ImageSize | undefined {
  let width = u16le(b, 6);
  let height = u16le(b, 8);
  const flags = b[10] ?? 0;
  let at = 13 + (flags & 0x80 ? 3 * (2 << (flags & 7)) : 0);
  const skipSubBlocks = (): void => {
    while (at < b.length && b[at] !== 0) at += (b[at] ?? 0) + 1;
    at++;
  };
  while (at < b.length) {
    const kind = b[at];
    if (kind === 0x3b) break;
    if (kind === 0x21) {
      at += 2;
      skipSubBlocks();
    } else if (kind === 0x2c) {
      if (at + 10 > b.length) break;
      width = Math.max(width, u16le(b, at + 1) + u16le(b, at + 5));
      height = Math.max(height, u16le(b, at + 3) + u16le(b, at + 7));
      const f = b[at + 9] ?? 0;
      at += 10 + (f & 0x80 ? 3 * (2 << (f & 7)) : 0) + 1;
      skipSubBlocks();
    } else break;
  }
  return { format: 'gif', width, height };
}

/** WebP: the canvas of an extended file, else the size in the VP8 / VP8L bitstream header. */
function webpSize(b: Uint8Array): ImageSize | undefined {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') return { format: 'webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  if (chunk === 'VP8 ') return { format: 'webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return undefined;
}

/** AVIF (HEIF): the largest `ispe` (image spatial extent) property of any item. */
function avifSize(b: Uint8Array): ImageSize | undefined {
  let width = 0;
  let height = 0;
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  for (let at = buf.indexOf('ispe', 0, 'latin1'); at >= 0; at = buf.indexOf('ispe', at + 4, 'latin1')) {
    width = Math.max(width, u32be(b, at + 8));
    height = Math.max(height, u32be(b, at + 12));
  }
  return width > 0 && height > 0 ? { format: 'avif', width, height } : undefined;
}

/** True when the text starts (after a BOM, whitespace, an XML declaration, comments or a doctype) with an `<svg` element. */
function looksLikeSvg(b: Uint8Array): boolean {
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 4096)).toString('utf8').replace(/^\uFEFF/, '');
  let at = 0;
  for (;;) {
    while (at < head.length && ' \t\r\n'.includes(head[at]!)) at++;
    if (head.startsWith('<svg', at)) return true;
    const close = head.startsWith('<?', at) ? '?>' : head.startsWith('<!--', at) ? '-->' : head.startsWith('<!', at) ? '>' : undefined;
    if (close === undefined) return false;
    const end = head.indexOf(close, at);
    if (end < 0) return false;
    at = end + close.length;
  }
}

/**
 * The format and pixel size an image's own bytes declare, read from its header (the file name is not
 * trusted: a `.png` holding a JPEG is read as a JPEG). Nothing is decoded.
 * @returns the format and size, or undefined when the bytes are none of PNG, JPEG, GIF, WebP, AVIF or SVG
 *   (or are cut short before their size)
 */
export function readImageSize(bytes: Uint8Array): ImageSize | undefined {
  const b = bytes;
  if (b.length >= 24 && u32be(b, 0) === 0x89504e47 && u32be(b, 4) === 0x0d0a1a0a && ascii(b, 12, 4) === 'IHDR') {
    return { format: 'png', width: u32be(b, 16), height: u32be(b, 20) };
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpegSize(b);
  if (b.length >= 10 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return gifSize(b);
  if (b.length >= 30 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return webpSize(b);
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp' && /^(avi[fs]|heic|heix|mif1|msf1)$/.test(ascii(b, 8, 4))) return avifSize(b);
  if (looksLikeSvg(b)) return { format: 'svg', width: 0, height: 0 };
  return undefined;
}
