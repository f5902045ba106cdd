// Splits a Markdown body into line-numbered units (headings, paragraph lines, lists, tables, raw blocks) from markdown-it's token stream.
import MarkdownIt, { type MarkdownIt as MarkdownItParser, type StateBlock, type Token } from 'markdown-it';
import { toPlainText } from './to-plain-text.js';

/** A list item: its own text (inline Markdown) and its nested items flattened. */
export interface ListItem {
  text: string;
  plain: string;
  children: string[];
  line: number;
  endLine: number;
}

/** A piece of the document with its 1-based source lines. */
export type Unit =
  | { t: 'heading'; level: number; text: string; plain: string; line: number; endLine: number }
  | { t: 'line'; text: string; plain: string; line: number; endLine: number; para: number }
  | { t: 'list'; items: ListItem[]; ordered: boolean; raw: string; line: number; endLine: number }
  | { t: 'table'; rows: string[][]; raw: string; line: number; endLine: number }
  | { t: 'raw'; raw: string; line: number; endLine: number };

const md = new MarkdownIt('default', { html: true, linkify: false });
md.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
md.core.ruler.at('normalize', normalizeText);
md.block.ruler.at('paragraph', paragraphLines);
useLeanTokens(md);

/** markdown-it's normalize rule (CR/CRLF → LF, NUL → U+FFFD), each rewrite run only when its character occurs. */
function normalizeText(state: { src: string }): void {
  let s = state.src;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (s.includes('\0')) s = s.replace(/\0/g, '\uFFFD');
  state.src = s;
}

/**
 * markdown-it's paragraph rule (same lines, same tokens) without the paragraph's text: its inline token's
 * content is never read here (units are cut from the source lines), and joining each paragraph's lines was the
 * block parser's largest allocation.
 */
function paragraphLines(state: StateBlock, startLine: number, endLine: number): boolean {
  const terminatorRules = state.md.block.ruler.getRules('paragraph');
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = 'paragraph';
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine]! - state.blkIndent > 3) continue;
    if (state.sCount[nextLine]! < 0) continue;
    let terminate = false;
    for (const rule of terminatorRules) {
      if (rule(state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) break;
  }
  state.line = nextLine;
  const open = state.push('paragraph_open', 'p', 1);
  open.map = [startLine, state.line];
  const inline = state.push('inline', '', 0);
  inline.map = [startLine, state.line];
  inline.children = [];
  state.push('paragraph_close', 'p', -1);
  state.parentType = oldParentType;
  return true;
}

/**
 * markdown-it's bundled Token constructor defines each of its thirteen fields through a helper, which is
 * most of the block parser's cost here. Tokens are instead made as plain objects with the same fields on
 * Token's prototype, pushed exactly as StateBlock#push pushes them; the state's line tables are built
 * without visiting every character.
 */
function useLeanTokens(parser: MarkdownItParser): void {
  const Base: typeof StateBlock = parser.block.State;
  const proto = (new Base('', parser, {}, []).Token as { prototype: object }).prototype;
  class LeanToken {
    constructor(type: string, tag: string, nesting: Token['nesting']) {
      const t = this as unknown as Token;
      t.type = type;
      t.tag = tag;
      t.attrs = null;
      t.map = null;
      t.nesting = nesting;
      t.level = 0;
      t.children = null;
      t.content = '';
      t.markup = '';
      t.info = '';
      t.meta = null;
      t.block = false;
      t.hidden = false;
    }
  }
  Object.setPrototypeOf(LeanToken.prototype, proto);
  class LeanState extends Base {
    /**
     * StateBlock's line tables (bMarks, eMarks, tShift, sCount, bsCount), the same values as its constructor
     * computes, with each line's end found by indexOf instead of a loop over every character. (As there, a
     * last line of spaces or tabs with no line break after it is not a line.)
     */
    constructor(src: string, md: MarkdownItParser, env: ConstructorParameters<typeof StateBlock>[2], tokens: Token[]) {
      super('', md, env, tokens);
      this.src = src;
      const bMarks: number[] = [];
      const eMarks: number[] = [];
      const tShift: number[] = [];
      const sCount: number[] = [];
      const bsCount: number[] = [];
      const len = src.length;
      let pos = 0;
      lines: while (pos < len) {
        const start = pos;
        let indent = 0;
        let offset = 0;
        for (let ch = src.charCodeAt(pos); ch === 0x20 || ch === 0x09; ch = src.charCodeAt(pos)) {
          indent++;
          offset += ch === 0x09 ? 4 - (offset % 4) : 1;
          if (++pos === len) break lines;
        }
        const nl = src.indexOf('\n', pos);
        const end = nl === -1 ? len : nl;
        bMarks.push(start);
        eMarks.push(end);
        tShift.push(indent);
        sCount.push(offset);
        bsCount.push(0);
        pos = end + 1;
      }
      bMarks.push(len);
      eMarks.push(len);
      tShift.push(0);
      sCount.push(0);
      bsCount.push(0);
      this.bMarks = bMarks;
      this.eMarks = eMarks;
      this.tShift = tShift;
      this.sCount = sCount;
      this.bsCount = bsCount;
      this.lineMax = bMarks.length - 1;
    }

    override push(type: string, tag: string, nesting: Token['nesting']): Token {
      const token = new LeanToken(type, tag, nesting) as unknown as Token;
      token.block = true;
      if (nesting < 0) this.level--;
      token.level = this.level;
      if (nesting > 0) this.level++;
      this.tokens.push(token);
      return token;
    }
  }
  parser.block.State = LeanState;
}

