// Stamps a printed PDF with the CV's metadata (Info, XMP, /Lang), attaches the model, and makes the bytes reproducible.
import { createHash } from 'node:crypto';
import type { PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { BrowserError } from '../model/errors.js';
import type { Resume } from '../model/types.js';
import { loadPdfLib } from '../print/load-pdf-lib.js';

/** Options for {@link stampMetadata}. */
export interface StampMetadataOptions {
  /** The theme the CV was rendered with (goes into Creator). */
  themeName: string;
  /** BCP 47 language of the document (`/Lang`, `dc:language`). */
  lang: string;
  /** cvpress version (Creator, Producer). */
  version: string;
  /** CreationDate and ModDate; callers pass `SOURCE_DATE_EPOCH` when set. Default: now. */
  date?: Date;
}

/** Keywords beyond this many are dropped (they are for search, not a second skills section). */
const MAX_KEYWORDS = 100;

/** Removes the Markdown syntax a summary may carry, for plain-text metadata. */
function plainText(md: string): string {
  return md
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/[*_`~#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence of a text (at most 300 characters). */
function firstSentence(text: string): string {
  const plain = plainText(text);
  const m = /^(.+?[.!?。！？])(\s|$)/u.exec(plain);
  const sentence = m?.[1] ?? plain;
  return sentence.length > 300 ? `${sentence.slice(0, 297)}...` : sentence;
}

/** Skill names and keywords, in order, without duplicates (case-insensitive). */
function collectKeywords(resume: Resume): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (v: unknown): void => {
    if (typeof v !== 'string') return;
    const k = plainText(v);
    const key = k.toLocaleLowerCase();
    if (!k || seen.has(key) || out.length >= MAX_KEYWORDS) return;
    seen.add(key);
    out.push(k);
  };
  for (const skill of Array.isArray(resume.skills) ? resume.skills : []) {
    if (!skill || typeof skill !== 'object') continue;
    add(skill.name);
    if (Array.isArray(skill.keywords)) skill.keywords.forEach(add);
  }
  return out;
}

/** Escapes text for XML content and attributes. */
function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** Builds the XMP packet that says the same as the Info dictionary. */
function buildXmp(m: { title: string; author: string; subject: string; keywords: string[]; lang: string; creator: string; producer: string; date: string }): string {
  const alt = (v: string): string => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(v)}</rdf:li></rdf:Alt>`;
  const lines = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '  <rdf:Description rdf:about=""',
    '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `   <dc:format>application/pdf</dc:format>`,
    `   <dc:title>${alt(m.title)}</dc:title>`,
    m.author ? `   <dc:creator><rdf:Seq><rdf:li>${xml(m.author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    m.subject ? `   <dc:description>${alt(m.subject)}</dc:description>` : '',
    `   <dc:language><rdf:Bag><rdf:li>${xml(m.lang)}</rdf:li></rdf:Bag></dc:language>`,
    m.keywords.length ? `   <dc:subject><rdf:Bag>${m.keywords.map((k) => `<rdf:li>${xml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>` : '',
    m.keywords.length ? `   <pdf:Keywords>${xml(m.keywords.join(', '))}</pdf:Keywords>` : '',
    `   <pdf:Producer>${xml(m.producer)}</pdf:Producer>`,
    `   <xmp:CreatorTool>${xml(m.creator)}</xmp:CreatorTool>`,
    `   <xmp:CreateDate>${m.date}</xmp:CreateDate>`,
    `   <xmp:ModifyDate>${m.date}</xmp:ModifyDate>`,
    `   <xmp:MetadataDate>${m.date}</xmp:MetadataDate>`,
    '  </rdf:Description>',
    ' </rdf:RDF>',
    '</x:xmpmeta>',
  ].filter(Boolean);
  const padding = `${' '.repeat(99)}\n`.repeat(20);
  return `${lines.join('\n')}\n${padding}<?xpacket end="w"?>`;
}

/**
 * Stamps a PDF printed by Chromium: Title (`<name> — <label>` or `<name> — Résumé`), Author, Subject
 * (label or the summary's first sentence), Keywords (skills), Creator (`cvpress <version> (<theme>)`),
 * Producer, CreationDate/ModDate, `/Lang`, an XMP packet saying the same, and the model attached as
 * `resume.json`. Chromium's own Info dictionary (with its clock time) is replaced, and the trailer `/ID`
 * is derived from the content, so the same input and options give byte-identical output. Tags
 * (`/StructTreeRoot`, `/MarkInfo`) and the outline are kept.
 * @param pdf - the PDF from `printPdf`
 * @param resume - the model (attached as JSON, and the source of the metadata)
 * @param opts - theme name, language, cvpress version, date (default now)
 * @returns the stamped PDF bytes
 * @throws BrowserError `E_PDF` when the input is not a readable PDF
 */
export async function stampMetadata(pdf: Uint8Array, resume: Resume, opts: StampMetadataOptions): Promise<Uint8Array> {
  const { AFRelationship, ParseSpeeds, PDFDocument, PDFHexString, PDFName, PDFRef } = await loadPdfLib();
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  } catch (err) {
    throw new BrowserError('E_PDF', `the printed PDF could not be read for stamping: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const date = new Date(Math.floor((opts.date ?? new Date()).getTime() / 1000) * 1000);
  // /Lang is written as a literal string: accept only well-formed BCP 47 tags ("und" otherwise).
  const lang = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(opts.lang) ? opts.lang : 'und';
  const basics = resume.basics && typeof resume.basics === 'object' ? resume.basics : {};
  const str = (v: unknown): string => (typeof v === 'string' ? plainText(v) : '');
  const name = str(basics.name);
  const label = str(basics.label);
  const title = `${name ? `${name} — ` : ''}${label || 'Résumé'}`;
  const subject = label || (typeof basics.summary === 'string' ? firstSentence(basics.summary) : '');
  const keywords = collectKeywords(resume);
  const creator = `cvpress ${opts.version} (${opts.themeName})`;
  const producer = `cvpress ${opts.version} with pdf-lib`;

  // Replace Chromium's Info dictionary (it holds the wall-clock time) with a fresh one.
  const ctx = doc.context;
  const oldInfo = ctx.trailerInfo.Info;
  if (oldInfo instanceof PDFRef) ctx.delete(oldInfo);
  ctx.trailerInfo.Info = ctx.register(ctx.obj({}));
  delete ctx.trailerInfo.ID;

  doc.setTitle(title, { showInWindowTitleBar: true });
  if (name) doc.setAuthor(name);
  if (subject) doc.setSubject(subject);
  const info = ctx.lookup(ctx.trailerInfo.Info);
  if (keywords.length && info && 'set' in info) (info as { set(k: PDFName, v: PDFHexString): void }).set(PDFName.of('Keywords'), PDFHexString.fromText(keywords.join(', ')));
  doc.setCreator(creator);
  doc.setProducer(producer);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(lang);

  const xmp = buildXmp({ title, author: name, subject, keywords, lang, creator, producer, date: date.toISOString().replace(/\.\d{3}Z$/, 'Z') });
  const oldMeta = doc.catalog.get(PDFName.of('Metadata'));
  if (oldMeta instanceof PDFRef) ctx.delete(oldMeta);
  const metaStream = ctx.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), ctx.register(metaStream));

  const json = new TextEncoder().encode(`${JSON.stringify(resume, null, 2)}\n`);
  await doc.attach(json, 'resume.json', {
    mimeType: 'application/json',
    description: 'The résumé model (JSON Resume, plus cvpress sections) this PDF was rendered from',
    creationDate: date,
    modificationDate: date,
    afRelationship: AFRelationship.Source,
  });

  // A reproducible file identifier: the document is saved once with a placeholder ID, hashed, and the
  // hash written over the placeholder (same length, so no offset moves).
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of(ID_PLACEHOLDER), PDFHexString.of(ID_PLACEHOLDER)]);
  const bytes = await doc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity });
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, 32).toUpperCase();
  writeId(bytes, id);
  return bytes;
}

/** The file identifier written before the real one is known: 32 hex digits, like the hash that replaces it. */
const ID_PLACEHOLDER = '0'.repeat(32);

/** Writes `id` over both placeholder IDs in the trailer of `bytes` (the last `trailer` of the file). */
function writeId(bytes: Uint8Array, id: string): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const trailer = buf.lastIndexOf('trailer');
  const needle = `<${ID_PLACEHOLDER}>`;
  let at = trailer < 0 ? -1 : buf.indexOf(needle, trailer);
  let written = 0;
  while (at >= 0) {
    buf.write(id, at + 1, 'latin1');
    written++;
    at = buf.indexOf(needle, at + needle.length);
  }
  if (written !== 2) throw new BrowserError('E_PDF', 'the stamped PDF has no file identifier in its trailer.', { hint: 'Report this as a cvpress bug.' });
}
