// Reads the text of a PDF as an applicant-tracking system does: pdf.js text in content order, lines and blocks from the tags, running footers dropped.
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';
import { MalformedError } from '../model/errors.js';
import { loadPdfLib } from '../print/load-pdf-lib.js';
import type { PdfText, PdfTextItem, PdfTextPage, TextLine } from './check-types.js';
import { findExtractionProblems } from './find-extraction-problems.js';
import { loadPdfjs } from './load-pdfjs.js';

const SPACE = /\s/;

/**
 * Whether the last word of `text` holds a URL start (what `/(?:https?:\/\/|www\.|[\w-]+\.[a-z]{2,}\/)\S*$/i`
 * found): a scheme, `www.`, or a host's dot with two letters or more and a slash after it, by scanning.
 */
function endsInUrl(text: string): boolean {
  let start = text.length;
  while (start > 0 && !SPACE.test(text[start - 1]!)) start--;
  const word = text.slice(start);
  if (/https?:\/\/|www\./i.test(word)) return true;
  for (let dot = word.indexOf('.'); dot >= 0; dot = word.indexOf('.', dot + 1)) {
    if (dot === 0 || !/[\w-]/.test(word[dot - 1]!)) continue;
    let end = dot + 1;
    while (end < word.length && /[a-z]/i.test(word[end]!)) end++;
    if (end - dot > 2 && word[end] === '/') return true;
  }
  return false;
}

/** `t` less a final `·`, `•` or `|` and the white space before it (as `.replace(/\s*[·•|]$/u, '')`). */
function withoutEndMark(t: string): string {
  const last = t[t.length - 1];
  return last === '·' || last === '•' || last === '|' ? t.slice(0, -1).trimEnd() : t;
}

/** The structure a tag gives a piece of text. */
interface Role {
  kind: 'h' | 'li' | 'p' | 'none';
  level: number;
  /** The tagged element the text belongs to (text of one element is one block): the heading, list item or
   * paragraph, else the element directly holding the text. */
  block: object | undefined;
  /** The link the text is in, if any (a URL broken across lines is one word). */
  link?: object;
}

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

const NO_ROLE: Role = { kind: 'none', level: 0, block: undefined };
const PARAGRAPH_ROLES = new Set(['P', 'Caption', 'TD', 'TH', 'BlockQuote']);

/** Marked-content id → the role of its nearest heading, list item or paragraph ancestor in the structure tree. */
function mapRoles(tree: StructNode | null | undefined): Map<string, Role> {
  const roles = new Map<string, Role>();
  const walk = (node: StructNode, ctx: Role, depth: number): void => {
    if (depth > 200) return;
    if (node.type === 'content' && node.id !== undefined) {
      roles.set(node.id, ctx);
      return;
    }
    const r = node.role ?? '';
    let next = ctx;
    if (/^H[1-6]$/.test(r)) next = { kind: 'h', level: Number(r[1]), block: node };
    else if (r === 'LI' && ctx.kind !== 'h') next = { kind: 'li', level: 0, block: node };
    else if (PARAGRAPH_ROLES.has(r) && ctx.kind === 'none') next = { kind: 'p', level: 0, block: node };
    else if (ctx.kind === 'none') next = { ...ctx, block: node };
    if (r === 'Link') next = { ...next, link: node };
    for (const child of node.children ?? []) walk(child, next, depth + 1);
  };
  if (tree) walk(tree, { ...NO_ROLE }, 0);
  return roles;
}

