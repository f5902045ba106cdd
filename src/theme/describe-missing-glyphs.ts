// Turns the characters no font of a theme draws into warnings that name each character and its line in the CV (or, for a theme with no font at all, one warning).
import { createWarning, type CvWarning } from '../model/warning.js';

/** `"𓀀" (U+13000)`. */
const describe = (ch: string): string => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

/** The one warning for a theme that declares no font: every character is missing, so a list per line would be the whole CV. */
function describeFontlessTheme(missing: string[], themeName: string): CvWarning {
  const count = `${missing.length} different character${missing.length === 1 ? '' : 's'}`;
  return createWarning(
    'missing-glyph',
    `The theme "${themeName}" declares no font (its theme.json lists no "fonts" or "scriptFonts" and its CSS no @font-face), and cvpress uses no font of the machine: the CV's text prints as empty boxes (${count}). Fix: list installed @fontsource stylesheets in the theme's theme.json "fonts" (docs/themes.md, "Assets and fonts"), or use another theme.`,
  );
}

/**
 * One `missing-glyph` warning per source line holding characters that no font of the theme draws (they print as
 * empty boxes), naming the characters; characters the source does not hold (cvpress's own labels) get one
 * warning without a line. A theme that declares no font at all gets one warning for the theme instead, with the
 * number of characters (`(N different characters)`), not a list of every letter of the CV line by line.
 * @param missing - the characters, from `selectFonts`
 * @param source - the CV's text, to find the lines (optional)
 * @param themeName - named in the message
 * @param opts - `declaresFonts: false` for a theme with no font in its manifest or its CSS (default true)
 */
export function describeMissingGlyphs(missing: string[], source: string | undefined, themeName: string, opts: { declaresFonts?: boolean } = {}): CvWarning[] {
  if (missing.length === 0) return [];
  if (opts.declaresFonts === false) return [describeFontlessTheme(missing, themeName)];
  const lines = source ? source.split(/\r\n|\r|\n/) : [];
  const byLine = new Map<number, string[]>();
  for (const ch of missing) {
    const at = lines.findIndex((l) => l.includes(ch));
    const key = at < 0 ? 0 : at + 1;
    byLine.set(key, [...(byLine.get(key) ?? []), ch]);
  }
  const fix = `Replace ${missing.length === 1 ? 'it' : 'them'}, or use a theme whose fonts draw ${missing.length === 1 ? 'it' : 'them'} (theme.json "scriptFonts", see docs/themes.md).`;
  return [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([line, chars]) => {
    const what = chars.length === 1 ? `the character ${describe(chars[0]!)}` : `the characters ${chars.map(describe).join(', ')}`;
    const where = line > 0 ? '' : ' (in text cvpress adds)';
    return createWarning('missing-glyph', `No font of the theme "${themeName}" draws ${what}${where}: ${chars.length === 1 ? 'it prints' : 'they print'} as an empty box. ${fix}`, line > 0 ? line : undefined);
  });
}
