// Reads the plain YAML most front matter is written in (block maps and lists of plain, quoted and block scalars) without the yaml package's document model.

/** A scalar tag of the yaml package's core schema: how a plain scalar that matches `test` resolves. */
export interface PlainTag {
  default?: boolean | 'key';
  test?: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: { intAsBigInt: boolean }) => unknown;
}

/** Where the reader is: the block's lines, the next line to read, and the core schema's scalar tags. */
interface Reader {
  lines: readonly string[];
  at: number;
  tags: readonly PlainTag[];
}

/** What {@link readPlainYaml} gives up with: the text is outside the plain subset (the yaml package reads it). */
const OUTSIDE = Symbol('outside');
type Read<T> = T | typeof OUTSIDE;

/** A key of the subset: a word of ASCII letters, digits, `_` and `-` that the core schema reads as a string. */
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*/;
/** Characters a plain scalar of the subset does not start with: YAML's indicators (and `-`, which also starts negative numbers and list items). */
const NOT_PLAIN_START = '-?:,[]{}#&*!|>\'"%@`';

/** The number of spaces `line` starts with. */
function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

/** Whether a line holds nothing to read: spaces only, or a comment. */
function isEmpty(line: string): boolean {
  const n = indentOf(line);
  return n === line.length || line.charCodeAt(n) === 35;
}

/** The index of the next line with content (the lines' count when none is left). */
function nextContent(r: Reader): number {
  let i = r.at;
  while (i < r.lines.length && isEmpty(r.lines[i]!)) i++;
  return i;
}

/** `text` without the spaces at its end (YAML's white space here is the space only: no tab reaches the reader). */
function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(0, end);
}

/** A plain scalar resolved as the core schema resolves it, a number written with a leading 0 or + kept as written (see parseFrontMatter). */
function resolvePlain(r: Reader, text: string): Read<unknown> {
  const tag = r.tags.find((t) => t.default === true && t.test?.test(text));
  if (!tag) return text;
  let failed = false;
  const resolved = tag.resolve(text, () => (failed = true), { intAsBigInt: false });
  if (failed) return OUTSIDE;
  // (a float tag gives a Scalar node: its value is what toJS gives)
  const value = resolved !== null && typeof resolved === 'object' ? (resolved as { value: unknown }).value : resolved;
  if (typeof value === 'number' && String(value) !== text && (text.charCodeAt(0) === 48 || text.charCodeAt(0) === 43)) return text;
  return value;
}

/** Whether what follows a quoted scalar's closing quote is only spaces, then maybe a comment. */
function endsCleanly(rest: string): boolean {
  const t = trimSpacesEnd(rest);
  return t === '' || (t.charCodeAt(0) === 32 && t.charCodeAt(indentOf(t)) === 35);
}

/** A quoted scalar on one line (single quotes with '' for a quote; double quotes without escapes), or OUTSIDE. */
function readQuoted(text: string): Read<string> {
  if (text.charCodeAt(0) === 39) return readSingleQuoted(text);
  const close = text.indexOf('"', 1);
  if (close < 0 || text.lastIndexOf('\\', close) >= 0) return OUTSIDE;
  return endsCleanly(text.slice(close + 1)) ? text.slice(1, close) : OUTSIDE;
}

/** A single-quoted scalar on one line ('' is a quote), or OUTSIDE. */
function readSingleQuoted(text: string): Read<string> {
  let out = '';
  let from = 1;
  for (let i = 1; i < text.length; i++) {
    if (text.charCodeAt(i) !== 39) continue;
    if (text.charCodeAt(i + 1) === 39) {
      out += text.slice(from, i + 1);
      from = i + 2;
      i++;
      continue;
    }
    return endsCleanly(text.slice(i + 1)) ? out + text.slice(from, i) : OUTSIDE;
  }
  return OUTSIDE;
}

/**
 * The value written after a key's colon or a list item's dash (`text`, not empty, no leading space), on the line
 * before `r.at`, owned by the map or list at column `owner`: a quoted, block or one-line plain scalar.
 */
