// Stamps a PDF as Chromium writes it by appending an incremental update, without a PDF library and without re-reading its pages.
import type { StampFields } from './describe-stamp.js';
import { fillStampNodes } from './fill-stamp-nodes.js';
import { readPdfValue, type PdfNode } from './read-pdf-value.js';
import { locateObjectBody } from './locate-object-body.js';
import { readXrefTable } from '../print/read-xref-table.js';
import { FILE_ID_PLACEHOLDER, sealFileId } from './seal-file-id.js';
import { writePdfValue } from './write-pdf-value.js';

type Dict = Extract<PdfNode, { kind: 'dict' }>;
type Ref = Extract<PdfNode, { kind: 'ref' }>;

/** Where an indirect object is: its value and the span of its body (between `obj` and `endobj`). */
type Located = { value: PdfNode; bodyStart: number; bodyEnd: number };

/** Finds and reads the indirect objects of a file with one classic cross-reference table. */
function objectReader(buf: Buffer, entries: Map<number, { offset: number; gen: number }>, xrefOffset: number): (ref: Ref) => Located | undefined {
  return (ref) => {
    const span = locateObjectBody(buf, entries, xrefOffset, ref.num, ref.gen);
    if (!span) return undefined;
    const { bodyStart, bodyEnd } = span;
    const read = readPdfValue(buf, bodyStart);
    return read ? { value: read.value, bodyStart, bodyEnd } : undefined;
  };
}

/** The update's bytes after the original's: the objects, their cross-reference section and the trailer, as pdf-lib writes them. */
function writeUpdate(start: number, needsNewline: boolean, objects: Array<[Ref, PdfNode]>, trailer: Dict): string {
  let out = needsNewline ? '\n' : '';
  const rows: Array<{ num: number; line: string }> = [];
  for (const [ref, object] of objects.sort((a, b) => a[0].num - b[0].num)) {
    rows.push({ num: ref.num, line: `${String(start + out.length).padStart(10, '0')} ${String(ref.gen).padStart(5, '0')} n \n` });
    out += `${ref.num} ${ref.gen} obj\n${writePdfValue(object)}\nendobj\n`;
  }
  const sectionAt = start + out.length;
  out += 'xref\n';
  // Subsections of consecutive object numbers, as pdf-lib's PDFCrossRefSection groups them.
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && rows[j]!.num - rows[j - 1]!.num <= 1) j++;
    out += `${rows[i]!.num} ${j - i}\n${rows.slice(i, j).map((r) => r.line).join('')}`;
    i = j;
  }
  return `${out}trailer\n${writePdfValue(trailer)}\nstartxref\n${sectionAt}\n%%EOF\n`;
}

/**
 * Stamps a PDF whose last revision has a classic cross-reference table and no earlier revisions (as Chromium
 * writes them) when its trailer, catalog, `/Names` dictionary and Info dictionary hold only the plain
 * shapes `readPdfValue` reads: the stamp's objects ({@link fillStampNodes}) and the changed catalog are
 * appended after the original bytes with their own cross-reference section and trailer (`/Prev` pointing
 * at the original's), byte for byte what `appendStampWithPdfLib` writes, without loading pdf-lib. The
 * original Info dictionary is blanked where it stands (it holds Chromium's clock time); `/ID` is derived
 * from the content.
 * @param pdf - the printed PDF (not changed)
 * @param fields - what to write (from `describeStamp`)
 * @returns the stamped PDF, or undefined for any other shape (the caller then uses pdf-lib)
 */
export function appendStamp(pdf: Uint8Array, fields: StampFields): Uint8Array | undefined {
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const sx = buf.lastIndexOf('startxref');
  if (sx < 0 || sx < buf.length - 1024) return undefined;
  const xrefOffset = Number(/^startxref[\r\n ]+(\d+)/.exec(buf.toString('latin1', sx, sx + 40))?.[1] ?? NaN);
  if (!(xrefOffset > 0 && xrefOffset < sx)) return undefined;
  const table = readXrefTable(buf, xrefOffset);
  const trailer = table && readPdfValue(buf, table.trailerAt)?.value;
  if (!table || trailer?.kind !== 'dict') return undefined;
  const size = trailer.entries.get('Size');
  const root = trailer.entries.get('Root');
  if (size?.kind !== 'atom' || !/^\d+$/.test(size.text) || root?.kind !== 'ref') return undefined;
  // Earlier revisions, encryption, hybrid files: pdf-lib's paths handle them.
  if (['Prev', 'Encrypt', 'XRefStm'].some((k) => trailer.entries.has(k))) return undefined;

  const readObject = objectReader(buf, table.entries, xrefOffset);
  const catalog = readObject(root)?.value;
  if (catalog?.kind !== 'dict' || catalog.entries.get('Type')?.kind !== 'atom' || (catalog.entries.get('Type') as { text: string }).text !== '/Catalog') return undefined;
  if (catalog.entries.has('AF') || catalog.entries.get('ViewerPreferences')?.kind === 'ref') return undefined;
  const namesRef = catalog.entries.get('Names');
  if (namesRef?.kind === 'ref' && namesRef.num === root.num) return undefined;
  const names = namesRef?.kind === 'ref' ? readObject(namesRef)?.value : namesRef;
  if (names !== undefined && (names.kind !== 'dict' || names.entries.has('EmbeddedFiles'))) return undefined;
  const oldInfoRef = trailer.entries.get('Info');
  const oldInfo = oldInfoRef?.kind === 'ref' ? readObject(oldInfoRef) : undefined;
  if (oldInfoRef?.kind === 'ref' && (!oldInfo || oldInfo.bodyEnd - oldInfo.bodyStart < 7)) return undefined;

  const largest = Math.max(root.num, namesRef?.kind === 'ref' ? namesRef.num : 0, Number(size.text) - 1);
  const filled = fillStampNodes(catalog, namesRef?.kind === 'ref' ? (names as Dict) : undefined, fields, largest);
  const objects: Array<[Ref, PdfNode]> = [[root, catalog], ...(namesRef?.kind === 'ref' ? [[namesRef, names!] as [Ref, PdfNode]] : []), ...filled.added];
  const placeholder: PdfNode = { kind: 'atom', text: `<${FILE_ID_PLACEHOLDER}>` };
  const newTrailer: Dict = {
    kind: 'dict',
    entries: new Map<string, PdfNode>([
      ['Size', { kind: 'atom', text: String(Math.max(largest, filled.info.num) + 1) }],
      ['Root', root],
      ['Info', filled.info],
      ['Prev', { kind: 'atom', text: String(xrefOffset) }],
      ['ID', { kind: 'array', items: [placeholder, placeholder] }],
    ]),
  };
  const last = buf[buf.length - 1];
  const update = Buffer.from(writeUpdate(buf.length, last !== 0x0a && last !== 0x0d, objects, newTrailer), 'latin1');
  const out = Buffer.allocUnsafe(buf.length + update.length);
  buf.copy(out, 0);
  if (oldInfo) out.fill(0x20, oldInfo.bodyStart, oldInfo.bodyEnd).write('\n<<>>\n', oldInfo.bodyStart, 'latin1');
  update.copy(out, buf.length);
  return sealFileId(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
}
