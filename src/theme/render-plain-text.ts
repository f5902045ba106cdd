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

/**
 * The HTML markdown-it (with linkify) and the sanitizer would make of `source`, when `source` is plain
 * text: one line of words and common punctuation, no leading or doubled space, no syntax any inline rule
 * reads. Returns `undefined` for everything else (the caller renders it in full). In block mode the text
 * must also start with a letter, so that it cannot open a list, a heading, a quote, a table or code.
 * @param source - a fragment of the CV
 * @param inline - render as inline content (no wrapping paragraph)
 */
export function renderPlainText(source: string, inline: boolean): string | undefined {
  if (source.length === 0 || source.length > 2000 || source[0] === ' ') return undefined;
  if (!inline && !/^\p{L}/u.test(source)) return undefined;
  let i = 0;
  for (const ch of source) {
    if (!plainAt(source, i, ch)) return undefined;
    i += ch.length;
  }
  // markdown-it writes a quote as `&quot;`, which the sanitizer writes back as a quote in text.
  return inline ? source : `<p>${source}</p>\n`;
}
