// Turns a raw HTML block of a Markdown CV into lines of inline Markdown (headings, items, table rows, text) with their source lines.
import { Parser } from 'htmlparser2';
import type { HtmlLine } from './html-line.js';
import type { LineKind } from './parse-types.js';
import { foldWord } from './fold-word.js';
import { LEXICON_INDEX } from './lexicon-index.js';

/** Elements that end a line (their content is a line or lines of its own). */
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'header',
  'footer', 'aside', 'nav', 'main', 'summary', 'details', 'blockquote', 'figure', 'figcaption', 'address', 'center',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'pre', 'hr', 'form', 'fieldset', 'legend', 'hgroup', 'body', 'html',
]);
/** Block elements whose lines all share one block key (a list item, a row, a heading…); others key each run of text. */
const KEY_OWNERS = new Set(['li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'summary', 'caption']);
/** Elements dropped with their content (as the HTML sanitizer drops them). */
const SKIP = new Set([
  'script', 'style', 'textarea', 'option', 'xmp', 'noscript', 'template', 'title', 'head', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'noembed', 'noframes', 'plaintext',
]);
/** Inline elements written as Markdown marks. */
const MARKS: Readonly<Record<string, string>> = { strong: '**', b: '**', em: '*', i: '*', del: '~~', s: '~~', strike: '~~' };
const CODE = new Set(['code', 'kbd', 'samp', 'tt']);

interface Block {
  name: string;
  key?: number;
  /** A list item that has already given its first line (later lines are text). */
  emitted: boolean;
  /** The innermost key-owning block at or above this one (itself when it owns its key), else this block. */
  owner: Block | undefined;
  /** Lists (`ul`/`ol`) at or above this block, and whether the innermost is ordered. */
  lists: number;
  ordered: boolean;
  /** Inside a `<table>`. */
  table: boolean;
}
interface Inline {
  name: string;
  parts: string[];
  href?: string;
  /** A styled `<span>`: laid out as a box of its own (flex layouts), so its text is apart from what follows it. */
  apart?: boolean;
  /** Floated to a side (`class="float-right"`, `style="float: right"`): a column of its own, parted from the text before it. */
  column?: boolean;
  /** A label's box (`class="cv-skill-label"`) over the text after it: written with a colon, so that text is its value. */
  label?: boolean;
}
interface State {
  out: HtmlLine[];
  nextKey: number;
  breaks: number[];
  firstLine: number;
  blocks: Block[];
  inlines: Inline[];
  parts: string[];
  /** Source offsets of the first and last visible character of the pending line. */
  start: number;
  end: number;
  skip: number;
  /** Open `<template>` slots read as field lines. */
  slots: number;
  pre: number;
  /** Where the last styled span's box was written: the parts it went to and its index there. */
  lastBox?: { parts: string[]; at: number };
  /** Open `<code>`-like elements. */
  code: number;
  thead: number;
  /** The open row; `own` counts the cells written in it, `spanning` those of them with a rowspan. */
  row?: { cells: string[]; th: boolean; key: number; own: number; spanning: number };
  /** The open cell; `nested` counts tables opened inside it; `rows` its rowspan. */
  cell?: { th: boolean; nested: number; rows: number };
  /** Per column of the open table, a cell with a rowspan still covering rows below: its text and the rows left. */
  spans: Array<{ text: string; left: number } | undefined>;
  /** A row of spanning cells only, held back until a row shows it is written below. */
  held?: HtmlLine;
}

/**
 * Reads a raw HTML block (as markdown-it gives it: one or many source lines) into lines of inline
 * Markdown. Block elements (`p div h1–h6 li tr dt dd section article header aside summary blockquote`…)
 * and `<br>` end a line; inline elements stay in it, written as Markdown: `<b>`/`<strong>` → `**…**`,
 * `<i>`/`<em>` → `*…*`, `<code>` → backticks, `<a href>` → `[text](href)`, `<img>` → `![alt](src)` (so a badge
 * keeps its alt text and its URL), others (`span small font u sup sub q`…) → their text. Entities are decoded,
 * white space collapsed. `<hN>` gives a heading wherever it is nested; `<li>` an item (its depth and list
 * kind); `<tr>` a row with its `<th>`/`<td>` cells (`<br>` inside a cell becomes `<br>`); `<dt>`/`<dd>` a
 * term and a definition. `<style>`, `<script>`, `<head>`, `<svg>`… and comments give nothing. Each line
 * carries the source lines of its first and last visible character. Parsed with htmlparser2 (linear,
 * forgiving: unclosed and stray tags are fine).
 * @param html - the HTML block's text
 * @param firstLine - the 1-based source line of its first line
 * @param firstBlockKey - the block key of its first block; keys go up by one per block
 */
export function htmlToLines(html: string, firstLine: number, firstBlockKey: number): HtmlLine[] {
  const breaks: number[] = [];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) breaks.push(i);
  if (tooDeep(html)) return flatLines(html, firstLine, firstBlockKey);
  const st: State = {
    // a block that starts with a row continues a table cut by a comment (or by Markdown's block rules): read it as one
    out: [], nextKey: firstBlockKey, breaks, firstLine, blocks: [{ name: '#root', emitted: false, owner: undefined, lists: 0, ordered: false, table: /^\s*<(?:tr|td|th|tbody|thead)\b/i.test(html) }],
    inlines: [], parts: [], start: -1, end: -1, skip: 0, slots: 0, pre: 0, thead: 0, code: 0, spans: [],
  };
  // htmlparser2 gives text in pieces (each entity apart): join them before reading
  let text = '';
  let from = -1;
  let to = -1;
  // where the last </span> ended: a <span> right after it is a column beside it ("<span class="left-column">2013-2015</span><span …>MS…")
  let spanEnd = -1;
  const drain = (): void => {
    // (a soft hyphen, "Arqui&shy;tec&shy;tura", is a place a word may break, not a letter)
    if (from >= 0) addText(st, text.includes('\u00ad') ? text.replace(/\u00ad/g, '') : text, html, from, to);
    text = '';
    from = -1;
  };
  const parser: Parser = new Parser(
    {
      onopentag: (name, attrs) => {
        // ("<clement@igonet.fr>": Markdown's autolink of an address, inside HTML, is its text, no tag)
        if (name.includes('@')) {
          if (from < 0) from = parser.startIndex + 1;
          text += html.slice(parser.startIndex + 1, parser.endIndex);
          to = parser.endIndex - 1;
          return;
        }
        if (name === 'span' && parser.startIndex === spanEnd) {
          if (from < 0) from = parser.startIndex;
          text += ' ';
          to = parser.startIndex;
        }
        drain();
        openTag(st, name, attrs, parser.startIndex, parser.endIndex);
      },
      onclosetag: (name) => {
        if (name.includes('@')) return;
        drain();
        closeTag(st, name);
        if (name === 'span') spanEnd = parser.endIndex + 1;
      },
      ontext: (piece) => {
        if (from < 0) from = parser.startIndex;
        text += piece;
        to = parser.endIndex;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  drain();
  endRow(st);
  releaseHeldRow(st);
  flush(st);
  return st.out;
}

/** Entry fields a component's slot may name ("role", "duration", "location"…): its text is that field's. */
const SLOT_FIELDS = new Set(['position', 'organisation', 'period', 'place', 'start', 'end', 'degree', 'institution']);

/**
 * The field a `<template>` fills, by its slot's name (`<template #role>`, `<template v-slot:duration>`), written
 * as the label a line gives it ("Role"), when the name is an entry field's label in some language.
 */
function slotLabel(attrs: Record<string, string>): string | undefined {
  const slot = Object.keys(attrs).map((a) => (a.startsWith('#') ? a.slice(1) : a.startsWith('v-slot:') ? a.slice(7) : '')).find(Boolean);
  if (!slot || !LEXICON_INDEX.fields.get(foldWord(slot))?.some((h) => SLOT_FIELDS.has(h.value))) return undefined;
  return slot[0]!.toUpperCase() + slot.slice(1);
}

function openTag(st: State, name: string, attrs: Record<string, string>, from: number, to: number): void {
  // a Vue component's named slot holds a field of the entry ("<template #role>Lead Developer</template>"): a "Role: …" line
  const slot = name === 'template' && st.skip === 0 ? slotLabel(attrs) : undefined;
  if (slot) {
    st.slots++;
    openTag(st, 'div', {}, from, to);
    append(st, `${slot}: `, from, to);
    return;
  }
  if (st.skip > 0 || SKIP.has(name)) {
    st.skip++;
    return;
  }
  if (name === 'br') return lineBreak(st);
  if (name === 'img') {
    const src = attrs.src ?? '';
    // (an image with no alt text is named by its title, the tooltip: "<img src="certificate.png" title="Formations">")
    const alt = attrs.alt ?? attrs.title;
    if (src || alt) append(st, `![${escapeLabel(alt ?? '')}](${escapeUrl(src)})`, from, to);
    return;
  }
  if (name === 'thead') st.thead++;
  if (name === 'pre') st.pre++;
  const cellPart = name === 'tr' || name === 'td' || name === 'th';
  const top = st.blocks[st.blocks.length - 1]!;
  if (cellPart && !top.table) return; // as browsers do: no table, no row or cell
  if (st.cell && (name === 'table' || (cellPart && st.cell.nested > 0))) {
    // a table inside a cell: its rows are line breaks of the cell, its cells spaces
    if (name === 'table') st.cell.nested++;
    st.parts.push(name === 'tr' || name === 'table' ? '<br>' : ' ');
    return;
  }
  if (name === 'table') st.spans = [];
  if (cellPart) return openRowOrCell(st, name, Number.parseInt(attrs.rowspan ?? '1', 10));
  if (BLOCK.has(name)) {
    if (st.cell) {
      st.parts.push('<br>');
      return;
    }
    flush(st);
    endRun(st);
    // (an <li> whose list opened in an earlier HTML block, past a blank line, still counts as one list level: its inner list is nested)
    const list = name === 'ul' || name === 'ol' || (name === 'li' && top.lists === 0);
    const block: Block = {
      name, emitted: false, owner: top.owner, lists: top.lists + (list ? 1 : 0), ordered: list && name !== 'li' ? name === 'ol' : top.ordered,
      table: top.table || name === 'table',
    };
    // (a box its class calls one entry, "<div class="entry">", "<div class="timeline-item">", keeps its lines together, as a list item does)
    if (KEY_OWNERS.has(name) || (top.owner === undefined && ENTRY_CLASS.test(attrs.class ?? ''))) block.owner = block;
    st.blocks.push(block);
    return;
  }
  const inline: Inline = { name, parts: [] };
  if (name === 'a' && attrs.href) inline.href = attrs.href;
  // ("<span><em>高级软件工程师</em></span><span style="white-space: nowrap;">2025 - present</span>": two boxes, not one word)
  // ("<span class="timeline-org">…</span><span class="timeline-role">…</span>": so are spans whose class names a field)
  if (name === 'span' && (attrs.style !== undefined || FIELD_CLASS.test(attrs.class ?? ''))) inline.apart = true;
  // ("<span class="cv-skill-label">Languages</span>English (native) · …": a label's box before its value)
  if (name === 'span' && LABEL_CLASS.test(attrs.class ?? '')) inline.label = true;
  // ("Software Engineer<i class="float-right">Vancouver, Canada | Nov ‘16-Present</i>": a box floated to the other side is a column of its own)
  if (FLOATED.test(attrs.class ?? '') || /float\s*:\s*(?:right|left)/i.test(attrs.style ?? '')) inline.apart = inline.column = true;
  if (CODE.has(name)) st.code++;
  st.inlines.push(inline);
}

/** Classes of a box that holds one entry of a CV: "entry", "timeline-item", "cv-list-item", "resume-experience-item", "job". */
const ENTRY_CLASS = /(?:^|\s)(?:[\w-]+[-_])?(?:entry|item|job|position)(?:\s|$)/i;
/** Classes of a box that holds one field of an entry: "timeline-org", "entry-date", "resume-company", "job-title", "cv-list-item-time", "timeline-meta" (its place). */
const FIELD_CLASS = /(?:^|\s|[-_])(?:org|organi[sz]ation|company|employer|role|title|position|dates?|time|period|duration|location|place|city|meta|degree|institution|school|university)(?:\s|$|[-_])/i;

/** Classes of a box that labels the text after it: "cv-skill-label", "field_label" (not Bootstrap's badges, "label label-default"). */
const LABEL_CLASS = /(?:^|\s)[\w-]*\w[-_]label(?:\s|$)/i;

/** Classes that float a box to one side (Bootstrap's and others'). */
const FLOATED = /(?:^|\s)(?:float-right|float-end|pull-right|float-left|float-start|pull-left)(?:\s|$)/;

function closeTag(st: State, name: string): void {
  if (name === 'template' && st.skip === 0 && st.slots > 0) {
    st.slots--;
    return closeTag(st, 'div');
  }
  if (st.skip > 0) {
    st.skip--;
    return;
  }
  if (name === 'br' || name === 'img') return;
  if (name === 'thead') st.thead = Math.max(0, st.thead - 1);
  if (name === 'pre') st.pre = Math.max(0, st.pre - 1);
  const top = st.inlines[st.inlines.length - 1];
  if (top && top.name === name && !BLOCK.has(name)) {
    st.inlines.pop();
    if (CODE.has(name)) st.code--;
    const inner = wrap(top, top.parts.join(''));
    const md = top.label && inner.trim() && !/[:：]\s*$/u.test(inner) ? `${inner.trimEnd()}: ` : inner;
    const target = st.inlines[st.inlines.length - 1]?.parts ?? st.parts;
    // (a styled span's box stands apart from the text before it; from a box right before it, as a column does)
    if (md) target.push(top.apart ? `${besideBox(st, target) || (top.column && target.some((p) => p.trim() !== '')) ? ' · ' : ' '}${md}` : md);
    if (md && top.apart) st.lastBox = { parts: target, at: target.length - 1 };
    return;
  }
  if (st.cell && st.cell.nested > 0) {
    if (name === 'table') st.cell.nested--;
    return;
  }
  if ((name === 'td' || name === 'th' || name === 'tr') && !st.blocks[st.blocks.length - 1]!.table) return;
  if (name === 'td' || name === 'th') return closeCell(st);
  if (name === 'tr' || name === 'table') endRow(st);
  if (name === 'table') releaseHeldRow(st);
  if (!BLOCK.has(name)) return;
  if (st.cell) {
    st.parts.push('<br>');
    return;
  }
  flush(st);
  // an implied close (a <p> ended by a <div>) closes the innermost block of that name
  for (let k = st.blocks.length - 1; k > 0; k--) {
    if (st.blocks[k]!.name === name) {
      st.blocks.length = k;
      break;
    }
  }
  endRun(st);
}

function addText(st: State, text: string, html: string, from: number, to: number): void {
  if (st.skip > 0) return;
  let a = from;
  let b = to;
  while (a <= b && html.charCodeAt(a) <= 32) a++;
  while (b >= a && html.charCodeAt(b) <= 32) b--;
  if (a > b && st.row && !st.cell) return;
  if (st.row && !st.cell) {
    // text in a row outside any cell: a cell of its own, so that no word is lost
    st.parts = [];
    st.cell = { th: false, nested: 0, rows: 1 };
  }
  const inCode = st.code > 0;
  if (st.pre > 0 && !st.cell && text.indexOf('\n') >= 0) {
    let off = from;
    text.split('\n').forEach((piece, k) => {
      if (k > 0) lineBreak(st);
      const visible = piece.trim() !== '';
      append(st, inCode ? piece : escapeText(piece), visible ? off : -1, visible ? off + piece.length - 1 : -1);
      off += piece.length + 1;
    });
    return;
  }
  append(st, inCode ? text : escapeText(text), a <= b ? a : -1, a <= b ? b : -1);
}

/**
 * Whether the last part written to `target` other than spaces is a styled span's box: two boxes side by side
 * ("<span style="flex: 1"><strong>rea 集团</strong></span><span style="text-align: right">…墨尔本</strong></span>")
 * are two columns of a flex layout, the organisation and its place, not one run of words.
 */
function besideBox(st: State, target: string[]): boolean {
  const box = st.lastBox;
  if (!box || box.parts !== target) return false;
  for (let i = box.at + 1; i < target.length; i++) if (target[i]!.trim() !== '') return false;
  return true;
}

/** Adds Markdown to the innermost open inline element (or the line) and widens the line's source range. */
function append(st: State, md: string, from: number, to: number): void {
  (st.inlines[st.inlines.length - 1]?.parts ?? st.parts).push(md);
  if (from < 0) return;
  if (st.start < 0 || from < st.start) st.start = from;
  if (to > st.end) st.end = to;
}

/** `<br>`: a new line in the same block (a `<br>` mark inside a table cell). */
function lineBreak(st: State): void {
  if (st.cell) st.parts.push('<br>');
  else flush(st);
}

/** Collects the pending line as Markdown (open inline elements wrapped, and kept open for what follows). */
function collect(st: State): string {
  let acc = '';
  for (let k = st.inlines.length - 1; k >= 0; k--) {
    const f = st.inlines[k]!;
    acc = wrap(f, f.parts.join('') + acc);
    f.parts = [];
  }
  const md = st.parts.join('') + acc;
  st.parts = [];
  return md;
}

/** Emits the pending line, if it has anything visible, with the kind its enclosing blocks give it. */
function flush(st: State): void {
  const md = tidy(collect(st));
  const start = st.start;
  const end = st.end;
  st.start = -1;
  st.end = -1;
  if (md === '' || st.row) return;
  // (text after a held row: no row of the table follows it)
  releaseHeldRow(st);
  const { kind, level, depth, ordered, owner } = context(st);
  owner.key ??= st.nextKey++;
  const line = lineAt(st, start);
  const endLine = lineAt(st, end);
  // "<div>\n  # Jane Doe": a Markdown heading written inside an HTML block (the author's converter reads it so)
  const atx = kind === 'text' && st.pre === 0 ? /^(#{1,6})\s+(?=\S)/.exec(md) : null;
  if (atx) st.out.push({ kind: 'heading', level: atx[1]!.length, depth: 0, ordered: false, md: md.slice(atx[0].length), line, endLine, blockKey: owner.key });
  else st.out.push({ kind, level, depth, ordered, md, line, endLine, blockKey: owner.key });
}

/** The level of a `<summary>` read as a heading: below any section's. */
const SUMMARY_LEVEL = 6;

/** What the innermost meaningful block makes of a line, and which block's key it takes. */
function context(st: State): { kind: LineKind; level: number; depth: number; ordered: boolean; owner: Block } {
  const top = st.blocks[st.blocks.length - 1]!;
  const owner = top.owner ?? top;
  const name = owner.name;
  if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6') {
    return { kind: 'heading', level: Number(name[1]), depth: 0, ordered: false, owner };
  }
  // ("<details><summary>디와이랩스 → 2026.03 ~ 2026.08</summary>…": a folded block's summary heads what it folds, as a heading does)
  if (name === 'summary') return { kind: 'heading', level: SUMMARY_LEVEL, depth: 0, ordered: false, owner };
  if (name === 'dt' || name === 'dd') return { kind: name === 'dt' ? 'term' : 'def', level: 0, depth: 0, ordered: false, owner };
  if (name !== 'li' || owner.emitted) return { kind: 'text', level: 0, depth: 0, ordered: false, owner };
  owner.emitted = true;
  return { kind: 'item', level: 0, depth: Math.max(0, owner.lists - 1), ordered: owner.ordered, owner };
}

/** The innermost run-keyed block starts a new run (its next text is a new block). */
function endRun(st: State): void {
  const top = st.blocks[st.blocks.length - 1]!;
  if (top.owner !== top) delete top.key;
}

/** `<tr>` starts a row; `<td>`/`<th>` a cell (and a row when none is open), `rows` its rowspan. */
function openRowOrCell(st: State, name: string, rows: number): void {
  if (st.cell) closeCell(st);
  if (name === 'tr' || !st.row) {
    endRow(st);
    flush(st);
    st.row = { cells: [], th: true, key: st.nextKey++, own: 0, spanning: 0 };
  }
  if (name !== 'tr') {
    st.parts = [];
    st.cell = { th: name === 'th', nested: 0, rows: Number.isFinite(rows) && rows > 1 ? Math.min(rows, 100) : 1 };
  }
}

/** Puts into the open row the cells of rows above that span down to it, up to the next free column. */
function fillSpans(st: State): void {
  const row = st.row!;
  for (let span = st.spans[row.cells.length]; span && span.left > 0; span = st.spans[row.cells.length]) {
    row.cells.push(span.text);
    span.left--;
  }
}

/** Ends the open cell: its Markdown becomes the row's next cell (after the cells spanning down from above); a rowspan carries it down. */
function closeCell(st: State): void {
  const cell = st.cell;
  if (!cell || !st.row) return;
  fillSpans(st);
  const text = tidyCell(collect(st));
  if (cell.rows > 1) {
    st.spans[st.row.cells.length] = { text, left: cell.rows - 1 };
    st.row.spanning++;
  }
  st.row.cells.push(text);
  st.row.own++;
  st.row.th &&= cell.th;
  st.cell = undefined;
}

/** A cell that names a year ("September 2016 - Present"): a header row with one is the first row of data, not column names ("<th>Bachelor of Science</th><th>September 2016 - Present</th>"). */
const namesYear = (c: string): boolean => /(?:^|\D)(?:19|20)\d\d(?:\D|$)/.test(c);

/** Emits the open table row, if any cell holds something. */
function endRow(st: State): void {
  const row = st.row;
  if (!row) return;
  closeCell(st);
  fillSpans(st);
  st.row = undefined;
  const start = st.start;
  const end = st.end;
  st.start = -1;
  st.end = -1;
  if (!row.cells.some((c) => c !== '')) return;
  const line: HtmlLine = {
    kind: 'row', level: 0, depth: 0, ordered: false, md: row.cells.join(' | '), cells: row.cells, header: (row.th || st.thead > 0) && !row.cells.some(namesYear),
    line: lineAt(st, start), endLine: lineAt(st, end), blockKey: row.key,
  };
  // a row of nothing but cells spanning down ("<td rowspan=3>GRNET</td>" over the roles held there): they are written in
  // the rows below, so it is held back, and written only if no row follows it
  if (row.own > 0 && row.spanning === row.own) {
    releaseHeldRow(st);
    st.held = line;
    return;
  }
  st.held = undefined;
  st.out.push(line);
}

/** Writes the row held back for its spanning cells (see endRow): the table ended with it. */
function releaseHeldRow(st: State): void {
  if (st.held) st.out.push(st.held);
  st.held = undefined;
}

/** The 1-based source line of an offset of the block. */
function lineAt(st: State, offset: number): number {
  if (offset < 0) return st.firstLine;
  let lo = 0;
  let hi = st.breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (st.breaks[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return st.firstLine + lo;
}

/** An inline element's Markdown around its content, outer spaces moved outside the marks. */
function wrap(f: Inline, inner: string): string {
  const body = inner.trim();
  const lead = inner !== body && /^\s/.test(inner) ? ' ' : '';
  const trail = inner !== body && /\s$/.test(inner) ? ' ' : '';
  if (body === '') return lead || trail;
  let md = body;
  const mark = MARKS[f.name];
  if (mark) md = `${mark}${body}${mark}`;
  else if (CODE.has(f.name)) md = codeSpan(body);
  else if (f.name === 'a' && f.href) md = `[${body}](${escapeUrl(f.href)})`;
  return lead + md + trail;
}

/** A code span with a fence longer than any backtick run inside. */
function codeSpan(text: string): string {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = text.charCodeAt(i) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** White space collapsed and trimmed. */
function tidy(md: string): string {
  return md.replace(/\s+/g, ' ').trim();
}

/** A cell: tidied, without `<br>` marks at its ends or doubled. */
function tidyCell(md: string): string {
  let t = tidy(md);
  while (t.startsWith('<br>')) t = t.slice(4).trimStart();
  while (t.endsWith('<br>')) t = t.slice(0, -4).trimEnd();
  while (t.indexOf('<br> <br>') >= 0) t = t.replace('<br> <br>', '<br>');
  while (t.indexOf('<br><br>') >= 0) t = t.replace('<br><br>', '<br>');
  return t;
}

/** Text as Markdown: a `<` that would open a tag and an `&` that would start an entity are escaped. */
function escapeText(text: string): string {
  if (text.indexOf('<') < 0 && text.indexOf('&') < 0) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const n = text.charCodeAt(i + 1);
    const letter = (n >= 65 && n <= 90) || (n >= 97 && n <= 122);
    if ((c === '<' && (letter || n === 47 || n === 33 || n === 63)) || (c === '&' && (letter || n === 35))) out += '\\';
    out += c;
  }
  return out;
}

/** Image alt text or link text inside `[…]`: brackets escaped. */
function escapeLabel(text: string): string {
  return text.indexOf('[') < 0 && text.indexOf(']') < 0 ? text : text.split('[').join('\\[').split(']').join('\\]');
}

/** A URL as a Markdown link destination: spaces, parentheses and angle brackets percent-encoded. */
function escapeUrl(url: string): string {
  const t = url.trim();
  // (most URLs have none: they are returned as they are, not copied character by character)
  return URL_SPECIAL.test(t) ? t.replace(URL_SPECIALS, (ch) => URL_ESCAPES[ch]!) : t;
}

/** The characters {@link escapeUrl} encodes, and their codes. */
const URL_SPECIAL = /[ ()<>]/;
const URL_SPECIALS = /[ ()<>]/g;
const URL_ESCAPES: Readonly<Record<string, string>> = { ' ': '%20', '(': '%28', ')': '%29', '<': '%3C', '>': '%3E' };

/** Deepest element nesting read with htmlparser2 (its time grows with the depth squared); deeper blocks are read flat. */
const MAX_NESTING = 200;
/** Elements that never nest: void elements, and those a following sibling closes (`<p>`, `<li>`, cells). */
const FLAT = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

/** An upper bound of the element nesting goes past {@link MAX_NESTING} (one pass over the tags). */
function tooDeep(html: string): boolean {
  let depth = 0;
  for (let i = html.indexOf('<'); i >= 0; ) {
    if (html.startsWith('<!--', i)) {
      const e = html.indexOf('-->', i + 4);
      if (e < 0) return false;
      i = html.indexOf('<', e + 3);
      continue;
    }
    const gt = html.indexOf('>', i + 1);
    if (gt < 0) return false;
    const c = html.charCodeAt(i + 1);
    if (c === 47) depth = Math.max(0, depth - 1);
    else if ((c | 32) >= 97 && (c | 32) <= 122) {
      let e = i + 1;
      while (e < gt && html.charCodeAt(e) > 32 && html.charCodeAt(e) !== 47) e++;
      if (!FLAT.has(html.slice(i + 1, e).toLowerCase()) && html.charCodeAt(gt - 1) !== 47 && ++depth > MAX_NESTING) return true;
    }
    i = html.indexOf('<', gt + 1);
  }
  return false;
}

/** A block nested too deep: one text line per source line, tags dropped, words kept (entities stay encoded, as Markdown reads them). */
function flatLines(html: string, firstLine: number, blockKey: number): HtmlLine[] {
  const out: HtmlLine[] = [];
  let inTag = false;
  let nextLt = -2;
  let nextGt = -2;
  let line = firstLine;
  for (let i = 0; i <= html.length; line++) {
    const nl = html.indexOf('\n', i);
    const end = nl < 0 ? html.length : nl;
    let text = '';
    for (let j = i; j < end; ) {
      if (inTag) {
        if (nextGt < j && nextGt !== -1) nextGt = html.indexOf('>', j);
        if (nextGt < 0 || nextGt >= end) break;
        inTag = false;
        j = nextGt + 1;
      } else {
        if (nextLt < j && nextLt !== -1) nextLt = html.indexOf('<', j);
        const stop = nextLt < 0 || nextLt >= end ? end : nextLt;
        text += `${html.slice(j, stop)} `;
        if (stop === end) break;
        inTag = true;
        j = stop + 1;
      }
    }
    const md = text.replace(/\s+/g, ' ').trim();
    if (md) out.push({ kind: 'text', level: 0, depth: 0, ordered: false, md, line, endLine: line, blockKey });
    i = end + 1;
  }
  return out;
}
