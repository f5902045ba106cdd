// Stamps a PDF as Chromium writes it by appending an incremental update built from pdf-lib objects (when the library-free `appendStamp` declines).
import type { PDFContext, PDFDict, PDFNumber, PDFObject, PDFRef } from 'pdf-lib';
import type { loadPdfLib } from '../print/load-pdf-lib.js';
import type { StampFields } from './describe-stamp.js';
import { fillStamp } from './fill-stamp.js';
import { locateObjectBody } from './locate-object-body.js';
import { readXrefTable } from '../print/read-xref-table.js';
import { FILE_ID_PLACEHOLDER, sealFileId } from './seal-file-id.js';

type PdfLib = Awaited<ReturnType<typeof loadPdfLib>>;
type XrefTable = NonNullable<ReturnType<typeof readXrefTable>>;

/** An object of the original file and the span of its body (between `obj` and `endobj`). */
interface ReadObject {
  object: PDFObject;
  bodyStart: number;
  bodyEnd: number;
}

/** Reads objects of the original file into one pdf-lib context. */
interface PdfReader {
  ctx: PDFContext;
  /** The object that starts at byte `at`. */
  parseAt(at: number): PDFObject;
  /** The object `ref` points at, with the span of its body; undefined when the table does not locate it. */
  readObject(ref: PDFRef): ReadObject | undefined;
}

/** What the update is written from: the original's last cross-reference table and its trailer's entries. */
interface Original {
  buf: Buffer;
  xrefOffset: number;
  table: XrefTable;
  size: PDFNumber;
  root: PDFRef;
  trailer: PDFDict;
}

/** The offset of the original's cross-reference table (`startxref`, in its last KB), or undefined. */
function findXrefOffset(buf: Buffer): number | undefined {
  const sx = buf.lastIndexOf('startxref');
  if (sx < 0 || sx < buf.length - 1024) return undefined;
  const xrefAt = /^startxref[\r\n ]+(\d+)/.exec(buf.toString('latin1', sx, sx + 40));
  const xrefOffset = Number(xrefAt?.[1] ?? NaN);
  return xrefOffset > 0 && xrefOffset < sx ? xrefOffset : undefined;
}

/** A reader of the objects of `pdf` through its cross-reference `table`, into a new pdf-lib context. */
function createReader(lib: PdfLib, pdf: Uint8Array, buf: Buffer, table: XrefTable, xrefOffset: number): PdfReader {
  const ctx = lib.PDFContext.create();
  const parseAt = (at: number): PDFObject => lib.PDFObjectParser.forBytes(pdf.subarray(at), ctx).parseObject();
  const readObject = (ref: PDFRef): ReadObject | undefined => {
    const span = locateObjectBody(buf, table.entries, xrefOffset, ref.objectNumber, ref.generationNumber);
    if (!span) return undefined;
    const { bodyStart, bodyEnd } = span;
    return { object: parseAt(bodyStart), bodyStart, bodyEnd };
  };
  return { ctx, parseAt, readObject };
}

/** The original's trailer when it is a single revision's (no `/Prev`, encryption or hybrid `/XRefStm`), else undefined. */
function readTrailer(lib: PdfLib, reader: PdfReader, table: XrefTable): { trailer: PDFDict; size: PDFNumber; root: PDFRef } | undefined {
  const { PDFDict: Dict, PDFName, PDFNumber: Num, PDFRef: Ref } = lib;
  const trailer = reader.parseAt(table.trailerAt);
  if (!(trailer instanceof Dict)) return undefined;
  const size = trailer.get(PDFName.of('Size'));
  const root = trailer.get(PDFName.of('Root'));
  if (!(size instanceof Num) || !(root instanceof Ref)) return undefined;
  // Earlier revisions, encryption, hybrid files: the general path handles them.
  if (trailer.has(PDFName.of('Prev')) || trailer.has(PDFName.of('Encrypt')) || trailer.has(PDFName.of('XRefStm'))) return undefined;
  return { trailer, size, root };
}

/**
 * The catalog, copied into the reader's context with the `/Names` dictionary it refers to; undefined for a
 * catalog the stamp does not update this way (associated files, viewer preferences by reference, embedded files).
 */
function readCatalog(lib: PdfLib, reader: PdfReader, root: PDFRef): PDFDict | undefined {
  const { PDFDict: Dict, PDFName, PDFRef: Ref } = lib;
  const catalog = reader.readObject(root)?.object;
  if (!(catalog instanceof Dict) || catalog.get(PDFName.of('Type')) !== PDFName.of('Catalog')) return undefined;
  if (catalog.has(PDFName.of('AF')) || catalog.get(PDFName.of('ViewerPreferences')) instanceof Ref) return undefined;
  reader.ctx.assign(root, catalog);
  const namesRef = catalog.get(PDFName.of('Names'));
  let names = namesRef;
  if (namesRef instanceof Ref) {
    names = reader.readObject(namesRef)?.object;
    if (!(names instanceof Dict)) return undefined;
    reader.ctx.assign(namesRef, names);
  }
  if (names !== undefined && (!(names instanceof Dict) || names.has(PDFName.of('EmbeddedFiles')))) return undefined;
  return catalog;
}

/**
 * Chromium's Info dictionary (title, producer and clock time), to be emptied in place so offsets stay valid:
 * `{ info: undefined }` when the trailer names none, undefined when it names one too small to empty.
 */
