// Renders a CV fragment of the simplest Markdown (paragraphs, tight dash lists, emphasis, code spans) as markdown-it would, without its token tree.
import type { MarkdownIt } from 'markdown-it';

/**
 * Runs of characters no inline rule of markdown-it reads: letters, marks, digits, spaces and common punctuation
 * (not links, HTML, entities, escapes, strike-through or tables). `/`, `!`, `<`, `&`, `*`, `_` and `` ` `` are
 * read one by one (see `readInline`). ASCII is matched by a class of its own: V8 tests a character against a large
 * Unicode class (`\p{L}`) with a call per character, about ten times slower on English text.
 */
const TEXT_RUN = /(?:[A-Za-z0-9 ,;:'"()%+\-?.#@>]|(?![\0-\x7f])[\p{L}\p{M}\p{N}–—’‘“”„«»…·•])+/uy;

/** An entity markdown-it could decode at `&` (numeric, or a name closed by `;`): such text goes to markdown-it. */
const ENTITY_LIKE = /&(?:#|[a-z][a-z0-9]*;)/iy;

/** What a line may start with without opening a block of its own: a letter, a digit, an opening parenthesis or
 * quote, a middle dot or bullet, a dash other than the hyphen, a code span or an emphasis run. */
const SAFE_START = /^(?:[\p{L}\p{N}("'“‘„«·•–—]|`[^`]|\*{1,2}[^\s*])/u;

/** A line opening an ordered list (`1. `, `2)`), which a digit may start. */
const ORDERED_ITEM = /^\d{1,9}[.)](?: |$)/;

/** Lines and sources longer than these go to markdown-it (its cost is linear; this path is for the common case). */
const MAX_LINE = 2000;
const MAX_SOURCE = 20_000;

type Probe = { scanDelims: (start: number, canSplitWord: boolean) => { can_open: boolean; can_close: boolean; length: number } };

/** One line read: the HTML of its inline content and how many trailing spaces it had (2 or more: a hard break). */
type Line = { html: string; trailing: number };

/** Whether the character at `i` (`/`, `!`, `<` or `&`) is plain text there: no `//`, `![`, tag, autolink or entity opens at it. */
function literalAt(line: string, i: number): boolean {
  const next = line[i + 1];
  switch (line[i]) {
    case '/': return next !== '/';
    case '!': return next !== '[';
    case '<': return next === ' ';
    case '&': ENTITY_LIKE.lastIndex = i; return !ENTITY_LIKE.test(line);
    default: return false;
  }
}

/** The HTML of a one-backtick code span opening at `i`, and where it ends; undefined unless it closes on the line with one backtick. */
function readCode(md: MarkdownIt, line: string, i: number): { html: string; end: number } | undefined {
  const end = line.indexOf('`', i + 1);
  if (end < 0 || line[i + 1] === '`' || line[end + 1] === '`') return undefined;
  const code = line.slice(i + 1, end);
  // markdown-it turns NUL into U+FFFD (left to it); it drops one space at each end of a span that has something else.
  if (/[\0-\x1f]/.test(code)) return undefined;
  return { html: `<code>${md.utils.escapeHtml(code.startsWith(' ') && code.endsWith(' ') && /[^ ]/.test(code) ? code.slice(1, -1) : code)}</code>`, end: end + 1 };
}

/**
 * The inline HTML markdown-it writes for `line` (no leading, no trailing space), or undefined when the line holds
 * more than plain text, `*em*` and `**strong**` spans (not nested, closed on the line, no run of three), `*` and
 * `_` runs that neither open nor close (`a * b`, `snake_case`) and one-backtick code spans; or when linkify would
 * read a link in one of its text runs (`md.linkify.test`, which markdown-it asks of each text token).
 */
function readInline(md: MarkdownIt, line: string): string | undefined {
  const probe = Object.assign(Object.create(md.inline.State.prototype) as Probe, { src: line, posMax: line.length });
  let html = '';
  let text = '';
  let open = 0;
  const flush = (): boolean => {
    if (text === '') return true;
    // With fuzzy links off (see renderMarkdown), linkify reads links only at a scheme's `:` (or `//`, refused
    // here) and e-mail addresses at `@`: text with neither holds none.
    if ((text.includes(':') || text.includes('@')) && md.linkify.test(text)) return false;
    html += md.utils.escapeHtml(text);
    text = '';
    return true;
  };
  for (let i = 0; i < line.length; ) {
    TEXT_RUN.lastIndex = i;
    if (TEXT_RUN.test(line)) {
      text += line.slice(i, TEXT_RUN.lastIndex);
      i = TEXT_RUN.lastIndex;
      continue;
    }
    const ch = line[i];
    if (ch === '*' || ch === '_') {
      const run = probe.scanDelims(i, ch === '*');
      if (!run.can_open && !run.can_close) text += line.slice(i, i + run.length);
      else {
        // `_` spans, runs of three and nested spans are left to markdown-it; a run that may open or close closes an open span of its length.
        const closes = run.can_close && open === run.length;
        if (ch === '_' || run.length > 2 || (!closes && (!run.can_open || open !== 0)) || !flush()) return undefined;
        html += `<${closes ? '/' : ''}${run.length === 2 ? 'strong' : 'em'}>`;
        open = closes ? 0 : run.length;
      }
      i += run.length;
    } else if (ch === '`') {
      const code = readCode(md, line, i);
      if (!code || !flush()) return undefined;
      html += code.html;
      i = code.end;
    } else {
      if (!literalAt(line, i)) return undefined;
      text += ch;
      i++;
    }
  }
  return open === 0 && flush() ? html : undefined;
}

/** A line of a block with its trailing spaces apart, or undefined when it is not simple (see `readInline`). */
function readLine(md: MarkdownIt, line: string): Line | undefined {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ') end--;
  if (end > MAX_LINE) return undefined;
  const html = readInline(md, line.slice(0, end));
  return html === undefined ? undefined : { html, trailing: line.length - end };
}

/** Whether a paragraph line (or a list item's text) starts with what opens no block: see `SAFE_START`. */
const safeStart = (s: string): boolean => SAFE_START.test(s) && !ORDERED_ITEM.test(s);

/** The HTML of one paragraph's lines: soft breaks, and hard breaks after two or more trailing spaces. */
function paragraphHtml(lines: Line[]): string {
  let out = '<p>';
  lines.forEach((l, i) => {
    out += l.html;
    if (i < lines.length - 1) out += l.trailing >= 2 ? '<br>\n' : '\n';
  });
  return `${out}</p>\n`;
}

/**
 * The HTML markdown-it writes for `source` (then kept as is: it holds nothing the sanitizer changes) when it is
 * Markdown of the simplest kind: paragraphs and tight `- ` lists (one line per item, blank lines around the
 * list) whose lines start with what opens no block (see `SAFE_START`; a digit, not as an ordered item), and hold plain
 * text, `*em*`, `**strong**` and `` `code` `` spans with no link for linkify; inline, one such line. Returns
 * undefined for anything else (the caller renders it with markdown-it). `md` is the markdown-it instance (with
 * `html` and `linkify` on, typographer and breaks off) whose output this path reproduces.
 */
export function renderSimpleMarkdown(md: MarkdownIt, source: string, inline: boolean): string | undefined {
  if (source.length > MAX_SOURCE) return undefined;
  if (inline) return source.includes('\n') || source[0] === ' ' || source.endsWith(' ') ? undefined : readInline(md, source);
  let html = '';
  let para: Line[] = [];
  let items: string[] = [];
  let blankAfterList = false;
  const closeParagraph = (): void => {
    if (para.length > 0) html += paragraphHtml(para);
    para = [];
  };
  for (const line of source.split('\n')) {
    if (/^ *$/.test(line)) {
      closeParagraph();
      blankAfterList = items.length > 0;
      continue;
    }
    const item = line.startsWith('- ');
    // A line right after an item continues it (lazily); an item after a blank line makes the list loose.
    if ((items.length > 0 && !blankAfterList && !item) || (item && blankAfterList)) return undefined;
    if (!item && items.length > 0) {
      html += `<ul>\n${items.map((h) => `<li>${h}</li>\n`).join('')}</ul>\n`;
      items = [];
      blankAfterList = false;
    }
    const text = item ? line.slice(2) : line;
    const read = safeStart(text) ? readLine(md, text) : undefined;
    if (!read) return undefined;
    if (item) {
      closeParagraph();
      items.push(read.html);
    } else para.push(read);
  }
  closeParagraph();
  if (items.length > 0) html += `<ul>\n${items.map((h) => `<li>${h}</li>\n`).join('')}</ul>\n`;
  return html === '' ? undefined : html;
}