/** Groups a page's text items (content order) into lines: one per tagged block, untagged text by baseline. */
function buildLines(items: Array<TextItem | TextMarkedContent>, roles: Map<string, Role>, pageIndex: number, top: number, pageOut: PdfTextPage): TextLine[] {
  const lines: TextLine[] = [];
  const stack: Array<string | undefined> = [];
  let line: TextLine | undefined;
  let lastEnd = 0;
  let lastY = 0;
  let lastLink: object | undefined;
  let lastBlock: object | undefined;
  for (const it of items) {
    if ('type' in it) {
      if (it.type === 'beginMarkedContentProps' || it.type === 'beginMarkedContent') stack.push(it.id);
      else if (it.type === 'endMarkedContent') stack.pop();
      continue;
    }
    if (it.str === '' && !it.hasEOL) continue;
    // White space pdf.js puts between runs (spanning a gap, perhaps a gutter) only separates words.
    if (it.str.trim() === '') {
      if (line && !line.text.endsWith(' ')) line.text += ' ';
      continue;
    }
    const id = stack.findLast((s) => s !== undefined && roles.has(s));
    const role = (id !== undefined ? roles.get(id) : undefined) ?? NO_ROLE;
    const t = it.transform as number[];
    const size = Math.abs(t[3] ?? 0) || Math.hypot(t[0] ?? 0, t[1] ?? 0) || 1;
    const x = t[4] ?? 0;
    const y = top - (t[5] ?? 0);
    if (it.str !== '') pageOut.items.push({ str: it.str, x, y, width: it.width, size } satisfies PdfTextItem);
    // Text continues its element's line (wrapping onto the next one); other text on the same baseline close by
    // (separators, spans, an untagged PDF) joins it too, unless both are distinct headings, items or paragraphs,
    // or a wide gap sets it apart (another column or cell).
    const nearby = line !== undefined && Math.abs(y - lastY) < size * 0.4 && x - lastEnd < size * 3 && x - lastEnd > -size;
    const distinct = line !== undefined && role.kind !== 'none' && line.kind !== 'none' && line.block !== role.block;
    const sameElement = role.block !== undefined && (line?.block === role.block || lastBlock === role.block);
    const sameBlock = line !== undefined && (sameElement || (nearby && !distinct));
    if (!sameBlock) {
      line = { page: pageIndex, kind: role.kind, level: role.level, block: role.block, text: '', x0: x, x1: x, y0: y - size, y1: y, size, order: lines.length };
      lines.push(line);
    } else if (line && it.str !== '' && !/[\s\-\u2010\u00AD]$/u.test(line.text)) {
      // A new line of the same block, or a gap on the same line, is a space (a line that ends with a hyphen is
      // not, nor a URL a link breaks across lines).
      const wrapped = Math.abs(y - lastY) > size * 0.4;
      const urlBreak = wrapped && role.link !== undefined && role.link === lastLink && endsInUrl(line.text);
      if ((wrapped && !urlBreak) || x - lastEnd > size * 0.2) line.text += ' ';
    }
    lastLink = role.link;
    lastBlock = role.block;
    if (!line) continue;
    // (The end of a line, hasEOL, is settled by the next piece: a space, unless a hyphen or a URL broke there.)
    line.text += it.str;
    if (it.str !== '') {
      line.x0 = Math.min(line.x0, x);
      line.x1 = Math.max(line.x1, x + it.width);
      line.y0 = Math.min(line.y0, y - size);
      line.y1 = Math.max(line.y1, y);
      line.size = Math.max(line.size, size);
      lastEnd = x + it.width;
      lastY = y;
    }
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
  return lines.filter((l) => l.text !== '');
}

/** Lines repeated near the top or bottom of most pages (running headers and footers, page numbers), which readers drop. */
function runningLines(lines: TextLine[], pages: PdfTextPage[]): Set<TextLine> {
  const out = new Set<TextLine>();
  if (pages.length < 2) return out;
  const key = (l: TextLine) => l.text.replace(/\d+/g, '#');
  // In the page's margin: near the top or bottom edge, and set apart from every other line by a gap.
  const edge = (l: TextLine) => {
    const h = pages[l.page]?.height ?? 0;
    if (!(l.y1 < h * 0.12 || l.y0 > h * 0.88)) return false;
    const gap = l.size * 1.5;
    return lines.every((m) => m === l || m.page !== l.page || m.y0 > l.y1 + gap || m.y1 < l.y0 - gap || (m.y0 >= l.y0 - 1 && m.y1 <= l.y1 + 1));
  };
  const seen = new Map<string, Set<number>>();
  for (const l of lines) if (edge(l)) (seen.get(key(l)) ?? seen.set(key(l), new Set()).get(key(l))!).add(l.page);
  for (const l of lines) if (edge(l) && (seen.get(key(l))?.size ?? 0) >= Math.max(2, pages.length - 1)) out.add(l);
  return out;
}

/** Markdown of the lines: headings `#`, list items `- `, a blank line between blocks. */
function toMarkdown(lines: TextLine[]): string {
  const out: string[] = [];
  let prev: TextLine | undefined;
  for (const l of lines) {
    const listRun = prev?.kind === 'li' && l.kind === 'li';
    const sameRow = prev !== undefined && prev.kind === 'none' && l.kind === 'none' && l.page === prev.page && l.y0 < prev.y1 + prev.size * 0.6;
    if (prev && !listRun && !sameRow) out.push('');
    if (l.kind === 'h') out.push(`${'#'.repeat(Math.min(6, Math.max(1, l.level)))} ${l.text}`);
    else if (l.kind === 'li') out.push(`- ${withoutEndMark(l.text.replace(/^[·•–—▪‣◦\-*]\s*/u, ''))}`);
    else out.push(l.text);
    prev = l;
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** Images painted on each page (image XObjects in its resources and in the forms it uses), read with pdf-lib. */
async function countImages(pdf: Uint8Array): Promise<number[]> {
  try {
    const { PDFDocument, PDFDict, PDFName, PDFRawStream, PDFStream } = await loadPdfLib();
    const doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
    const count = (resources: unknown, depth: number): number => {
      if (!(resources instanceof PDFDict) || depth > 4) return 0;
      const xobjects = resources.lookup(PDFName.of('XObject'));
      if (!(xobjects instanceof PDFDict)) return 0;
      let n = 0;
      for (const [, ref] of xobjects.entries()) {
        const obj = resources.context.lookup(ref);
        if (!(obj instanceof PDFRawStream || obj instanceof PDFStream)) continue;
        const subtype = obj.dict.get(PDFName.of('Subtype'));
        if (subtype === PDFName.of('Image')) n++;
        else if (subtype === PDFName.of('Form')) n += count(obj.dict.lookup(PDFName.of('Resources')), depth + 1);
      }
      return n;
    };
    return doc.getPages().map((p) => count(p.node.Resources(), 0));
  } catch {
    return [];
  }
}

/**
 * Reads the text of a PDF the way a machine does: pdf.js's text in content order (the order the PDF draws
 * it, which is what pdf.js- and PDFBox-based readers give), joined into lines and blocks by the PDF's tags
 * where it has them (headings, list items, paragraphs; by baseline otherwise), with running headers and
 * footers dropped. Also returns the positioned text per page, the `resume.json` attachment when there is one,
 * and what breaks extraction (see {@link findExtractionProblems}).
 * @throws MalformedError `E_PDF` when the bytes are not a readable PDF
 */
export async function extractPdfText(pdf: Uint8Array, opts: { file?: string } = {}): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 }).promise;
  } catch (err) {
    throw new MalformedError('E_PDF', `is not a readable PDF (${(err as Error).message}).`, { ...(opts.file ? { file: opts.file } : {}), hint: 'Pass a PDF file (cvpress check output/name.pdf).', cause: err });
  }
  try {
    const pages: PdfTextPage[] = [];
    const lines: TextLine[] = [];
    let tagged = false;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const tree = (await page.getStructTree().catch(() => null)) as StructNode | null;
      if (tree && (tree.children?.length ?? 0) > 0) tagged = true;
      const content = await page.getTextContent({ includeMarkedContent: true });
      const out: PdfTextPage = { width: x1 - x0, height: y1 - y0, items: [], images: 0 };
      lines.push(...buildLines(content.items, mapRoles(tree), n - 1, y1, out));
      pages.push(out);
      page.cleanup();
    }
    // Images matter only on pages with (almost) no text, where they may hold it: counted only then (pdf-lib reads the whole file).
    if (pages.some((p) => p.items.reduce((n, i) => n + i.str.trim().length, 0) < 20)) {
      const counts = await countImages(pdf);
      pages.forEach((p, i) => (p.images = counts[i] ?? 0));
    }
    const drop = runningLines(lines, pages);
    const body = lines.filter((l) => !drop.has(l));
    const attachments = (await doc.getAttachments().catch(() => null)) as Record<string, { content?: Uint8Array }> | null;
    const raw = attachments?.['resume.json']?.content;
    return {
      text: toMarkdown(body),
      pages,
      tagged,
      attachment: raw ? Buffer.from(raw).toString('utf8') : undefined,
      problems: findExtractionProblems(body, pages, tagged),
    };
  } finally {
    await doc.destroy();
  }
}