function readOldInfo(lib: PdfLib, reader: PdfReader, trailer: PDFDict): { info: ReadObject | undefined } | undefined {
  const oldInfoRef = trailer.get(lib.PDFName.of('Info'));
  const info = oldInfoRef instanceof lib.PDFRef ? reader.readObject(oldInfoRef) : undefined;
  if (oldInfoRef instanceof lib.PDFRef && (!info || info.bodyEnd - info.bodyStart < 7)) return undefined;
  return { info };
}

/** Bytes of something pdf-lib can write (an object, a cross-reference section, a trailer). */
function serialize(o: { sizeInBytes(): number; copyBytesInto(b: Uint8Array, at: number): number }): Uint8Array {
  const bytes = new Uint8Array(o.sizeInBytes());
  o.copyBytesInto(bytes, 0);
  return bytes;
}

const latin1 = (s: string): Uint8Array => Buffer.from(s, 'latin1');

/**
 * The update's bytes, in order: changed and new objects, their cross-reference section, and a trailer chained
 * to the original's (`/Prev`), with a placeholder `/ID`; and the length of the whole file once they are appended.
 */
function writeUpdate(lib: PdfLib, ctx: PDFContext, original: Original, info: PDFRef): { parts: Uint8Array[]; length: number } {
  const { buf } = original;
  const section = lib.PDFCrossRefSection.createEmpty();
  const parts: Uint8Array[] = [];
  let length = buf.length;
  const add = (bytes: Uint8Array): void => {
    parts.push(bytes);
    length += bytes.length;
  };
  const last = buf[buf.length - 1];
  if (last !== 0x0a && last !== 0x0d) add(latin1('\n'));
  for (const [ref, object] of ctx.enumerateIndirectObjects()) {
    section.addEntry(ref, length);
    add(latin1(`${ref.objectNumber} ${ref.generationNumber} obj\n`));
    add(serialize(object));
    add(latin1('\nendobj\n'));
  }
  const sectionAt = length;
  add(serialize(section));
  const newTrailer = ctx.obj({
    Size: ctx.largestObjectNumber + 1,
    Root: original.root,
    Info: info,
    Prev: original.xrefOffset,
    ID: [lib.PDFHexString.of(FILE_ID_PLACEHOLDER), lib.PDFHexString.of(FILE_ID_PLACEHOLDER)],
  });
  add(serialize(lib.PDFTrailerDict.of(newTrailer)));
  add(latin1('\n'));
  add(serialize(lib.PDFTrailer.forLastCrossRefSectionOffset(sectionAt)));
  add(latin1('\n'));
  return { parts, length };
}

/** The original bytes (its old Info dictionary blanked) followed by the update, with its `/ID` sealed. */
function joinUpdate(buf: Buffer, update: { parts: Uint8Array[]; length: number }, oldInfo: ReadObject | undefined): Uint8Array {
  const out = Buffer.allocUnsafe(update.length);
  buf.copy(out, 0);
  if (oldInfo) out.fill(0x20, oldInfo.bodyStart, oldInfo.bodyEnd).write('\n<<>>\n', oldInfo.bodyStart, 'latin1');
  let at = buf.length;
  for (const part of update.parts) {
    out.set(part, at);
    at += part.length;
  }
  return sealFileId(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
}

/** The original's last revision, read for an update: undefined when it is not a single classic-table revision. */
function readOriginal(lib: PdfLib, pdf: Uint8Array): { original: Original; reader: PdfReader } | undefined {
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const xrefOffset = findXrefOffset(buf);
  if (xrefOffset === undefined) return undefined;
  const table = readXrefTable(buf, xrefOffset);
  if (!table) return undefined;
  const reader = createReader(lib, pdf, buf, table, xrefOffset);
  const trailer = readTrailer(lib, reader, table);
  if (!trailer) return undefined;
  return { original: { buf, xrefOffset, table, ...trailer }, reader };
}

/**
 * Stamps a PDF whose last revision has a classic cross-reference table and no earlier revisions (as Chromium
 * writes them), for the shapes `appendStamp` does not read itself (comments, escapes in strings, real numbers…): the catalog (and a `/Names` dictionary it refers to) is read with pdf-lib's object parser,
 * the stamp's objects are made in a pdf-lib context ({@link fillStamp}), and they are appended after the
 * original bytes with their own cross-reference section and trailer (`/Prev` pointing at the original's),
 * so no page, font or structure object is parsed or written again. The original Info dictionary is
 * blanked where it stands (it holds Chromium's clock time), which keeps output reproducible; `/ID` is
 * derived from the content.
 * @param lib - pdf-lib (from `loadPdfLib`)
 * @param pdf - the printed PDF (not changed)
 * @param fields - what to write (from `describeStamp`)
 * @returns the stamped PDF, or undefined when `pdf` is not of that simple shape (the caller then rewrites it whole)
 */
export function appendStampWithPdfLib(lib: PdfLib, pdf: Uint8Array, fields: StampFields): Uint8Array | undefined {
  const read = readOriginal(lib, pdf);
  if (!read) return undefined;
  const { original, reader } = read;
  const catalog = readCatalog(lib, reader, original.root);
  if (!catalog) return undefined;
  const oldInfo = readOldInfo(lib, reader, original.trailer);
  if (!oldInfo) return undefined;
  const { ctx } = reader;
  ctx.largestObjectNumber = Math.max(ctx.largestObjectNumber, original.size.asNumber() - 1);
  const filled = fillStamp(lib, ctx, catalog, fields);
  return joinUpdate(original.buf, writeUpdate(lib, ctx, original, filled.info), oldInfo.info);
}
