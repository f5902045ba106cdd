// Works out what a CV's PDF says about itself: title, author, subject, keywords, dates, XMP packet and the attached model.
import type { Resume } from '../model/types.js';
import type { StampMetadataOptions } from './stamp-types.js';
import { stripTags } from '../theme/strip-tags.js';
import { unlinkMarkdown } from './unlink-markdown.js';

/** Everything the stamp writes into a PDF, computed once from the model and the options. */
export interface StampFields {
  title: string;
  /** The candidate's name; empty when the model has none. */
  author: string;
  /** The label, else the summary's first sentence; may be empty. */
  subject: string;
  keywords: string[];
  creator: string;
  producer: string;
  /** A well-formed BCP 47 tag, or `und`. */
  lang: string;
  /** CreationDate and ModDate, to the second. */
  date: Date;
  /** The XMP packet (says the same as the Info dictionary). */
  xmp: Uint8Array;
  /** The model as pretty-printed JSON, attached as `resume.json`. */
  json: Uint8Array;
}

/** Keywords beyond this many are dropped (they are for search, not a second skills section). */
const MAX_KEYWORDS = 100;

/** Removes the Markdown syntax a summary may carry, for plain-text metadata. */
function plainText(md: string): string {
  return stripTags(unlinkMarkdown(unlinkMarkdown(md, true), false), true)
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
 * Computes the metadata a CV's PDF carries: Title (`<name> — <label>` or `<name> — Résumé`), Author,
 * Subject (label or the summary's first sentence), Keywords (skills), Creator (`cvpress <version> (<theme>)`),
 * Producer, the date, the language, the XMP packet and the model as JSON.
 * @param resume - the model
 * @param opts - theme name, language, cvpress version, date (default now)
 * @returns the fields both ways of stamping write
 */
export function describeStamp(resume: Resume, opts: StampMetadataOptions): StampFields {
  const date = new Date(Math.floor((opts.date ?? new Date()).getTime() / 1000) * 1000);
  // /Lang is written as a literal string: accept only well-formed BCP 47 tags ("und" otherwise).
  const lang = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(opts.lang) ? opts.lang : 'und';
  const basics = resume.basics && typeof resume.basics === 'object' ? resume.basics : {};
  const str = (v: unknown): string => (typeof v === 'string' ? plainText(v) : '');
  const author = str(basics.name);
  const label = str(basics.label);
  const title = `${author ? `${author} — ` : ''}${label || 'Résumé'}`;
  const subject = label || (typeof basics.summary === 'string' ? firstSentence(basics.summary) : '');
  const keywords = collectKeywords(resume);
  const creator = `cvpress ${opts.version} (${opts.themeName})`;
  const producer = `cvpress ${opts.version} with pdf-lib`;
  const encoder = new TextEncoder();
  const xmp = buildXmp({ title, author, subject, keywords, lang, creator, producer, date: date.toISOString().replace(/\.\d{3}Z$/, 'Z') });
  return {
    title,
    author,
    subject,
    keywords,
    creator,
    producer,
    lang,
    date,
    xmp: encoder.encode(xmp),
    json: encoder.encode(`${JSON.stringify(resume, null, 2)}\n`),
  };
}
