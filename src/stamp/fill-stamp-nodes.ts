// Adds the stamp's objects to a catalog read by `readPdfValue`, as `fillStamp` does with pdf-lib: the same objects, numbers and order.
import { deflateSync } from 'node:zlib';
import type { StampFields } from './describe-stamp.js';
import type { PdfNode } from './read-pdf-value.js';

type Dict = Extract<PdfNode, { kind: 'dict' }>;
type Ref = Extract<PdfNode, { kind: 'ref' }>;

/** The attachment's file name inside the PDF (as in `fillStamp`). */
const ATTACHMENT_NAME = 'resume.json';
const ATTACHMENT_DESCRIPTION = 'The résumé model (JSON Resume, plus cvpress sections) this PDF was rendered from';

const atom = (text: string): PdfNode => ({ kind: 'atom', text });
const dict = (entries: Array<[string, PdfNode]>): Dict => ({ kind: 'dict', entries: new Map(entries) });
/** Text as pdf-lib's `PDFHexString.fromText`: UTF-16BE with a byte order mark, upper-case hex digits. */
const hexText = (s: string): PdfNode => {
  // Each UTF-16 code unit (a lone surrogate too) as four hex digits, big-endian: the bytes of 'utf16le' swapped.
  const units = Buffer.from(s, 'utf16le').swap16();
  return atom(`<FEFF${units.toString('hex').toUpperCase()}>`);
};
/** A date as pdf-lib's `PDFString.fromDate`: `(D:YYYYMMDDHHmmSSZ)` in UTC. */
const pdfDate = (d: Date): PdfNode => {
  const p = (n: number, w: number): string => String(n).padStart(w, '0');
  return atom(`(D:${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1, 2)}${p(d.getUTCDate(), 2)}${p(d.getUTCHours(), 2)}${p(d.getUTCMinutes(), 2)}${p(d.getUTCSeconds(), 2)}Z)`);
};

/**
 * Adds the stamp to `catalog` exactly as `fillStamp` adds it to pdf-lib objects: an XMP metadata stream,
 * `/Lang`, `/ViewerPreferences /DisplayDocTitle`, the model as an embedded, Flate-compressed
 * `resume.json` listed in `/Names /EmbeddedFiles` and `/AF`, and a new Info dictionary; new objects
 * are numbered from `largest + 1` in the order pdf-lib registers them.
 * @param catalog - the document catalog (changed in place); it has no `/AF`, and its `/Names` (when a
 *   dictionary) has no `/EmbeddedFiles`
 * @param names - the dictionary a `/Names` reference of the catalog points at (changed in place)
 * @param fields - what to write (from `describeStamp`)
 * @param largest - the largest object number in use
 * @returns the new objects by number and the Info dictionary's reference
 */
export function fillStampNodes(catalog: Dict, names: Dict | undefined, fields: StampFields, largest: number): { added: Array<[Ref, PdfNode]>; info: Ref } {
  const added: Array<[Ref, PdfNode]> = [];
  const register = (node: PdfNode): Ref => {
    const ref: Ref = { kind: 'ref', num: ++largest, gen: 0 };
    added.push([ref, node]);
    return ref;
  };
  const date = pdfDate(fields.date);
  const info = dict([['Title', hexText(fields.title)]]);
  if (fields.author) info.entries.set('Author', hexText(fields.author));
  if (fields.subject) info.entries.set('Subject', hexText(fields.subject));
  if (fields.keywords.length) info.entries.set('Keywords', hexText(fields.keywords.join(', ')));
  info.entries.set('Creator', hexText(fields.creator));
  info.entries.set('Producer', hexText(fields.producer));
  info.entries.set('CreationDate', date);
  info.entries.set('ModDate', date);

  const meta = dict([['Type', atom('/Metadata')], ['Subtype', atom('/XML')]]).entries;
  catalog.entries.set('Metadata', register({ kind: 'stream', dict: meta, contents: fields.xmp }));
  catalog.entries.set('Lang', atom(`(${fields.lang})`));
  const prefs = catalog.entries.get('ViewerPreferences');
  if (prefs?.kind === 'dict') prefs.entries.set('DisplayDocTitle', atom('true'));
  else catalog.entries.set('ViewerPreferences', dict([['DisplayDocTitle', atom('true')]]));

  const params = dict([['Size', atom(String(fields.json.length))], ['CreationDate', date], ['ModDate', date]]);
  const fileDict = dict([['Type', atom('/EmbeddedFile')], ['Subtype', atom('/application#2Fjson')], ['Filter', atom('/FlateDecode')], ['Params', params]]).entries;
  const file = register({ kind: 'stream', dict: fileDict, contents: deflateSync(fields.json) });
  const spec = register(
    dict([
      ['Type', atom('/Filespec')],
      ['F', atom(`(${ATTACHMENT_NAME})`)],
      ['UF', hexText(ATTACHMENT_NAME)],
      ['EF', dict([['F', file]])],
      ['Desc', hexText(ATTACHMENT_DESCRIPTION)],
      ['AFRelationship', atom('/Source')],
    ]),
  );
  let target = names;
  if (!target) {
    const inline = catalog.entries.get('Names');
    target = inline?.kind === 'dict' ? inline : dict([]);
    if (!inline) catalog.entries.set('Names', target);
  }
  target.entries.set('EmbeddedFiles', dict([['Names', { kind: 'array', items: [hexText(ATTACHMENT_NAME), spec] }]]));
  catalog.entries.set('AF', { kind: 'array', items: [spec] });
  return { added, info: register(info) };
}
