// Renders a CV fragment that holds no Markdown, HTML or link syntax straight to HTML, without markdown-it and the sanitizer.

/**
 * Characters after which plain text stays plain: letters, marks, digits, single spaces and punctuation that no
 * inline rule of markdown-it (emphasis, links, code, HTML, entities, escapes, strike-through, line breaks) nor
 * linkify reads. A dot, a slash, a colon and an exclamation mark are checked by their neighbours (see `renderPlainText`).
 */
const PLAIN_CHAR = /[\p{L}\p{M}\p{N} ,;:!'"()%+\-–—’‘“”„«»…?.\/#·•]/u;

/** A letter, digit or mark: what may follow a dot in a domain name, or a slash in `//host`. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether the character at `i` of `s` keeps the text plain, given its neighbours. */
function plainAt(s: string, i: number, ch: string): boolean {
  if (!PLAIN_CHAR.test(ch)) return false;
  const next = s[i + 1] ?? '';
  if (ch === ' ') return next !== ' ' && next !== '';
  // "cvpress.dev", "1.5" or "v2.0": linkify reads a dot between word characters as part of a domain.
  if (ch === '.') return !WORD_CHAR.test(next);
  if (ch === '/') return next !== '/';
  // "https:" opens a link; "Skills: Java" does not. "![" opens an image.
  if (ch === ':') return next === ' ' || next === '';
  if (ch === '!') return next !== '[';
  return true;
}

/** Runs of the characters of `PLAIN_CHAR` that stay plain whatever their neighbours (all but the space, `.`, `/`, `:` and
 * `!`). ASCII has a class of its own: V8 tests a character against a large Unicode class with a call per character. */
const PLAIN_RUN = /(?:[A-Za-z0-9,;'"()%+\-?#]|(?![\0-\x7f])[\p{L}\p{M}\p{N}–—’‘“”„«»…·•])+/uy;

/** Whether `line` is one line of plain text (see `renderPlainText`). */
function plainLine(line: string): boolean {
  if (line.length === 0 || line.length > 2000 || line[0] === ' ') return false;
  for (let i = 0; i < line.length; ) {
    PLAIN_RUN.lastIndex = i;
    if (PLAIN_RUN.test(line)) {
      i = PLAIN_RUN.lastIndex;
      continue;
    }
    const ch = line[i]!;
    if (!plainAt(line, i, ch)) return false;
    i++;
  }
  return true;
}

/**
 * The HTML markdown-it (with linkify) and the sanitizer would make of `source`, when `source` is plain
 * text: lines of words and common punctuation, no leading, trailing or doubled space, no syntax any inline
 * rule reads. Returns `undefined` for everything else (the caller renders it in full). Inline, the text is
 * one line; in block mode each line must also start with a letter, so that none can open a list, a
 * heading, a quote, a table or code, and blank lines separate paragraphs.
 * @param source - a fragment of the CV
 * @param inline - render as inline content (no wrapping paragraph)
 */
export function renderPlainText(source: string, inline: boolean): string | undefined {
  if (inline) return plainLine(source) ? source : undefined;
  if (source.length > 20_000) return undefined;
  let html = '';
  let open = false;
  for (const line of source.split('\n')) {
    if (line === '') {
      if (open) html += '</p>\n';
      open = false;
      continue;
    }
    if (!/^\p{L}/u.test(line) || !plainLine(line)) return undefined;
    html += open ? `\n${line}` : `<p>${line}`;
    open = true;
  }
  if (open) html += '</p>\n';
  // markdown-it writes a quote as `&quot;`, which the sanitizer writes back as a quote in text.
  return html === '' ? undefined : html;
}