const MARKER = /^\s*(?:[-*+•·▪●◦‣]|\d{1,9}[.)])(?:\s+|$)/u;
const BULLET_LINE = /^\s*[•·▪●◦‣]\s*/u;
const DELIM_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Removes a leading list marker and a converter's second bullet ("- · text"). */
export function stripMarker(line: string): string {
  return line.replace(MARKER, '').replace(BULLET_LINE, '');
}

function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

function headingText(lines: string[], setext: boolean): string {
  let t = setext ? lines.slice(0, -1).join(' ') : (lines[0] ?? '');
  if (!setext) {
    t = t.replace(/^\s{0,3}#{1,6}(?:\s+|$)/, '');
    // (closing hashes and a trailing attribute block are looked for only when their mark occurs)
    if (t.includes('#')) t = t.replace(/\s+#+\s*$/, '');
  }
  return (t.includes('{') ? t.replace(/\s*\{[#.][^}]*\}\s*$/, '') : t).trim();
}

function listItem(lines: string[], first: number): ListItem {
  const own: string[] = [];
  const children: string[] = [];
  let inChild = false;
  let childIndent = 0;
  const base = (lines[0] ?? '').search(/\S/);
  lines.forEach((l, i) => {
    if (i === 0) {
      own.push(stripMarker(l).trim());
      return;
    }
    const ind = l.search(/\S/);
    if (ind < 0) {
      if (!inChild) own.push('');
      return;
    }
    if (MARKER.test(l) && ind > base) {
      inChild = true;
      childIndent = ind;
      children.push(stripMarker(l).trim());
      return;
    }
    if (inChild && ind > childIndent && children.length) {
      children[children.length - 1] += `\n${l.trim()}`;
      return;
    }
    inChild = false;
    own.push(l.trim());
  });
  const text = own.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  let last = lines.length - 1;
  while (last > 0 && !(lines[last] ?? '').trim()) last--;
  return { text, plain: toPlainText(text), children, line: first, endLine: first + last };
}

/**
 * Parses `body` (front matter already removed) into units. `lineOffset` is the
 * number of source lines before the body. Pandoc fenced-div lines (`:::`) are transparent.
 */
export function buildUnits(body: string, lineOffset = 0): Unit[] {
  const src = body.includes(':::') ? body.replace(/^[ \t]*:::.*$/gm, '') : body;
  const lines = src.split('\n');
  const tokens = md.parse(src, {});
  const units: Unit[] = [];
  let para = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.level !== 0 || tok.nesting === -1 || !tok.map) continue;
    const [s, e] = tok.map;
    const slice = lines.slice(s, e);
    const line = s + 1 + lineOffset;
    const endLine = e + lineOffset;
    switch (tok.type) {
      case 'heading_open': {
        const setext = tok.markup === '=' || tok.markup === '-';
        const text = headingText(slice, setext);
        units.push({ t: 'heading', level: Number(tok.tag.slice(1)), text, plain: toPlainText(text), line, endLine });
        break;
      }
      case 'paragraph_open': {
        para++;
        let pending: ListItem[] = [];
        const flush = (): void => {
          if (pending.length) {
            units.push({ t: 'list', items: pending, ordered: false, raw: '', line: pending[0]!.line, endLine: pending[pending.length - 1]!.endLine });
            pending = [];
          }
        };
        slice.forEach((l, k) => {
          const ln = line + k;
          if (BULLET_LINE.test(l)) {
            const text = l.replace(BULLET_LINE, '').trim();
            pending.push({ text, plain: toPlainText(text), children: [], line: ln, endLine: ln });
            return;
          }
          flush();
          const prev = units[units.length - 1];
          if (/^\s*:\s+\S/.test(l) && prev && prev.t === 'line' && prev.para === para) {
            // pandoc definition list: "Term\n: definition" reads as "Term: definition"
            prev.text = `${prev.text}: ${l.replace(/^\s*:\s+/, '').trim()}`;
            prev.plain = toPlainText(prev.text);
            prev.endLine = ln;
            return;
          }
          for (const part of l.includes('<') ? l.split(/<br\s*\/?>/i) : [l]) {
            let text = part.trim();
            if (text.endsWith('\\')) text = text.slice(0, -1).trimEnd();
            if (text) units.push({ t: 'line', text, plain: toPlainText(text), line: ln, endLine: ln, para });
          }
        });
        flush();
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const items: ListItem[] = [];
        let depth = 0;
        const close = tok.type === 'bullet_list_open' ? 'bullet_list_close' : 'ordered_list_close';
        for (let j = i + 1; j < tokens.length; j++) {
          const t = tokens[j]!;
          if (t.type === close && t.level === 0) break;
          if (t.type === 'list_item_open' && t.level === 1 && t.map) {
            items.push(listItem(lines.slice(t.map[0], t.map[1]), t.map[0] + 1 + lineOffset));
          }
          void depth;
        }
        units.push({ t: 'list', items, ordered: tok.type === 'ordered_list_open', raw: slice.join('\n'), line, endLine });
        break;
      }
      case 'table_open': {
        const rows = slice.filter((l) => l.trim() && !DELIM_ROW.test(l)).map(splitRow);
        units.push({ t: 'table', rows, raw: slice.join('\n'), line, endLine });
        break;
      }
      case 'hr':
        break;
      default: {
        const raw = slice.join('\n');
        if (raw.trim()) units.push({ t: 'raw', raw, line, endLine });
      }
    }
  }
  return units;
}
