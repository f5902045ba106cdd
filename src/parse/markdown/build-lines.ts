// Pass: turns the Markdown body into Lines (headings, paragraph lines, list items, table rows, definitions, HTML) with source lines and inline features.
import { demoteDataHeader } from './demote-data-header.js';
import { joinYearCells } from './join-year-cells.js';
import { joinYearMonthCells } from './join-year-month-cells.js';
import type { Token } from 'markdown-it';
import type { HtmlLine } from './html-line.js';
import { dropShortcodes } from './drop-shortcodes.js';
import { htmlToLines } from './html-to-lines.js';
import { unrollEntryRows } from './unroll-entry-rows.js';
import type { Line, LineKind } from './parse-types.js';
import { parseBlocks } from './parse-blocks.js';
import { readInline } from './read-inline.js';

/** Where the walker is inside containers. */
interface Walk {
  lines: Line[];
  block: number;
  listDepth: number;
  /** A list item whose first paragraph has not been read yet. */
  itemOpen: boolean;
  ordered: boolean[];
  /** Depth of the list item the walker is in (-1 outside lists). */
  itemDepth: number;
  /** The open item's marker when its number is a year ("2019. szeptember – 2021. május", "2019. 03. ~ 2021. 02."): a date, not a list. */
  yearMarker: string;
  srcLines: string[];
}

/** An ordered-list number that is a year of a CV, written with a full stop. */
function yearMarkerOf(t: Token): string {
  return t.markup === '.' && /^(?:19[5-9]\d|20[0-4]\d)$/.test(t.info) ? `${t.info}. ` : '';
}

/** Builds a Line from inline Markdown and its place. */
export function makeLine(kind: LineKind, mdText: string, place: { line: number; endLine: number; block: number; level?: number; depth?: number; ordered?: boolean; html?: boolean; cells?: string[]; header?: boolean }): Line {
  const cells = place.cells;
  const info = readInline(cells ? cells.join(' | ') : mdText);
  const plain = cells ? cells.map((c) => readInline(c).plain).join(' | ') : dropShortcodes(info.plain);
  const line: Line = {
    kind,
    level: place.level ?? 0,
    depth: place.depth ?? 0,
    ordered: place.ordered ?? false,
    md: mdText,
    plain,
    line: place.line,
    endLine: place.endLine,
    block: place.block,
    html: place.html ?? false,
    bold: info.bold,
    italic: info.italic,
    code: info.code,
    links: info.links,
    images: info.images,
    boldParts: info.boldParts,
    italicParts: info.italicParts,
  };
  if (cells) {
    line.cells = cells;
    line.header = place.header ?? false;
  }
  return line;
}

/**
 * A heading written the way the first Markdown allowed, without a space after the hashes ("##Profil##",
 * "###Role, Company 2019####"): closed by hashes, alone in its paragraph, or its first line with words of its own
 * ("###Feb 2014 - Present: Org (City) - Role" / "An infrastructure engineer …", as Markdown.pl read it; not "#java #go").
 */
