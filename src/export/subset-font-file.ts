// Subsets a font file to the characters a page uses (harfbuzz's hb-subset, compiled to WebAssembly, shipped in npm).
import { encodeWoff } from './encode-woff.js';

type SubsetFont = (font: Buffer, text: string, opts?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt' }) => Promise<Buffer>;
let loading: Promise<SubsetFont> | undefined;
/** Subsets already made, by file and characters (a batch exports many CVs with the same fonts). */
const made = new Map<string, Promise<Buffer>>();
const MADE_MAX = 512;

/**
 * Subsets `font` (TrueType, WOFF or WOFF2) to the glyphs of `text` with HarfBuzz (`subset-font`, WebAssembly,
 * no network), keeping every OpenType layout feature (ligatures, small caps, kerning) and variation axis the
 * kept glyphs use, and writes WOFF (zlib, see {@link encodeWoff}: WOFF2's WebAssembly Brotli encoder took
 * 0.3–1.3 s per face, zlib a few ms, for files about a quarter larger). Results are memoized by `key` + `text`.
 * @param font - the font file's bytes
 * @param text - the characters to keep
 * @param key - identifies the font file (its path) for the memo
 * @returns the subset font as WOFF
 */
export function subsetFontFile(font: Buffer, text: string, key: string): Promise<Buffer> {
  const memo = `${key}\u0000${text}`;
  let result = made.get(memo);
  if (!result) {
    loading ??= import('subset-font').then((m) => ((m as unknown as { default?: SubsetFont }).default ?? (m as unknown as SubsetFont)));
    result = loading.then(async (subset) => encodeWoff(await subset(font, text, { targetFormat: 'truetype' })));
    if (made.size >= MADE_MAX) made.clear();
    made.set(memo, result);
    result.catch(() => made.delete(memo));
  }
  return result;
}