function readScalar(r: Reader, text: string, owner: number): Read<unknown> {
  const c = text[0]!;
  let value: Read<unknown>;
  if (c === '|' || c === '>') return readBlockScalar(r, text, owner);
  if (c === '"' || c === "'") value = readQuoted(text);
  else {
    if (NOT_PLAIN_START.includes(c)) return OUTSIDE;
    const hash = text.indexOf(' #');
    const plain = trimSpacesEnd(hash < 0 ? text : text.slice(0, hash));
    if (plain.includes(': ') || plain.endsWith(':')) return OUTSIDE;
    value = resolvePlain(r, plain);
  }
  // a more indented line after it would continue it (or be an error)
  const next = nextNonBlank(r);
  return next < r.lines.length && indentOf(r.lines[next]!) > owner ? OUTSIDE : value;
}

/** The index of the next line that is not spaces only. */
function nextNonBlank(r: Reader): number {
  let i = r.at;
  while (i < r.lines.length && indentOf(r.lines[i]!) === r.lines[i]!.length) i++;
  return i;
}

/**
 * A literal (`|`) or folded (`>`) block scalar whose header is `header`, read as the yaml package reads it (its
 * resolveBlockScalar, for the headers `|`, `|-`, `|N`, `|N-`, `|-N` and the same with `>`; keeping chomping `+` and
 * leading blank lines are left to the package).
 */
function readBlockScalar(r: Reader, header: string, owner: number): Read<string> {
  const m = /^[|>](?:([1-9])?(-)?|(-)([1-9]))$/.exec(header);
  if (!m) return OUTSIDE;
  const explicit = Number(m[1] ?? m[4] ?? 0);
  const strip = (m[2] ?? m[3]) === '-';
  const lines: Array<[indent: number, content: string]> = [];
  let i = r.at;
  for (; i < r.lines.length; i++) {
    const line = r.lines[i]!;
    const n = indentOf(line);
    if (n < line.length && n <= owner) break;
    lines.push([n, line.slice(n)]);
  }
  r.at = i;
  if (lines.length === 0 || lines[0]![1] === '') return OUTSIDE;
  // (the package's lexer leaves out the blank lines at the end that are no more indented than the first line)
  while (lines[lines.length - 1]![1] === '' && lines[lines.length - 1]![0] <= lines[0]![0]) lines.pop();
  let chompStart = lines.length;
  while (chompStart > 0 && lines[chompStart - 1]![1] === '') chompStart--;
  const trimIndent = explicit ? owner + explicit : lines[0]![0];
  if (trimIndent <= owner) return OUTSIDE;
  for (let k = 0; k < chompStart; k++) if (lines[k]![1] !== '' && lines[k]![0] < trimIndent) return OUTSIDE;
  for (let k = lines.length - 1; k >= chompStart; k--) if (lines[k]![0] > trimIndent) chompStart = k + 1;
  const body = lines.slice(0, chompStart).map(([n, content]): [string, string] => [' '.repeat(Math.max(0, n - trimIndent)), content]);
  const value = header[0] === '|' ? body.map(([more, content]) => more + content).join('\n') : foldLines(body);
  return strip ? value : `${value}\n`;
}