function legacyHeading(text: string, alone: boolean, first: boolean): { level: number; text: string } | undefined {
  let n = 0;
  while (text[n] === '#' && n < 7) n++;
  if (n === 0 || n > 6 || text[n] === ' ' || text[n] === '#' || !text[n]) return undefined;
  if (!/[\p{L}*_\[(]/u.test(text[n]!)) return undefined;
  const closed = text.endsWith('#');
  if (!closed && !alone && !(first && /\s\S/.test(text) && !/\s#/.test(text))) return undefined;
  let end = text.length;
  while (end > n && (text[end - 1] === '#' || text[end - 1] === ' ')) end--;
  return { level: n, text: text.slice(n, end) };
}

/** A pandoc definition line (`:   text`). */
const DEF_MARK = /^:[ \t]+/;

/** The mark of a hard break at a line's end: a backslash (CommonMark), or two (kramdown's `\\\\`, which CommonMark reads as one backslash of text). */
const BREAK_MARK = /\\\\?$/;

/** Ends a line the author broke on purpose: two spaces or a backslash at its end (a hard break). */
const hardBreak = (line: string): boolean => line.endsWith('  ') || line.endsWith('\\') || /<br\s*\/?>\s*$/i.test(line);

/**
 * A paragraph that opens with an image right before a heading element ("<img … /><h3>Role (Org)</h3><h5>City | dates</h5>", a
 * logo before each job): CommonMark starts no HTML block at an inline tag with more on its line, but the writer laid it out as HTML.
 */
const HTML_LAYOUT = /^<img\b[^<>]*>\s*<h[1-6]\b/i;

/**
 * Adds a list item's first paragraph: its first line as the item, wrapped lines joined to it; after a hard
 * break ("2016/3-2016/9  弈汇数据技术有限公司  **技术经理**␣␣" / "职责：…"), each further line is a text line of
 * the item (as a paragraph's lines are), so an entry's head line stays apart from its text.
 */
function addItem(w: Walk, parts: readonly string[], startLine: number): void {
  let end = parts.findIndex(hardBreak);
  if (end < 0 || end === parts.length - 1) end = parts.length - 1;
  // ("- Web Programmer (_Agustus 2020 - November 2020_)" / "   `PT Mutiara … adalah perusahaan …`": a line that is one code
  // span alone, under the item's first, is text of its own, as after a hard break)
  const code = parts.findIndex((p, k) => k > 0 && CODE_LINE.test(p.trim()));
  if (code > 0 && code - 1 < end) end = code - 1;
  // ("* Senior Data Scientist, [reBuy](…), Berlin, Germany (Apr. 2017 – Present)" / "Still very fresh, so there's not much to
  // share. Started …": a sentence under a first line closed by its bracket is text of its own)
  if (end > 0 && parts[0]!.trimEnd().endsWith(')') && proseLine(parts[1]!)) end = 0;
  const text = parts.slice(0, end + 1).map((p) => p.trim().replace(BREAK_MARK, '')).join(' ').trim();
  const block = ++w.block;
  w.lines.push(makeLine('item', text, { line: startLine, endLine: startLine + end, block, depth: w.itemDepth, ordered: w.ordered[w.ordered.length - 1] ?? false }));
  const rest = end + 1 < parts.length ? ++w.block : block;
  for (let k = end + 1; k < parts.length; k++) {
    const line = parts[k]!.trim().replace(BREAK_MARK, '').trimEnd();
    if (line) w.lines.push(makeLine('text', line, { line: startLine + k, endLine: startLine + k, block: rest, depth: w.itemDepth + 1 }));
  }
}

/**
 * A label cell and its value as one "Label: value" line; spaces written as `&nbsp;` to line the cells up end no label
 * ("**Name:** &nbsp;&nbsp;" beside "Kofi Dwomoh-Ababio" is "**Name:** Kofi Dwomoh-Ababio").
 */
function labelled(label: string, value: string): string {
  const bare = label.replace(/&nbsp;|&#160;/g, ' ').trimEnd();
  return /[:：](?:\*\*|__)$/.test(bare) ? `${bare} ${value}` : `${bare.replace(/[:：]$/, '')}: ${value}`;
}

/** A line of an indented code block written as a list item ("- Java"). */
const CODE_ITEM = /^\s*[-*+]\s+\S/;

/** A line of prose: eight words or more, ending with a sentence's stop. */
const proseLine = (p: string): boolean => /[.!?]$/.test(p.trim()) && p.trim().split(/\s+/).length >= 8;

/** A line that is one code span and nothing else. */
const CODE_LINE = /^`[^`]+`$/;

/** A line written as a table's row: opens and closes with a pipe, with one inside. */
const pipeRow = (r: string): boolean => r.length > 2 && r.startsWith('|') && r.endsWith('|') && r.indexOf('|', 1) < r.length - 1;

/**
 * "| **Óraadó tanár** | 2019.09. -- jelenleg |" / "| SZSZC Vasvári Pál Szakképző Iskola |  |": a paragraph of two or more lines
 * written as a table's rows of as many cells, with no delimiter row (so no table to Markdown), is read as the
 * rows it was meant as. Returns whether it was.
 */
function addPipeRows(w: Walk, parts: readonly string[], startLine: number): boolean {
  const rows = parts.map((p) => p.trim());
  if (rows.length < 2 || !rows.every(pipeRow)) return false;
  const cells = rows.map((r) => r.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()));
  if (!cells.every((c) => c.length === cells[0]!.length)) return false;
  const block = ++w.block;
  // ("| | | |" / "|:-- |   |:--- |": a delimiter row with a cell that has no dash is no table's to Markdown; it still marks the row above as the header, and holds no words)
  const ruled = cells.length > 2 && cells[1]!.every((c) => DELIMITER_CELL.test(c)) && cells[1]!.some((c) => c.includes('-'));
  cells.forEach((c, k) => {
    if (!(ruled && k === 1)) w.lines.push(makeLine('row', '', { line: startLine + k, endLine: startLine + k, block, cells: c, header: ruled && k === 0 }));
  });
  return true;
}

/** A cell of a table's delimiter row (":---", "---:", ":-:"), or an empty one. */
const DELIMITER_CELL = /^:?-*:?$/;

/** Adds a paragraph's lines: plain lines, or a list item's first line, or definition terms and definitions. */
function addParagraph(w: Walk, tok: Token, startLine: number): void {
  const parts = tok.content.split('\n');
  const asItem = w.itemOpen;
  w.itemOpen = false;
  // a top-level "item" numbered with a year is a line opening with a date, as written
  if (asItem && w.yearMarker) {
    const depth = w.itemDepth;
    const marker = w.yearMarker;
    w.itemDepth = -1;
    w.yearMarker = '';
    addParagraph(w, { content: marker + tok.content } as Token, startLine);
    w.itemDepth = depth;
    return;
  }
  if (asItem) {
    addItem(w, parts, startLine);
    return;
  }
  if (addPipeRows(w, parts, startLine)) return;
  if (HTML_LAYOUT.test(tok.content)) {
    addHtml(w, tok.content, startLine);
    return;
  }
  let block = ++w.block;
  let inDef = false;
  joinWrappedEmphasis(parts).forEach(({ raw, first: k, last }) => {
    const lineNo = startLine + k;
    let text = raw.trim();
    if (text.endsWith('\\')) text = text.replace(BREAK_MARK, '').trimEnd();
    if (!text) return;
    const legacy = legacyHeading(text, parts.length === 1, k === 0);
    if (legacy) {
      w.lines.push(makeLine('heading', legacy.text, { line: lineNo, endLine: lineNo, block: ++w.block, level: legacy.level }));
      block = ++w.block;
      return;
    }
    let kind: LineKind = 'text';
    if (DEF_MARK.test(text)) {
      kind = 'def';
      text = text.replace(DEF_MARK, '');
      inDef = true;
      markTerm(w, block);
    } else if (inDef) {
      // ("2015" / ":	Formation …" / "2013" / ":	Formation …", a compact list: a line not indented right before a definition is its term)
      kind = !/^\s/.test(raw) && DEF_MARK.test((parts[last + 1] ?? '').trim()) ? 'term' : 'def';
    }
    const depth = w.itemDepth >= 0 ? w.itemDepth + 1 : 0;
    // (": Associate professor, undergraduate and postgraduate teaching and" / "  research.": an indented line under a
    // definition's, with no hard break between, is the rest of that definition, as pandoc reads it)
    const before = w.lines[w.lines.length - 1];
    // (not a point written as an item under it: "     - I review the pull requests …")
    if (kind === 'def' && /^\s/.test(raw) && !/^\s*(?:[-*+•]|\d{1,2}[.)])\s/.test(raw) && before?.kind === 'def' && before.block === block && !hardBreak(parts[k - 1] ?? '')) {
      w.lines[w.lines.length - 1] = makeLine('def', `${before.md} ${text}`, { line: before.line, endLine: startLine + last, block, depth });
      return;
    }
    w.lines.push(makeLine(kind, text, { line: lineNo, endLine: startLine + last, block, depth }));
  });
}

/** Most further lines a definition's opening emphasis may run over before it closes. */
const MAX_WRAPPED = 3;

/** The text has an odd number of asterisks: an emphasis it opens is not closed in it. */
const oddStars = (t: string): boolean => (t.split('*').length - 1) % 2 === 1;

/** A letter or a digit. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How many runs of underscores mark emphasis: at a word's edge (opening before one, or closing after one), not inside a word ("snake_case"); by a scan. */
function edgeUnderscoreRuns(text: string): number {
  let n = 0;
  for (let i = text.indexOf('_'); i >= 0; i = text.indexOf('_', i)) {
    let j = i;
    while (text[j] === '_') j++;
    const before = i > 0 && WORD_CHAR.test(text[i - 1]!);
    const after = j < text.length && WORD_CHAR.test(text[j]!);
    if (before !== after || (!after && (text[i - 1] === '.' || text[i - 1] === ')'))) n++;
    i = j;
  }
  return n;
}

/**
 * The text opens an emphasis after a space that it does not close (`_King Abdullah University of`, `— *Systèmes
 * distribués :`).
 */
function openEmphasis(text: string): boolean {
  return (/ _[\p{L}\p{N}]/u.test(text) && edgeUnderscoreRuns(text) % 2 === 1) || (/ \*[\p{L}\p{N}]/u.test(text) && oddStars(text));
}

/**
 * The paragraph's lines, a definition line whose emphasis is closed only on a later line joined with those lines
 * ("*Masters Degree … at" / "Carnegie Mellon University* (Pittsburgh, PA)": one head, as it reads), and a line that
 * ends with a comma joined with the next, each with the index of its first and last part.
 */
function joinWrappedEmphasis(parts: readonly string[]): Array<{ raw: string; first: number; last: number }> {
  const out: Array<{ raw: string; first: number; last: number }> = [];
  for (let k = 0; k < parts.length; k++) {
    const head = parts[k]!.trim();
    let raw = parts[k]!;
    let last = k;
    // (not a list inside the definition: ":   * Designed …")
    const def = DEF_MARK.test(head) && !/^[*-]\s/.test(head.replace(DEF_MARK, '')) && oddStars(head);
    // ("**Graduate Research Scientist** _King Abdullah University of Science and" / "Technology_ | Thuwal | 2014 - 2019": in a
    // short paragraph, an emphasis that opens after a space and closes on the next line)
    if (def || (parts.length <= MAX_WRAPPED + 1 && k + 1 < parts.length && openEmphasis(head))) {
      let joined = head;
      for (let j = k + 1; j < parts.length && j - k <= MAX_WRAPPED && parts[j]!.trim() && !DEF_MARK.test(parts[j]!.trim()); j++) {
        joined = `${joined} ${parts[j]!.trim()}`;
        if (def ? oddStars(joined) : openEmphasis(joined)) continue;
        raw = joined;
        last = j;
        break;
      }
    }
    // ("Institute for Health Metrics & Evaluation, " / "University of Washington | Seattle, WA | 2023 – Present": a line that
    // ends with a comma, with no hard break, goes on in the next one)
    while (last + 1 < parts.length && commaWrap(raw, parts[last + 1]!)) raw = `${raw.trimEnd()} ${parts[++last]!.trim()}`;
    out.push({ raw, first: k, last });
    k = last;
  }
  return out;
}

/** Whether a line ending with a comma after a soft break (no two spaces, no backslash) goes on in the next, one opening with a letter. */
function commaWrap(raw: string, next: string): boolean {
  const text = next.trim();
  // (not code's lists of arguments, '  ("PhD in Immunology, 2014", "Harvard …"),': the next line opens with a letter)
  return /,[ \t]?$/.test(raw) && /^\p{L}/u.test(text) && !/^[("'[{]/u.test(raw.trimStart());
}

/** The line before a definition is its term: the previous line of this paragraph, or the previous one-line paragraph. */
function markTerm(w: Walk, block: number): void {
  const prev = w.lines[w.lines.length - 1];
  if (!prev || prev.kind === 'def' || prev.kind === 'heading' || prev.kind === 'term') return;
  if (prev.block === block || (prev.kind === 'text' && w.lines[w.lines.length - 2]?.block !== prev.block)) {
    prev.kind = 'term';
    prev.block = block;
  }
}

/** Adds a heading line. */
function addHeading(w: Walk, open: Token, inline: Token, startLine: number, endLine: number): void {
  const text = inline.content.replace(/\n/g, ' ').trim();
  if (!text) return;
  w.lines.push(makeLine('heading', text, { line: startLine, endLine: open.markup === '=' || open.markup === '-' ? endLine - 1 : startLine, block: ++w.block, level: Number(open.tag.slice(1)) }));
}

/**
 * "| Bsystems , Accra Web Developer | June 2013" / "| Ahonya.com Web Developer | June 2014": rows (two or more) whose right
 * cells all hold a year, beside left cells of which one runs to three words or more, are dated entries, not labels and values
 * ("| Alkaen | 19.01.2015 |" / "| Päättyen | 2017 |" label one entry's dates).
 */
function datedRows(rows: ReadonlyArray<{ cells: string[] }>): boolean {
  return rows.length >= 2 && rows.every((r) => /(?:^|\D)(?:19|20)\d\d(?!\d)/.test(r.cells[1]!)) && rows.some((r) => r.cells[0]!.trim().split(/\s+/).length >= 3);
}

/**
 * Adds a table's rows (cells from the tokens of each row). A two-column table whose header row is empty
 * ("| | |" / "| --- | --- |" / "| Alkaen | 19.01.2015 |") is a list of labels and values set out as a table:
 * its rows become "Label: value" lines of one paragraph, read as any labelled lines are (not {@link datedRows}).
 */
function addTable(w: Walk, tokens: Token[], from: number): number {
  const block = ++w.block;
  let header = false;
  let emptyHeader = false;
  let cells: string[] = [];
  let rowLine = 0;
  const rows: Array<{ line: number; cells: string[]; header: boolean }> = [];
  let i = from;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'table_close') break;
    if (t.type === 'thead_open') header = true;
    else if (t.type === 'thead_close') header = false;
    else if (t.type === 'tr_open') {
      cells = [];
      rowLine = (t.map?.[0] ?? 0) + 1;
    } else if (t.type === 'inline') cells.push(t.content.trim());
    else if (t.type === 'tr_close') {
      if (header) emptyHeader = cells.length === 2 && cells.every((c) => !c);
      // (a row of dashes alone inside the body, "|-----|-----|", "|-----+-----|", "|=====+=====|", is kramdown's rule between rows: no content)
      if (cells.some((c) => c) && !(rows.length > 0 && cells.every((c) => /^:?(?:-{3,}|={3,})(?:\+:?[-=]+:?)*$/.test(c) || c === ''))) rows.push({ line: rowLine, cells, header });
    }
  }
  demoteDataHeader(rows);
  joinYearMonthCells(rows);
  joinYearCells(rows);
  // (text in both cells: a portrait beside the contacts, or skills beside rating pictures, stay a table)
  const textCell = (c: string): boolean => !c.includes('![') && !c.includes('<') && /[\p{L}\p{N}]/u.test(c);
  const pairs = emptyHeader && rows.length > 0 && rows.every((r) => r.cells.length === 2 && textCell(r.cells[0]!) && (r.cells[1] === '' || textCell(r.cells[1]!))) && !datedRows(rows);
  for (const r of rows) {
    const place = { line: r.line, endLine: r.line, block };
    if (pairs) w.lines.push(makeLine('text', r.cells[1] ? labelled(r.cells[0]!, r.cells[1]) : r.cells[0]!, place));
    else w.lines.push(makeLine('row', '', { ...place, cells: r.cells, header: r.header }));
  }
  return i;
}

/** Adds the lines of a raw HTML block (or of a code block read as text). */
function addHtml(w: Walk, content: string, startLine: number): void {
  const htmlLines: HtmlLine[] = unrollEntryRows(htmlToLines(content, startLine, w.block + 1));
  let lastKey = Number.NaN;
  let lastKind = '';
  // HTML inside a Markdown list item ("- Role at Company" over "<ul><li>…"): its items and text are nested under that item
  const inItem = w.listDepth > 0 ? w.itemDepth + 1 : 0;
  for (const h of htmlLines) {
    // the rows of one table share a block, as Markdown tables' rows do
    if (h.blockKey !== lastKey && !(h.kind === 'row' && lastKind === 'row')) w.block++;
    lastKey = h.blockKey;
    lastKind = h.kind;
    const depth = h.kind === 'item' ? h.depth + inItem : h.kind === 'text' ? inItem : 0;
    const place = { line: h.line, endLine: h.endLine, block: w.block, level: h.level, depth, ordered: h.ordered, html: true };
    w.lines.push(makeLine(h.kind, h.md, h.cells ? { ...place, cells: h.cells, header: h.header ?? false } : place));
  }
}

/** Adds the lines of an indented or fenced code block as text (CVs use indentation for layout, not code). */
function addCode(w: Walk, content: string, startLine: number, fenced: boolean): void {
  // indented HTML after a blank line inside an HTML layout is still HTML, not code
  if (!fenced && /^\s*<[A-Za-z!/]/.test(content)) {
    addHtml(w, content, startLine);
    return;
  }
  // ("\t- Java" / "\t- JavaScript/Node" after a blank line: a list indented into a code block by mistake is the list)
  const rows = content.split('\n');
  if (!fenced && rows.some((r) => r.trim()) && rows.every((r) => !r.trim() || CODE_ITEM.test(r))) {
    rows.forEach((r, k) => {
      if (r.trim()) w.lines.push(makeLine('item', r.trim().replace(/^[-*+]\s+/, ''), { line: startLine + k, endLine: startLine + k, block: ++w.block, depth: 0, ordered: false }));
    });
    return;
  }
  const block = ++w.block;
  const prev = w.lines[w.lines.length - 1];
  const continuesDef = !fenced && prev !== undefined && (prev.kind === 'def' || prev.kind === 'term');
  content.split('\n').forEach((raw, k) => {
    const text = raw.trim();
    if (!text) return;
    const lineNo = startLine + (fenced ? k + 1 : k);
    w.lines.push(makeLine(continuesDef ? 'def' : 'text', text, { line: lineNo, endLine: lineNo, block: continuesDef ? prev.block : block, depth: continuesDef ? 1 : 0 }));
  });
}

/** Walks markdown-it's block tokens in order, keeping track of lists and items. */
function walkTokens(w: Walk, tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const start = (t.map?.[0] ?? 0) + 1;
    const end = t.map?.[1] ?? start;
    switch (t.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        w.listDepth++;
        w.ordered.push(t.type === 'ordered_list_open');
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        w.listDepth--;
        w.ordered.pop();
        w.itemDepth = w.listDepth - 1;
        break;
      case 'list_item_open':
        // "2019. 03. ~ 2021. 02.": a month numbered inside a year-numbered item that has no text yet continues its date
        if (w.itemOpen && w.yearMarker && w.ordered[w.ordered.length - 1] && t.markup === '.' && /^(?:0?[1-9]|1[0-2])$/.test(t.info)) w.yearMarker += `${t.info}. `;
        else w.yearMarker = w.ordered[w.ordered.length - 1] && w.listDepth === 1 ? yearMarkerOf(t) : '';
        w.itemOpen = true;
        w.itemDepth = w.listDepth - 1;
        break;
      case 'list_item_close':
        w.itemOpen = false;
        break;
      case 'heading_open':
        addHeading(w, t, tokens[i + 1]!, start, end);
        // ("- ### Role — Org" / "  **City**" / "  _dates_": a heading opening a list item is its first block; what
        // follows in the item continues it, as lines of the entry the heading heads, not as a list item of its own)
        w.itemOpen = false;
        i++;
        break;
      case 'paragraph_open':
        addParagraph(w, tokens[i + 1]!, start);
        i++;
        break;
      case 'table_open':
        i = addTable(w, tokens, i);
        break;
      case 'html_block':
        addHtml(w, t.content, start);
        break;
      case 'code_block':
        // ("*     Wärtsilä 01.09.1975-14.05.1976": an item whose text is indented past four spaces is the item's text, not code)
        if (w.itemOpen) addParagraph(w, { content: t.content.replace(/\n$/, '') } as Token, start);
        else addCode(w, t.content, start, false);
        break;
      case 'fence':
        addCode(w, t.content, start, t.type === 'fence');
        break;
      case 'hr':
        w.lines.push(makeLine('text', '', { line: start, endLine: start, block: ++w.block }));
        w.lines[w.lines.length - 1]!.kind = 'rule';
        break;
      default:
        break;
    }
  }
}

/**
 * Reads the body (front matter and non-content already blanked, line numbers kept) into Lines.
 * Every line of content becomes one Line; list items join their first paragraph into one line.
 */
export function buildLines(body: string): Line[] {
  const w: Walk = { lines: [], block: 0, listDepth: 0, itemOpen: false, ordered: [], itemDepth: -1, yearMarker: '', srcLines: [] };
  parseBlocks(body, (tokens) => walkTokens(w, tokens));
  return w.lines;
}
