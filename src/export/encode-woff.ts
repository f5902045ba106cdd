// Wraps a TrueType/OpenType font in WOFF 1.0 with Node's zlib: each table compressed, the font itself unchanged.
import { deflateSync } from 'node:zlib';

const align4 = (n: number) => (n + 3) & ~3;

/**
 * Encodes an sfnt font (TrueType or CFF OpenType) as WOFF 1.0 (W3C): a 44-byte header, a table directory, and
 * each table zlib-compressed (kept as it is where compression does not make it smaller). Every browser
 * reads WOFF; Node's native zlib makes this a few milliseconds where a WebAssembly WOFF2 encoder takes hundreds.
 * @param sfnt - the font file (as `subset-font` writes it with `targetFormat: 'truetype'`)
 * @returns the WOFF file
 * @throws Error when `sfnt` is not an sfnt font
 */
export function encodeWoff(sfnt: Buffer): Buffer {
  if (sfnt.length < 12) throw new Error('not an sfnt font');
  const flavor = sfnt.readUInt32BE(0);
  const numTables = sfnt.readUInt16BE(4);
  if (sfnt.length < 12 + numTables * 16) throw new Error('truncated sfnt table directory');
  const tables: Array<{ tag: number; checksum: number; data: Buffer; orig: number }> = [];
  let totalSfntSize = 12 + numTables * 16;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const offset = sfnt.readUInt32BE(rec + 8);
    const length = sfnt.readUInt32BE(rec + 12);
    if (offset + length > sfnt.length) throw new Error('sfnt table out of bounds');
    const raw = sfnt.subarray(offset, offset + length);
    const packed = deflateSync(raw);
    tables.push({ tag: sfnt.readUInt32BE(rec), checksum: sfnt.readUInt32BE(rec + 4), data: packed.length < raw.length ? packed : raw, orig: length });
    totalSfntSize += align4(length);
  }
  const headerSize = 44 + numTables * 20;
  const size = tables.reduce((n, t) => n + align4(t.data.length), headerSize);
  const out = Buffer.alloc(size);
  out.writeUInt32BE(0x774f4646, 0); // 'wOFF'
  out.writeUInt32BE(flavor, 4);
  out.writeUInt32BE(size, 8);
  out.writeUInt16BE(numTables, 12);
  out.writeUInt32BE(totalSfntSize, 16);
  out.writeUInt16BE(1, 20); // version 1.0 of the font data
  let offset = headerSize;
  tables.forEach((t, i) => {
    const dir = 44 + i * 20;
    out.writeUInt32BE(t.tag, dir);
    out.writeUInt32BE(offset, dir + 4);
    out.writeUInt32BE(t.data.length, dir + 8);
    out.writeUInt32BE(t.orig, dir + 12);
    out.writeUInt32BE(t.checksum, dir + 16);
    t.data.copy(out, offset);
    offset += align4(t.data.length);
  });
  return out;
}
