// Tells whether a font stylesheet a theme names is installed and declares a font face, without parsing its faces.
import { readFileSync } from 'node:fs';
import { findInstalledStylesheet } from './find-installed-stylesheet.js';

/**
 * Whether `href` (`@fontsource/noto-sans-jp/400.css`) is installed and declares an `@font-face`: the check a
 * theme's load makes for every font it names. Reading the faces and their ranges is left to the first CV
 * that needs the font (`readFontStylesheet`), so a Latin CV never parses the CJK fallbacks' stylesheets.
 */
export function hasFontStylesheet(href: string): boolean {
  const file = findInstalledStylesheet(href);
  if (!file) return false;
  try {
    return /@font-face/i.test(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}
