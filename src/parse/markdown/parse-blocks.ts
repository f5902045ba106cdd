// Parses Markdown into markdown-it's block tokens a stretch at a time: a long body's tokens never all live at once.
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

const md = new MarkdownIt('default', { html: true, linkify: false });
md.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);

/**
 * A block token with markdown-it's fields, in its order, set by plain assignments: markdown-it's own Token class
 * sets each field through a helper call, which took most of its time on long texts. Its prototype is the
 * Token class's (set below), so it has the same methods.
 */
class BlockToken {
  map: [number, number] | null = null;
  level = 0;
  children: Token[] | null = null;
  content = '';
  markup = '';
  info = '';
  block = false;
  hidden = false;
  type: string;
  tag: string;
  attrs: Array<[string, string | number]> | null = null;
  nesting: Token['nesting'];
  meta: unknown = null;

  constructor(type: string, tag: string, nesting: Token['nesting']) {
    this.type = type;
    this.tag = tag;
    this.nesting = nesting;
  }
}
Object.setPrototypeOf(BlockToken.prototype, new md.block.State('', md, {}, []).Token.prototype);

/** markdown-it's block state, pushing {@link BlockToken}s (its `push` otherwise, line for line). */
class BlockState extends md.block.State {
  override push(type: string, tag: string, nesting: Token['nesting']): Token {
    const token = new BlockToken(type, tag, nesting) as unknown as Token;
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
}
md.block.State = BlockState;

/** Lines per stretch, at least: a CV is one stretch; a long text is cut only past this many lines. */
const STRETCH_LINES = 2000;

/** Where a stretch may end, by the line before the cut and the line after it (see {@link cutAfter}). */
type Cut = 'blank' | 'heading' | 'item';

/** A white-space-only line, as markdown-it counts empty lines (spaces and tabs). */
const isBlank = (l: string): boolean => /^[ \t]*$/.test(l);
/** An ATX heading at the margin ("# Skills"). */
const ATX = /^#{1,6}(?:[ \t]|$)/;
/** A bullet list item at the margin with text after its marker ("- Go", "* Rust"). */
const BULLET = /^[-*+][ \t]+\S/;
/** An ASCII letter: a line at the margin starting with one is a paragraph, never the continuation of a block after a blank line. */
const LETTER = /^[A-Za-z]/;

/**
 * How a stretch may end before line `b`: after a blank line when line `b` starts a paragraph at the margin, after
 * an ATX heading at the margin, or between two single-line bullet items at the margin; undefined when it may not.
 */
function cutAfter(lines: readonly string[], b: number): Cut | undefined {
  const prev = lines[b - 1]!;
  const next = lines[b]!;
  if (isBlank(prev) && LETTER.test(next)) return 'blank';
  if (ATX.test(prev)) return 'heading';
  if (BULLET.test(prev) && BULLET.test(next)) return 'item';
  return undefined;
}

/**
 * Whether a stretch's tokens end as the cut assumed, so that the whole text's parse has the same tokens there and
 * starts afresh after it: no fence or HTML block runs to its end (`blank`); its last block is a heading on its last
 * line (`heading`), or a one-line item of a bullet list at the margin there (`item`).
 */
function endsCleanly(tokens: readonly Token[], cut: Cut, count: number): boolean {
  const n = tokens.length;
  if (cut === 'blank') return !tokens.some((t) => (t.type === 'fence' || t.type === 'html_block') && (t.map?.[1] ?? count) >= count);
  if (cut === 'heading') {
    const open = tokens[n - 3];
    return tokens[n - 1]?.type === 'heading_close' && open?.type === 'heading_open' && open.level === 0 && open.markup.startsWith('#') && open.map?.[0] === count - 1;
  }
  const shape = ['list_item_open', 'paragraph_open', 'inline', 'paragraph_close', 'list_item_close', 'bullet_list_close'];
  if (n < shape.length || !shape.every((type, k) => tokens[n - shape.length + k]!.type === type)) return false;
  const item = tokens[n - 6]!;
  return tokens[n - 1]!.level === 0 && item.map?.[0] === count - 1 && tokens[n - 5]!.map?.[0] === count - 1;
}

/** Whether the text has at least `count` lines (`count - 1` line breaks), counted up to there. */
function hasLines(text: string, count: number): boolean {
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0 && breaks < count - 1; i = text.indexOf('\n', i + 1)) breaks++;
  return breaks >= count - 1;
}

/** Moves the tokens' line ranges by `offset` lines (a stretch's lines are numbered from its own first line). */
function shift(tokens: readonly Token[], offset: number): Token[] {
  if (offset > 0) for (const t of tokens) if (t.map) t.map = [t.map[0] + offset, t.map[1] + offset];
  return tokens as Token[];
}

