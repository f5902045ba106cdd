// Reads the code points a font file maps to glyphs (its `cmap` table), from WOFF, WOFF2, TrueType or OpenType bytes.
import { brotliDecompressSync, inflateSync } from 'node:zlib';
import type { CodeRanges } from './read-unicode-ranges.js';

/** WOFF2's known table tags, by the index a table directory entry gives (WOFF2 spec, 5.1). */
const WOFF2_TAGS = [
  'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT',
  'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH',
  'CBDT', 'CBLC', 'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar',
  'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill',
];

const tagAt = (b: Buffer, at: number): string => b.toString('latin1', at, at + 4);

/** The raw `cmap` table of a WOFF (1.0) file: each table is zlib-compressed on its own. */
function woffCmap(b: Buffer): Buffer | undefined {
  const numTables = b.readUInt16BE(12);
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    if (tagAt(b, at) !== 'cmap') continue;
    const offset = b.readUInt32BE(at + 4);
    const compLength = b.readUInt32BE(at + 8);
    const origLength = b.readUInt32BE(at + 12);
    const data = b.subarray(offset, offset + compLength);
    return compLength < origLength ? inflateSync(data) : data;
  }
  return undefined;
}

/** Reads a WOFF2 UIntBase128 at `pos.at`. */
function base128(b: Buffer, pos: { at: number }): number {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const byte = b[pos.at++]!;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return value;
  }
  throw new Error('bad UIntBase128');
}

/** The raw `cmap` table of a WOFF2 file: all tables share one Brotli stream, laid out in directory order. */
function woff2Cmap(b: Buffer): Buffer | undefined {
  const numTables = b.readUInt16BE(12);
  const compressedSize = b.readUInt32BE(20);
  const pos = { at: 48 };
  let offset = 0;
  let cmap: { offset: number; length: number } | undefined;
  for (let i = 0; i < numTables; i++) {
    const flags = b[pos.at++]!;
    let tag = WOFF2_TAGS[flags & 0x3f];
    if ((flags & 0x3f) === 0x3f) {
      tag = tagAt(b, pos.at);
      pos.at += 4;
    }
    const version = flags >> 6;
    const origLength = base128(b, pos);
    // glyf and loca are transformed unless version 3; any other table is transformed unless version 0.
    const transformed = tag === 'glyf' || tag === 'loca' ? version !== 3 : version !== 0;
    const length = transformed ? base128(b, pos) : origLength;
    if (tag === 'cmap') cmap = { offset, length };
    offset += length;
  }
  if (!cmap) return undefined;
  const flavor = tagAt(b, 4);
  if (flavor === 'ttcf') return undefined;
  const stream = brotliDecompressSync(b.subarray(pos.at, pos.at + compressedSize));
  return stream.subarray(cmap.offset, cmap.offset + cmap.length);
}

/** The raw `cmap` table of a plain TrueType/OpenType file. */
function sfntCmap(b: Buffer): Buffer | undefined {
  const numTables = b.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    if (tagAt(b, at) === 'cmap') return b.subarray(b.readUInt32BE(at + 8), b.readUInt32BE(at + 8) + b.readUInt32BE(at + 12));
  }
  return undefined;
}

/** Code points of a format 4 subtable (BMP segments) that map to a glyph other than 0. */
function format4(t: Buffer, at: number, out: CodeRanges): void {
  const segX2 = t.readUInt16BE(at + 6);
  const ends = at + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const end = t.readUInt16BE(ends + s);
    const start = t.readUInt16BE(starts + s);
    const delta = t.readUInt16BE(deltas + s);
    const ro = t.readUInt16BE(rangeOffsets + s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let gid: number;
      if (ro === 0) gid = (c + delta) & 0xffff;
      else {
        const g = rangeOffsets + s + ro + (c - start) * 2;
        gid = g + 1 < t.length ? t.readUInt16BE(g) : 0;
        if (gid !== 0) gid = (gid + delta) & 0xffff;
      }
      if (gid !== 0) out.push([c, c]);
    }
  }
}

/** Code points of a format 12 or 13 subtable (groups of 32-bit ranges). */
function format12(t: Buffer, at: number, out: CodeRanges): void {
  const groups = t.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const p = at + 16 + g * 12;
    const start = t.readUInt32BE(p);
    const end = t.readUInt32BE(p + 4);
    // A group starting at glyph 0 maps its first code point to .notdef.
    const first = t.readUInt32BE(p + 8) === 0 ? start + 1 : start;
    if (first <= end) out.push([first, end]);
  }
}

/** Sorts and merges ranges in place order. */
function merge(ranges: CodeRanges): CodeRanges {
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: CodeRanges = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * The code points a font maps to a real glyph (not `.notdef`), from its Unicode `cmap` subtables
 * (formats 4, 12 and 13). Reads WOFF (only the cmap table is inflated), WOFF2, TTF and OTF.
 * @param bytes - the font file
 * @returns sorted, merged ranges, or undefined when the file is not a font cvpress can read
 */
export function readFontCmap(bytes: Buffer): CodeRanges | undefined {
  try {
    const sig = tagAt(bytes, 0);
    const table = sig === 'wOFF' ? woffCmap(bytes) : sig === 'wOF2' ? woff2Cmap(bytes) : sig === '\0\u0001\0\0' || sig === 'OTTO' || sig === 'true' ? sfntCmap(bytes) : undefined;
    if (!table) return undefined;
    const out: CodeRanges = [];
    const n = table.readUInt16BE(2);
    const seen = new Set<number>();
    for (let i = 0; i < n; i++) {
      const platform = table.readUInt16BE(4 + i * 8);
      const encoding = table.readUInt16BE(6 + i * 8);
      const offset = table.readUInt32BE(8 + i * 8);
      // Unicode subtables only: platform 0 (any), platform 3 encodings 1 (BMP) and 10 (full).
      if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) || seen.has(offset)) continue;
      seen.add(offset);
      const format = table.readUInt16BE(offset);
      if (format === 4) format4(table, offset, out);
      else if (format === 12 || format === 13) format12(table, offset, out);
    }
    return merge(out);
  } catch {
    return undefined;
  }
}