/** The lines of a folded block scalar (each its indentation beyond the block's, and its content) joined as YAML folds them. */
function foldLines(body: ReadonlyArray<readonly [string, string]>): string {
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (const [more, content] of body) {
    if (more.length > 0) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + more + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  return value;
}

/** The node that starts at the next line with content, which is at column `col` (a map, or a list when it starts with a dash). */
function readNode(r: Reader, col: number): Read<unknown> {
  const line = r.lines[nextContent(r)]!;
  return line.charCodeAt(col) === 45 && (line.length === col + 1 || line.charCodeAt(col + 1) === 32) ? readList(r, col, false) : readMap(r, col);
}

/** The value after `key:` with nothing after it on its line: a more indented node, a list at the key's own column, or null. */
function readNested(r: Reader, col: number): Read<unknown> {
  const i = nextContent(r);
  if (i >= r.lines.length) return null;
  const line = r.lines[i]!;
  const n = indentOf(line);
  if (n > col) return readNode(r, n);
  if (n === col && line.charCodeAt(n) === 45 && line.charCodeAt(n + 1) === 32) return readList(r, col, true);
  return null;
}

/** One `key: value` line at column `col` of the line at `r.at` (its value read on), or OUTSIDE. */
function readEntry(r: Reader, line: string, col: number): Read<[string, unknown]> {
  const key = KEY.exec(line.slice(col))?.[0];
  // (the package takes no implicit key longer than 1024 characters)
  if (!key || key.length > 1000 || key === '__proto__' || r.tags.some((t) => t.default !== undefined && t.default !== false && t.test?.test(key))) return OUTSIDE;
  const after = col + key.length;
  if (line.charCodeAt(after) !== 58) return OUTSIDE;
  r.at++;
  const rest = line.slice(after + 1);
  if (rest !== '' && rest.charCodeAt(0) !== 32) return OUTSIDE;
  const text = rest.slice(indentOf(rest));
  const value = text === '' || text.charCodeAt(0) === 35 ? readNested(r, col) : readScalar(r, trimSpacesEnd(text), col);
  return value === OUTSIDE ? OUTSIDE : [key, value];
}

/**
 * A block map whose keys are at column `col`, read up to the first line less indented; OUTSIDE at a key written
 * twice. `first`: its first line as the map sees it, a list item's dash blanked ("- key: value" as "  key: value").
 */
function readMap(r: Reader, col: number, first?: string): Read<Record<string, unknown>> {
  const map: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (let own = first; ; own = undefined) {
    const i = nextContent(r);
    if (i >= r.lines.length) return map;
    const line = own ?? r.lines[i]!;
    const n = own !== undefined ? col : indentOf(line);
    if (n < col) return map;
    if (n > col) return OUTSIDE;
    r.at = i;
    const entry = readEntry(r, line, col);
    if (entry === OUTSIDE || seen.has(entry[0])) return OUTSIDE;
    seen.add(entry[0]);
    map[entry[0]] = entry[1];
  }
}

/**
 * A block list whose dashes are at column `col` (`compact`: the value of a key at that same column, which a line
 * at the column without a dash ends), each item a scalar or a map that starts on the dash's line.
 */
function readList(r: Reader, col: number, compact: boolean): Read<unknown[]> {
  const list: unknown[] = [];
  for (;;) {
    const i = nextContent(r);
    if (i >= r.lines.length) return list;
    const line = r.lines[i]!;
    const n = indentOf(line);
    if (n < col) return list;
    const dash = n === col && line.charCodeAt(n) === 45 && line.charCodeAt(n + 1) === 32;
    if (!dash) return compact && n === col ? list : OUTSIDE;
    const at = indentOf(line.slice(n + 1)) + n + 1;
    const text = line.slice(at);
    if (text === '' || text.charCodeAt(0) === 35 || text.charCodeAt(0) === 45) return OUTSIDE;
    const keyed = KEY.exec(text)?.[0];
    let item: Read<unknown>;
    if (keyed !== undefined && text.charCodeAt(keyed.length) === 58 && (text.length === keyed.length + 1 || text.charCodeAt(keyed.length + 1) === 32)) {
      // "- key: value": a map whose keys are at the column of this first key
      r.at = i;
      item = readMap(r, at, ' '.repeat(at) + text);
    } else {
      r.at = i + 1;
      item = readScalar(r, trimSpacesEnd(text), col);
    }
    if (item === OUTSIDE) return OUTSIDE;
    list.push(item);
  }
}

/**
 * The data of a YAML text written in the plain subset most front matter uses — block maps with word keys written
 * once, block lists, one-line plain scalars, quoted scalars on one line (no escapes), literal and folded block
 * scalars, comments — exactly as the yaml package's core schema and `toJS` give it (plain scalars resolved by the
 * same `tags`); `undefined` for any other text (tabs, flow collections, anchors, tags, multi-line plain scalars, a
 * key written twice, …), which the package then reads.
 * @param raw - the YAML text
 * @param tags - the core schema's tags (the yaml package's `new Schema({ schema: 'core' }).tags`)
 * @returns the data (null for a text with no content), or undefined
 */
export function readPlainYaml(raw: string, tags: readonly PlainTag[]): unknown {
  if (/[\x00-\x09\x0b-\x1f\x7f\u0085\u2028\u2029\ufeff]|^(?:---|\.\.\.|%)/m.test(raw)) return undefined;
  const r: Reader = { lines: raw.split('\n'), at: 0, tags };
  const first = nextContent(r);
  if (first >= r.lines.length) return null;
  if (indentOf(r.lines[first]!) !== 0 || r.lines[first]!.charCodeAt(0) === 45) return undefined;
  const data = readMap(r, 0);
  return data === OUTSIDE || nextContent(r) < r.lines.length ? undefined : data;
}
