// Stamps a PDF as Chromium writes it by appending an incremental update built from pdf-lib objects (when the library-free `appendStamp` declines).
import type { PDFDict, PDFObject, PDFRef } from 'pdf-lib';
import type { loadPdfLib } from '../print/load-pdf-lib.js';
import type { StampFields } from './describe-stamp.js';
import { fillStamp } from './fill-stamp.js';
import { locateObjectBody } from './locate-object-body.js';
import { readXrefTable } from './read-xref-table.js';
import { FILE_ID_PLACEHOLDER, sealFileId } from './seal-file-id.js';

type PdfLib = Awaited<ReturnType<typeof loadPdfLib>>;

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
  const { PDFContext, PDFCrossRefSection, PDFDict: Dict, PDFHexString, PDFName, PDFNumber, PDFObjectParser, PDFRef: Ref, PDFTrailer, PDFTrailerDict } = lib;
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const sx = buf.lastIndexOf('startxref');
  if (sx < 0 || sx < buf.length - 1024) return undefined;
  const xrefAt = /^startxref[\r\n ]+(\d+)/.exec(buf.toString('latin1', sx, sx + 40));
  const xrefOffset = Number(xrefAt?.[1] ?? NaN);
  if (!(xrefOffset > 0 && xrefOffset < sx)) return undefined;
  const table = readXrefTable(buf, xrefOffset);
  if (!table) return undefined;

  const ctx = PDFContext.create();
  const parseAt = (at: number): PDFObject => PDFObjectParser.forBytes(pdf.subarray(at), ctx).parseObject();
  const trailer = parseAt(table.trailerAt);
  if (!(trailer instanceof Dict)) return undefined;
  const size = trailer.get(PDFName.of('Size'));
  const root = trailer.get(PDFName.of('Root'));
  if (!(size instanceof PDFNumber) || !(root instanceof Ref)) return undefined;
  // Earlier revisions, encryption, hybrid files: the general path handles them.
  if (trailer.has(PDFName.of('Prev')) || trailer.has(PDFName.of('Encrypt')) || trailer.has(PDFName.of('XRefStm'))) return undefined;

  const offsets = [...table.entries.values()].map((e) => e.offset).sort((a, b) => a - b);
  /** The object `ref` points at, with the span of its body (between `obj` and `endobj`). */
  const readObject = (ref: PDFRef): { object: PDFObject; bodyStart: number; bodyEnd: number } | undefined => {
    const span = locateObjectBody(buf, table.entries, offsets, xrefOffset, ref.objectNumber, ref.generationNumber);
    if (!span) return undefined;
    const { bodyStart, bodyEnd } = span;
    return { object: parseAt(bodyStart), bodyStart, bodyEnd };
  };

  const catalog = readObject(root)?.object;
  if (!(catalog instanceof Dict) || catalog.get(PDFName.of('Type')) !== PDFName.of('Catalog')) return undefined;
  if (catalog.has(PDFName.of('AF')) || catalog.get(PDFName.of('ViewerPreferences')) instanceof Ref) return undefined;
  ctx.assign(root, catalog);
  const namesRef = catalog.get(PDFName.of('Names'));
  let names = namesRef;
  if (namesRef instanceof Ref) {
    names = readObject(namesRef)?.object;
    if (!(names instanceof Dict)) return undefined;
    ctx.assign(namesRef, names);
  }
  if (names !== undefined && (!(names instanceof Dict) || names.has(PDFName.of('EmbeddedFiles')))) return undefined;

  // Chromium's Info dictionary (title, producer and clock time) is emptied in place: offsets stay valid.
  const oldInfoRef = trailer.get(PDFName.of('Info'));
  const oldInfo = oldInfoRef instanceof Ref ? readObject(oldInfoRef) : undefined;
  if (oldInfoRef instanceof Ref && (!oldInfo || oldInfo.bodyEnd - oldInfo.bodyStart < 7)) return undefined;

  ctx.largestObjectNumber = Math.max(ctx.largestObjectNumber, size.asNumber() - 1);
  const filled = fillStamp(lib, ctx, catalog as PDFDict, fields);

  // The update: changed and new objects, their cross-reference section, and a trailer chained to the original's.
  const updated = ctx.enumerateIndirectObjects();
  const section = PDFCrossRefSection.createEmpty();
  const parts: Uint8Array[] = [];
  let length = buf.length;
  const add = (bytes: Uint8Array): void => {
    parts.push(bytes);
    length += bytes.length;
  };
  const latin1 = (s: string): Uint8Array => Buffer.from(s, 'latin1');
  const serialize = (o: { sizeInBytes(): number; copyBytesInto(b: Uint8Array, at: number): number }): Uint8Array => {
    const bytes = new Uint8Array(o.sizeInBytes());
    o.copyBytesInto(bytes, 0);
    return bytes;
  };
  const last = buf[buf.length - 1];
  if (last !== 0x0a && last !== 0x0d) add(latin1('\n'));
  for (const [ref, object] of updated) {
    section.addEntry(ref, length);
    add(latin1(`${ref.objectNumber} ${ref.generationNumber} obj\n`));
    add(serialize(object));
    add(latin1('\nendobj\n'));
  }
  const sectionAt = length;
  add(serialize(section));
  const newTrailer = ctx.obj({
    Size: ctx.largestObjectNumber + 1,
    Root: root,
    Info: filled.info,
    Prev: xrefOffset,
    ID: [PDFHexString.of(FILE_ID_PLACEHOLDER), PDFHexString.of(FILE_ID_PLACEHOLDER)],
  });
  add(serialize(PDFTrailerDict.of(newTrailer)));
  add(latin1('\n'));
  add(serialize(PDFTrailer.forLastCrossRefSectionOffset(sectionAt)));
  add(latin1('\n'));

  const out = Buffer.allocUnsafe(length);
  buf.copy(out, 0);
  if (oldInfo) out.fill(0x20, oldInfo.bodyStart, oldInfo.bodyEnd).write('\n<<>>\n', oldInfo.bodyStart, 'latin1');
  let at = buf.length;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return sealFileId(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
}
