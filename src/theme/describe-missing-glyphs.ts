// Turns the characters no font of a theme draws into warnings that name each character and its line in the CV.
import { createWarning, type CvWarning } from '../model/warning.js';

/** `"𓀀" (U+13000)`. */
const describe = (ch: string): string => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

/**
 * One `missing-glyph` warning per source line holding characters that no font of the theme draws (they print as
 * empty boxes), naming the characters; characters the source does not hold (cvpress's own labels) get one
 * warning without a line.
 * @param missing - the characters, from `selectFonts`
 * @param source - the CV's text, to find the lines (optional)
 * @param themeName - named in the message
 */
export function describeMissingGlyphs(missing: string[], source: string | undefined, themeName: string): CvWarning[] {
  if (missing.length === 0) return [];
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
