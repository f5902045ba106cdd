// Reads the title a paired Hugo shortcode opens a part of the page with ({{< cv "Occupation" >}} … {{< /cv >}}).

/** A shortcode's inside between its `<` … `>` or `%` … `%`: a name and one quoted argument, nothing else. */
const TITLED = /^([A-Za-z][\w-]{0,30}) +"([^"]{1,60})"$/;
/** A title: words of letters (any script), with spaces, dashes, ampersands, commas and apostrophes between them. */
const TITLE_TEXT = /^[\p{Lu}\p{Lo}][\p{L}\p{M}' ,&-]*$/u;

/**
 * The shortcode's name and the title its one argument gives, when the argument reads as a title (it starts
 * with a capital or a letter of a script without case, and has only letters, spaces and joining marks: not
 * "text-align:center;", not an icon name such as "circle-info"); else undefined. Whether the shortcode is
 * paired and stands alone on its line is the caller's to check.
 * @param inner - what is between `{{` and `}}`
 */
export function readShortcodeTitle(inner: string): { name: string; title: string } | undefined {
  const t = inner.trim();
  const close = t[0] === '<' ? '>' : t[0] === '%' ? '%' : undefined;
  if (!close || t.length < 3 || t[t.length - 1] !== close) return undefined;
  const m = TITLED.exec(t.slice(1, -1).trim());
  const title = m?.[2]!.trim();
  return m && title && TITLE_TEXT.test(title) ? { name: m[1]!, title } : undefined;
}
