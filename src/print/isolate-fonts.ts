// Gives Chromium a fontconfig of its own that holds one font from cvpress's packages and none of the machine's.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserError } from '../model/errors.js';
import { convertWoffToSfnt } from './convert-woff-to-sfnt.js';

/**
 * The font Chromium falls back to when no font of a page draws a character: it must have one (without any
 * font it lays out no text at all), and this one draws nothing a CV writes (Braille patterns only), so an
 * uncovered character prints as its empty box instead of in some other typeface.
 */
export const LAST_RESORT_FONT = '@fontsource/noto-sans-symbols-2/files/noto-sans-symbols-2-braille-400-normal.woff';
/**
 * The family the last-resort font is renamed to: a PDF that embeds a font of this name has a character no font
 * of its page draws (`pdffonts` shows `CvpressMissingGlyph`).
 */
export const MISSING_GLYPH_FONT = 'Cvpress Missing Glyph';

let lastResort: Buffer | undefined;

/** The last-resort font as TrueType (fontconfig and Skia read no WOFF), renamed {@link MISSING_GLYPH_FONT}. */
function lastResortFont(): Buffer {
  if (lastResort) return lastResort;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = path.join(dir, 'node_modules', ...LAST_RESORT_FONT.split('/'));
    if (existsSync(file)) return (lastResort = convertWoffToSfnt(readFileSync(file), { family: MISSING_GLYPH_FONT }));
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new BrowserError('E_BROWSER_LAUNCH', `the font package @fontsource/noto-sans-symbols-2 is not installed, so Chromium would have no font to fall back to.`, {
    hint: 'Reinstall cvpress\'s dependencies (`npm ci` or `npm install`).',
  });
}

/**
 * Writes into `profileDir` a fontconfig configuration whose only font folder holds cvpress's last-resort
 * font ({@link LAST_RESORT_FONT}), with its cache beside it, and returns the environment for Chromium that
 * points fontconfig at it (`FONTCONFIG_FILE`, `FONTCONFIG_PATH`; no `<include>`, so neither the system's
 * `/etc/fonts` rules nor `~/.fonts` apply). Chromium finds fonts on Linux only through fontconfig, so it sees
 * no font of the machine: every glyph of a PDF comes from the `@fontsource` stylesheets the page links.
 * @param profileDir - the browser's throw-away profile folder
 * @param env - the environment to extend (default `process.env`)
 * @throws BrowserError `E_BROWSER_LAUNCH` when the last-resort font's package is missing
 */
export function isolateFonts(profileDir: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const dir = path.join(profileDir, 'fontconfig');
  mkdirSync(path.join(dir, 'fonts'), { recursive: true });
  mkdirSync(path.join(dir, 'cache'), { recursive: true });
  writeFileSync(path.join(dir, 'fonts', 'cvpress-last-resort.ttf'), lastResortFont());
  const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const file = path.join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n` +
      `<!-- cvpress: one font folder and nothing included: Chromium sees no font of the machine. -->\n<fontconfig>\n` +
      `  <dir>${xml(path.join(dir, 'fonts'))}</dir>\n  <cachedir>${xml(path.join(dir, 'cache'))}</cachedir>\n</fontconfig>\n`,
  );
  const out: NodeJS.ProcessEnv = { ...env, FONTCONFIG_FILE: file, FONTCONFIG_PATH: dir };
  delete out.FONTCONFIG_SYSROOT;
  return out;
}