/** Elements whose HTML blocks end by their own rules (CommonMark's kinds 1–5), never split. */
const RAW_ELEMENTS = new Set(['script', 'style', 'pre', 'textarea']);

/**
 * The line of an HTML block's content on which its first element closes, or -1: counts the element's opening
 * and closing tags line by line ("<div class="text-center">" … "…<br><br></div>").
 */
function closingLine(lines: readonly string[], name: string): number {
  let depth = 0;
  for (let k = 0; k < lines.length; k++) {
    depth += tagCount(lines[k]!.toLowerCase(), name);
    if (depth <= 0) return k;
  }
  return -1;
}

/** How many `<name` opening tags minus `</name` closing tags a lower-cased line holds (a tag's name ends at white space, ">", "/" or the line's end). */
function tagCount(line: string, name: string): number {
  let n = 0;
  for (let at = line.indexOf('<', 0); at >= 0; at = line.indexOf('<', at + 1)) {
    const closing = line.charCodeAt(at + 1) === 0x2f;
    const from = at + (closing ? 2 : 1);
    if (!line.startsWith(name, from)) continue;
    const after = line[from + name.length];
    if (after !== undefined && after !== '>' && after !== '/' && after.trim() !== '') continue;
    n += closing ? -1 : 1;
  }
  return n;
}

/** A line that opens a block of Markdown: an ATX heading, a list item or a bold lead ("## Experiência", "- …", "**Org**"). */
const MARKDOWN_OPENER = /^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,2}[.)]\s|\*\*\S)/;

/**
 * Whether an HTML block's first line is only an opening tag that wraps Markdown: "<section id="experience">" /
 * "## Experiência" / "### Eurofins"… The wrapper's closing tag comes blocks later; the lines after the tag are
 * Markdown, as the writer meant and as a reader sees them.
 */
function wrapperLine(lines: readonly string[]): boolean {
  return lines.length > 1 && /^\s*<[A-Za-z][\w-]*(?:\s[^<>]*)?>\s*$/.test(lines[0]!) && MARKDOWN_OPENER.test(lines[1]!);
}

/**
 * "<div class="text-center">" … "</div>" / "---" / "## Education" / "* **M.Sc. …**": an HTML block whose first element
 * closes before the block's last line, with Markdown (no tag) on the next line, ends there, as kramdown (Jekyll's
 * reader) ends it; CommonMark runs it on to the next blank line. The lines after it are parsed as Markdown.
 */
function endHtmlBlocks(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'html_block' || t.level !== 0 || !t.map) continue;
    const name = /^\s*<([A-Za-z][\w-]*)/.exec(t.content)?.[1]?.toLowerCase();
    if (!name || RAW_ELEMENTS.has(name)) continue;
    const lines = t.content.replace(/\n$/, '').split('\n');
    const k = wrapperLine(lines) ? 0 : closingLine(lines, name);
    if (k < 0 || k >= lines.length - 1 || lines[k + 1]!.trimStart().startsWith('<')) continue;
    const rest = shift(md.parse(`${lines.slice(k + 1).join('\n')}\n`, {}), t.map[0] + k + 1);
    t.content = `${lines.slice(0, k + 1).join('\n')}\n`;
    t.map = [t.map[0], t.map[0] + k + 1];
    tokens.splice(i + 1, 0, ...endHtmlBlocks(rest));
    i += rest.length;
  }
  return tokens;
}

/**
 * Parses the body into markdown-it block tokens (inline parsing off) and hands them to `visit` in order, a
 * stretch at a time, with line ranges counted from the body's first line: the same tokens as one parse of the
 * whole body, except that a bullet list cut between two of its items is closed and opened again. A body is cut
 * only where nothing open can reach across the cut; a cut its stretch's tokens do not confirm ends the cutting
 * (the rest is parsed whole), so the time stays linear.
 */
export function parseBlocks(body: string, visit: (tokens: Token[]) => void): void {
  const env = {};
  // a CV is one stretch: its lines need not be split to look for cuts
  if (!hasLines(body, 2 * STRETCH_LINES + 1)) {
    visit(endHtmlBlocks(md.parse(body, env)));
    return;
  }
  const lines = body.split('\n');
  let from = 0;
  while (lines.length - from > 2 * STRETCH_LINES) {
    let b = from + STRETCH_LINES;
    let cut: Cut | undefined;
    for (; b < lines.length - STRETCH_LINES && !(cut = cutAfter(lines, b)); b++);
    if (!cut) break;
    const tokens = md.parse(`${lines.slice(from, b).join('\n')}\n`, env);
    if (!endsCleanly(tokens, cut, b - from)) break;
    visit(endHtmlBlocks(shift(tokens, from)));
    from = b;
  }
  visit(endHtmlBlocks(shift(md.parse(from === 0 ? body : lines.slice(from).join('\n'), env), from)));
}
