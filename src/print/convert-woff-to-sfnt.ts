// Unpacks a WOFF (1.0) font into the plain TrueType/OpenType file it wraps (fontconfig and Skia read only those).
import { inflateSync } from 'node:zlib';

/** The sfnt table checksum: the sum of its big-endian 32-bit words. */
function checksum(data: Buffer): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum = (sum + ((data[i]! << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0))) >>> 0;
  return sum;
}

/** A `name` table (format 0, Windows Unicode English records) naming the family `family`, style Regular. */
function nameTable(family: string): Buffer {
  const ps = family.replace(/[^A-Za-z0-9-]/g, '');
  const records: Array<[number, string]> = [[1, family], [2, 'Regular'], [3, ps], [4, family], [6, ps]];
  const strings = records.map(([, s]) => Buffer.from(s, 'utf16le').swap16());
  const header = 6 + records.length * 12;
  const out = Buffer.alloc(header + strings.reduce((n, b) => n + b.length, 0));
  out.writeUInt16BE(0, 0);
  out.writeUInt16BE(records.length, 2);
  out.writeUInt16BE(header, 4);
  let offset = 0;
  records.forEach(([id], i) => {
    const at = 6 + i * 12;
    out.writeUInt16BE(3, at);
    out.writeUInt16BE(1, at + 2);
    out.writeUInt16BE(0x409, at + 4);
    out.writeUInt16BE(id, at + 6);
    out.writeUInt16BE(strings[i]!.length, at + 8);
    out.writeUInt16BE(offset, at + 10);
    strings[i]!.copy(out, header + offset);
    offset += strings[i]!.length;
  });
  return out;
}

/**
 * Turns WOFF bytes into the sfnt (TrueType or OpenType) font they hold: each table is inflated and laid out
 * again behind a standard table directory, with the checksums WOFF kept.
 * @param woff - a WOFF 1.0 file (signature `wOFF`)
 * @param opts - `family`: give the font this family (and PostScript) name instead of its own
 * @returns the TrueType/OpenType bytes
 * @throws Error when `woff` is not a WOFF 1.0 file
 */
export function convertWoffToSfnt(woff: Buffer, opts: { family?: string } = {}): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: Array<{ tag: string; checksum: number; data: Buffer }> = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag: woff.toString('latin1', at, at + 4), checksum: woff.readUInt32BE(at + 16), data: compLength < origLength ? inflateSync(raw) : raw });
  }
  const name = tables.find((t) => t.tag === 'name');
  if (opts.family && name) {
    name.data = nameTable(opts.family);
    name.checksum = checksum(name.data);
  }
  tables.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const headerSize = 12 + numTables * 16;
  const size = tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), headerSize);
  const out = Buffer.alloc(size);
  const pow = 2 ** Math.floor(Math.log2(numTables));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(pow * 16, 6);
  out.writeUInt16BE(Math.log2(pow), 8);
  out.writeUInt16BE(numTables * 16 - pow * 16, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    out.write(t.tag, at, 'latin1');
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}
