// Finds what keeps machines from reading a PDF right: text in images, unmapped glyphs, ligatures, columns, text out of reading order, no tags.
import type { ExtractionProblem, PdfTextPage, TextLine } from './check-types.js';

/** A page with fewer characters of text than this reads as empty. */
const EMPTY_PAGE_CHARS = 20;
/** A side column: at least this many lines stacked at one left edge beside other text. */
const COLUMN_MIN_LINES = 4;

const clip = (s: string) => (s.length > 48 ? `${s.slice(0, 45)}…` : s);

/** Pages whose text a machine cannot read: none at all, or drawn as images (a scan, a picture of text). */
function emptyPages(lines: TextLine[], pages: PdfTextPage[]): ExtractionProblem[] {
  const out: ExtractionProblem[] = [];
  pages.forEach((p, i) => {
    const chars = lines.filter((l) => l.page === i).reduce((n, l) => n + l.text.length, 0);
    if (chars >= EMPTY_PAGE_CHARS) return;
    if (p.images > 0) out.push({ code: 'text-in-images', page: i + 1, message: `page ${i + 1} has no text a machine can read, only ${p.images === 1 ? 'an image' : `${p.images} images`}: its words are pictures (a scan or an image of text), which an ATS reads as nothing.` });
    else out.push({ code: 'no-text', page: i + 1, message: `page ${i + 1} has no text a machine can read (text drawn as outlines, or an empty page).` });
  });
  return out;
}

/** Glyphs without a Unicode mapping (U+FFFD, private-use or control characters) and ligature characters. */
function glyphProblems(lines: TextLine[]): ExtractionProblem[] {
  const out: ExtractionProblem[] = [];
  const unmapped = lines.filter((l) => /[\uFFFD\uE000-\uF8FF\u0000-\u0008\u000B-\u001F]/u.test(l.text));
  if (unmapped.length > 0) {
    const l = unmapped[0]!;
    out.push({ code: 'unmapped-glyphs', page: l.page + 1, message: `${unmapped.length} line${unmapped.length === 1 ? '' : 's'} hold glyphs without a Unicode mapping, e.g. page ${l.page + 1}: “${clip(l.text)}”: a machine reads them as garbage (use a font with a ToUnicode map).` });
  }
  const ligatures = lines.filter((l) => /[\uFB00-\uFB06]/u.test(l.text));
  if (ligatures.length > 0) {
    const l = ligatures[0]!;
    out.push({ code: 'ligatures', page: l.page + 1, message: `ligatures are extracted as single characters (ﬁ, ﬂ…), e.g. page ${l.page + 1}: “${clip(l.text)}”: some ATS then miss the words they are in (turn off \`font-variant-ligatures\` or map them).` });
  }
  return out;
}

/** Text set in side-by-side columns that flow on their own (a sidebar; rows of a grid line up, and read fine across). */
function columnProblems(lines: TextLine[], pages: PdfTextPage[]): ExtractionProblem[] {
  const out: ExtractionProblem[] = [];
  pages.forEach((_, i) => {
    const onPage = lines.filter((l) => l.page === i);
    const beside = (a: TextLine, b: TextLine) => a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1 && (a.x1 + 8 < b.x0 || b.x1 + 8 < a.x0);
    const byEdge = new Map<number, TextLine[]>();
    for (const l of onPage) {
      if (!onPage.some((m) => m !== l && beside(l, m))) continue;
      const edge = Math.round(l.x0 / 4);
      byEdge.set(edge, [...(byEdge.get(edge) ?? []), l]);
    }
    const left = onPage.reduce((m, x) => Math.min(m, x.x0), Infinity);
    // A column: a stack of lines at one left edge beside other text, most of them on baselines of their own.
    const column = [...byEdge.values()].find((group) => {
      if (group.length < COLUMN_MIN_LINES || group[0]!.x0 < left + 20) return false;
      const aligned = group.filter((l) => onPage.some((m) => m !== l && beside(l, m) && Math.abs(m.y1 - l.y1) < 1)).length;
      return aligned <= group.length / 2;
    });
    if (!column) return;
    const mm = Math.round((column[0]!.x0 * 25.4) / 72);
    // Read one column after the other: no line of the other column comes between the column's first and last.
    const orders = column.map((l) => onPage.indexOf(l)).sort((a, b) => a - b);
    const x0 = column[0]!.x0;
    const contiguous = !onPage.slice(orders[0], orders[orders.length - 1]! + 1).some((l) => l.x1 < x0 - 4);
    out.push(
      contiguous
        ? { code: 'columns', page: i + 1, message: `page ${i + 1} sets text in two columns (one starts ${mm} mm from the left edge): read in the PDF's order each column is whole, but readers that sort text by position read across the page and interleave the columns' lines.` }
        : { code: 'columns-interleaved', page: i + 1, message: `page ${i + 1} sets text in two columns (one starts ${mm} mm from the left edge) and the PDF's reading order goes across them line by line: their lines are interleaved (make the document order follow one column, then the other).` },
    );
  });
  return out;
}

/** Text read long after text drawn below it in the same column: it is met out of place (a header painted last, say). */
function orderProblems(lines: TextLine[], pages: PdfTextPage[]): ExtractionProblem[] {
  const out: ExtractionProblem[] = [];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const cur = lines[i]!;
    const height = pages[cur.page]?.height ?? 0;
    if (cur.page !== prev.page || out.some((p) => p.page === cur.page + 1)) continue;
    const sameColumn = cur.x0 < prev.x1 && prev.x0 < cur.x1;
    if (sameColumn && cur.y1 < prev.y0 - height * 0.25) {
      out.push({ code: 'reading-order', page: cur.page + 1, message: `page ${cur.page + 1}: “${clip(cur.text)}” is drawn near the top but read after “${clip(prev.text)}” further down: a machine meets it out of place (paint order differs from reading order).` });
    }
  }
  return out;
}

/**
 * Lists what breaks text extraction of a PDF: pages whose text is an image or absent, glyphs without a
 * Unicode mapping, ligature characters, side-by-side columns, text read out of its visual place, and
 * missing tags (an untagged PDF gives readers no headings, lists or reading order).
 * @param lines - the text lines in reading order (running headers and footers removed)
 * @param pages - the pages with their image counts
 * @param tagged - whether the PDF has a structure tree
 */
export function findExtractionProblems(lines: TextLine[], pages: PdfTextPage[], tagged: boolean): ExtractionProblem[] {
  const problems = [...emptyPages(lines, pages), ...glyphProblems(lines), ...columnProblems(lines, pages), ...orderProblems(lines, pages)];
  if (!tagged) {
    problems.push({ code: 'missing-tags', message: 'the PDF is not tagged: readers get no headings, lists or reading order from it, only positioned text (print it with tags, as cvpress does).' });
  }
  return problems;
}
