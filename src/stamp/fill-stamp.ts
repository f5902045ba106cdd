// Writes the stamp's objects into a pdf-lib context: a fresh Info dictionary, the XMP stream, the attached model, and the catalog's entries.
import { deflateSync } from 'node:zlib';
import type { PDFArray, PDFContext, PDFDict, PDFRef } from 'pdf-lib';
import type { loadPdfLib } from '../print/load-pdf-lib.js';
import type { StampFields } from './describe-stamp.js';

/** The attachment's file name inside the PDF. */
const ATTACHMENT_NAME = 'resume.json';
const ATTACHMENT_DESCRIPTION = 'The résumé model (JSON Resume, plus cvpress sections) this PDF was rendered from';

/** What {@link fillStamp} made: the new Info dictionary, and the existing objects it changed besides the catalog. */
export interface FilledStamp {
  info: PDFRef;
  changed: PDFRef[];
}

/**
 * Adds the stamp to a document's objects, as pdf-lib's own `setTitle`…`attach` would: registers a new Info
 * dictionary (text as UTF-16 hex strings, dates as PDF dates), an XMP metadata stream, the model as an
 * embedded `resume.json` (Flate-compressed, `/AFRelationship /Source`, listed in the catalog's `/AF` and
 * its `/Names /EmbeddedFiles` tree), and sets the catalog's `/Metadata`, `/Lang` and `/DisplayDocTitle`.
 * The catalog must be in `ctx`; a `/Names` dictionary it refers to must be too (it is changed in place).
 * @param lib - pdf-lib (from `loadPdfLib`)
 * @param ctx - the context new objects are registered in
 * @param catalog - the document catalog
 * @param fields - what to write (from `describeStamp`)
 * @returns the new Info dictionary's reference and the other existing objects that changed
 * @throws Error when the catalog's `/Names` is neither a dictionary nor a reference to one in `ctx`
 */
export function fillStamp(lib: Awaited<ReturnType<typeof loadPdfLib>>, ctx: PDFContext, catalog: PDFDict, fields: StampFields): FilledStamp {
  const { AFRelationship, PDFArray: List, PDFDict: Dict, PDFHexString, PDFName, PDFRef: Ref, PDFString } = lib;
  const text = (s: string) => PDFHexString.fromText(s);
  const date = PDFString.fromDate(fields.date);

  const info = ctx.obj({});
  info.set(PDFName.of('Title'), text(fields.title));
  if (fields.author) info.set(PDFName.of('Author'), text(fields.author));
  if (fields.subject) info.set(PDFName.of('Subject'), text(fields.subject));
  if (fields.keywords.length) info.set(PDFName.of('Keywords'), text(fields.keywords.join(', ')));
  info.set(PDFName.of('Creator'), text(fields.creator));
  info.set(PDFName.of('Producer'), text(fields.producer));
  info.set(PDFName.of('CreationDate'), date);
  info.set(PDFName.of('ModDate'), date);

  catalog.set(PDFName.of('Metadata'), ctx.register(ctx.stream(fields.xmp, { Type: 'Metadata', Subtype: 'XML' })));
  catalog.set(PDFName.of('Lang'), PDFString.of(fields.lang));
  const prefs = catalog.lookup(PDFName.of('ViewerPreferences'));
  if (prefs instanceof Dict) prefs.set(PDFName.of('DisplayDocTitle'), ctx.obj(true));
  else catalog.set(PDFName.of('ViewerPreferences'), ctx.obj({ DisplayDocTitle: true }));

  // The model, as pdf-lib's attach() writes it (compressed with Node's zlib rather than pdf-lib's own deflate).
  const file = ctx.register(
    ctx.stream(deflateSync(fields.json), {
      Type: 'EmbeddedFile',
      Subtype: 'application/json',
      Filter: 'FlateDecode',
      Params: { Size: fields.json.length, CreationDate: date, ModDate: date },
    }),
  );
  const spec = ctx.register(
    ctx.obj({
      Type: 'Filespec',
      F: PDFString.of(ATTACHMENT_NAME),
      UF: text(ATTACHMENT_NAME),
      EF: { F: file },
      Desc: text(ATTACHMENT_DESCRIPTION),
      AFRelationship: AFRelationship.Source,
    }),
  );
  const changed: PDFRef[] = [];
  let names = catalog.get(PDFName.of('Names'));
  if (names instanceof Ref) {
    changed.push(names);
    names = ctx.lookup(names);
  } else if (names === undefined) {
    names = ctx.obj({});
    catalog.set(PDFName.of('Names'), names);
  }
  if (!(names instanceof Dict)) throw new Error('the catalog\'s /Names is not a dictionary');
  let tree = names.lookup(PDFName.of('EmbeddedFiles'));
  if (!(tree instanceof Dict)) {
    tree = ctx.obj({});
    names.set(PDFName.of('EmbeddedFiles'), tree);
  }
  let list = (tree as PDFDict).lookup(PDFName.of('Names'));
  if (!(list instanceof List)) {
    list = ctx.obj([]);
    (tree as PDFDict).set(PDFName.of('Names'), list);
  }
  (list as PDFArray).push(text(ATTACHMENT_NAME));
  (list as PDFArray).push(spec);
  const af = catalog.lookup(PDFName.of('AF'));
  if (af instanceof List) af.push(spec);
  else catalog.set(PDFName.of('AF'), ctx.obj([spec]));

  return { info: ctx.register(info), changed };
}
