// Finds a front-matter block (YAML --- or TOML +++) at the top of a Markdown file, after blank lines or a content-free HTML preamble, or a CV written as a YAML code fence further down.

/** Where a front-matter block is: 0-based line indexes of its delimiters. */
export interface FrontMatterSpan {
  format: 'yaml' | 'toml';
  open: number;
  /** The closing delimiter's line; -1 when the block is never closed. */
  close: number;
  /** A code fence (```` ``` ````, `~~~`, optionally `yaml`) at the top: front matter only if its keys are a CV's (the caller decides). */
  fenced?: boolean;
}

/** A code fence opening at the top of the file, plain or YAML: its marker. */
const FENCE_OPEN = /^(`{3,}|~{3,})(?:[ \t]*ya?ml)?$/i;

/** Elements of an HTML preamble dropped with their content, and tags with nothing inside. */
const PREAMBLE_BLOCKS = new Set(['head', 'title', 'style', 'script']);
const PREAMBLE_TAGS = new Set(['html', 'body', 'meta', 'link', 'base']);

/**
 * Finds front matter: `---` … `---`/`...` (YAML) or `+++` … `+++` (TOML), the opening delimiter alone on
 * its line at the top of the file, after blank lines, or after an HTML preamble that holds no content
 * (`<!DOCTYPE>`, `<html>`, `<head>…</head>`, `<body>`, `<meta>`, `<link>`, `<base>`, `<title>…</title>`,
 * `<style>…</style>`, `<script>…</script>`, comments). A `---` block is front matter only when its first
 * line that is not blank or a `#` comment reads as a `key:` line or opens a JSON object, or when it is empty: a Markdown
 * thematic break around content (`---` / `# Name` / `---`) is not. A code fence at the top (`~~~`, ```` ```yaml ````)
 * whose first line is a `key:` line is returned as `fenced` (the caller keeps it only if its keys are a CV's). An unclosed block is reported
 * (`close: -1`) only when it starts like front matter.
 * @param text - the file, line breaks normalised to `\n`
 * @param lines - `text` split on `\n`
 */
export function findFrontMatter(text: string, lines: readonly string[]): FrontMatterSpan | undefined {
  const open = skipPreamble(text);
  if (open < 0 || open >= lines.length) return undefined;
  const first = lines[open]!.trimEnd();
  const fence = FENCE_OPEN.exec(first);
  if (fence) return findFencedYaml(lines, open, fence[1]!);
  const format = first === '---' ? 'yaml' : first === '+++' ? 'toml' : undefined;
  if (!format) return findYamlFenceBelow(lines, open);
  let close = -1;
  for (let i = open + 1; i < lines.length && close < 0; i++) {
    const l = lines[i]!.trimEnd();
    if (format === 'yaml' ? l === '---' || l === '...' : l === '+++') close = i;
  }
  if (format === 'toml') return { format, open, close };
  let significant: string | undefined;
  let comments = false;
  for (let i = open + 1; i < (close < 0 ? lines.length : close) && significant === undefined; i++) {
    const t = lines[i]!.trim();
    if (t.startsWith('#')) comments = true;
    else if (t !== '') significant = t;
  }
  if (significant === undefined) return close >= 0 && !comments ? { format, open, close } : undefined;
  // (or a JSON object, which YAML reads too: Obsidian's `{"dg-publish":true,"permalink":"/…","created":"2024-08-12T12:40:26.955+02:00"}`)
  return looksLikeYamlKey(significant) || (close >= 0 && JSON_OBJECT.test(significant)) ? { format, open, close } : undefined;
}

/** A JSON object's opening and first key. */
const JSON_OBJECT = /^\{\s*"[^"\n]{1,60}"\s*:/;

/** A closed fence at the top whose first line reads as a `key:` line (never reported when unclosed: it is then code). */
function findFencedYaml(lines: readonly string[], open: number, marker: string): FrontMatterSpan | undefined {
  let close = -1;
  for (let i = open + 1; i < lines.length && close < 0; i++) if (lines[i]!.trim() === marker) close = i;
  const significant = lines.slice(open + 1, close).find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  return close > 0 && significant !== undefined && looksLikeYamlKey(significant.trim()) ? { format: 'yaml', open, close, fenced: true } : undefined;
}

/** A fence marked YAML (```` ```yaml ````) opening a line. */
const YAML_FENCE_OPEN = /^(`{3,}|~{3,})[ \t]*ya?ml$/i;

/**
 * "# whoami" / "## > Luca Tam" / ```` ```yaml ```` / `work:` …: where nothing at the top is front matter, the first
 * fence marked YAML further down, when its first line reads as a `key:` line (the caller keeps it only if its keys
 * are a CV's, as for a fence at the top).
 */
function findYamlFenceBelow(lines: readonly string[], from: number): FrontMatterSpan | undefined {
  for (let i = from; i < lines.length; i++) {
    const m = lines[i]!.startsWith('`') || lines[i]!.startsWith('~') ? YAML_FENCE_OPEN.exec(lines[i]!.trimEnd()) : null;
    if (m) return findFencedYaml(lines, i, m[1]!);
  }
  return undefined;
}

/** `key: value`, `key:`, `"key": value`: a plain or quoted key, then a colon at the end or before a space. */
function looksLikeYamlKey(line: string): boolean {
  const c = line.charCodeAt(0);
  // Markdown starts (* _ [ ! < > | ` ~ = +) and YAML starts that are no key (- [ { &)
  if ('*_[!<>|`~=+-{&%@'.includes(line[0] ?? '') || c === 92) return false;
  let colon = line.indexOf(':');
  if (c === 34 || c === 39) colon = line.indexOf(':', Math.max(line.indexOf(line[0]!, 1), 1));
  if (colon <= 0) return false;
  const after = line.charCodeAt(colon + 1);
  if (!(Number.isNaN(after) || after === 32 || after === 9)) return false;
  const key = line.slice(0, colon);
  return !key.includes('**') && !key.includes('](') && key.length <= 80;
}

/**
 * The 0-based line index after leading blank lines and a content-free HTML preamble, or -1 when the
 * preamble is followed by something else on the same line.
 */
function skipPreamble(text: string): number {
  let p = 0;
  const n = text.length;
  for (;;) {
    while (p < n && text.charCodeAt(p) <= 32) p++;
    if (p >= n || text.charCodeAt(p) !== 60) break;
    const end = skipPreambleItem(text, p);
    if (end < 0) break;
    p = end;
  }
  // the delimiter must start its own line
  let lineStart = p;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  for (let k = lineStart; k < p; k++) if (text.charCodeAt(k) > 32) return -1;
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The offset after one preamble item starting at `p` (a `<`), or -1 when it is not one. */
function skipPreambleItem(text: string, p: number): number {
  if (text.startsWith('<!--', p)) {
    const e = text.indexOf('-->', p + 2);
    return e < 0 ? -1 : e + 3;
  }
  let q = p + 1;
  if (text.charCodeAt(q) === 47 || text.charCodeAt(q) === 33) q++; // </…> and <!DOCTYPE>
  let name = '';
  while (q < text.length && isNameChar(text.charCodeAt(q))) name += text[q++]!.toLowerCase();
  const gt = text.indexOf('>', q);
  if (gt < 0) return -1;
  if (name === 'doctype' || PREAMBLE_TAGS.has(name)) return gt + 1;
  if (!PREAMBLE_BLOCKS.has(name)) return -1;
  if (text.charCodeAt(p + 1) === 47) return gt + 1;
  const close = findCloseTag(text, name, gt + 1);
  if (close < 0) return -1;
  const cgt = text.indexOf('>', close);
  return cgt < 0 ? -1 : cgt + 1;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
}

/** Offset of `</name` (any case) from `from` on, or -1. */
function findCloseTag(text: string, name: string, from: number): number {
  for (let j = text.indexOf('</', from); j >= 0; j = text.indexOf('</', j + 2)) {
    if (text.slice(j + 2, j + 2 + name.length).toLowerCase() === name && !isNameChar(text.charCodeAt(j + 2 + name.length))) return j;
  }
  return -1;
}
