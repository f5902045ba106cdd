// Rewrites a Kirby blocks or structure field ("-" / "template: block-heading" / "text: Core principles" / "-" / "text: >" and its indented Markdown) as the Markdown it shows, line numbers kept.

/** A key line of a block item: a key, a colon, its value. */
const ITEM_KEY = /^( {0,4})([A-Za-z_][\w-]{0,30}):(.*)$/;
/** The keys that say what kind of block an item is. */
const KIND_KEYS: ReadonlySet<string> = new Set(['template', 'type', '_key', 'id', 'level', 'isHidden']);
/** YAML's markers of a block scalar: the value is on the indented lines below. */
const BLOCK_SCALAR = /^[>|][+-]?$/;

/** The number of spaces a line opens with. */
function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** A YAML scalar written on its key's line, less its quotes. */
function unquote(value: string): string {
  const v = value.trim();
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1) : v;
}

/**
 * Kirby keeps a page's blocks (or a structure field) as a YAML list: each item opens with "-", a `template` or `type`
 * says what it is, and its `text` is Markdown, on the key's line or indented below a ">" or "|". Read as Markdown,
 * the indented text would be code. Rewrites lines `from`…`to` of `body` in place: the "-" and kind lines blanked, a
 * heading block's text as a "##" heading, block text dedented, any other key's value kept as a line of text. A structure
 * field (items of keys, no `template` or `type`) is read the same, each item's first value a "###" heading.
 * @returns which kind of list the lines were (nothing is changed when they were none)
 */
export function rewriteKirbyBlocks(lines: readonly string[], body: string[], from: number, to: number): 'blocks' | 'structure' | undefined {
  let first = from;
  while (first < to && lines[first]!.trim() === '') first++;
  if (first >= to || lines[first]!.trim() !== '-') return undefined;
  const blocks = lines.slice(first, to).some((l) => /^\s*(?:template|type):/.test(l));
  // (a structure field, "-" / "title: Web Designer at Acme" / "subtitle: Jan 2014 - August 2017" / "text: …": each item's first key titles it)
  if (!blocks && !ITEM_KEY.test(lines[first + 1] ?? '')) return undefined;
  let heading = false;
  let opened = false;
  for (let i = first; i < to; i++) {
    const line = lines[i]!;
    if (line.trim() === '-') {
      body[i] = '';
      heading = false;
      opened = !blocks;
      continue;
    }
    const m = ITEM_KEY.exec(line);
    if (!m) continue;
    const [, , key, value] = m as unknown as [string, string, string, string];
    if (KIND_KEYS.has(key)) {
      if (key === 'template' || key === 'type') heading = /heading|title/i.test(value);
      body[i] = '';
    } else if (BLOCK_SCALAR.test(value.trim())) {
      body[i] = '';
      i = dedentBlock(lines, body, i + 1, to, indentOf(line)) - 1;
    } else body[i] = (heading || opened) && value.trim() ? `${opened ? '###' : '##'} ${unquote(value)}` : unquote(value);
    if (value.trim()) opened = false;
  }
  return blocks ? 'blocks' : 'structure';
}

/** Dedents the lines of a block scalar from `from` (those indented deeper than its key, `keyIndent`, and blank lines); the line after it. */
function dedentBlock(lines: readonly string[], body: string[], from: number, to: number, keyIndent: number): number {
  let k = from;
  while (k < to && lines[k]!.trim() === '') k++;
  const indent = k < to ? indentOf(lines[k]!) : 0;
  if (indent <= keyIndent) return from;
  let i = from;
  for (; i < to; i++) {
    const line = lines[i]!;
    if (line.trim() !== '' && indentOf(line) < indent) break;
    body[i] = line.trim() === '' ? '' : line.slice(indent);
  }
  return i;
}
