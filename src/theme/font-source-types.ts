// Types of what cvpress knows about a font stylesheet: its family, its faces and the code points each covers.
import type { CodeRanges } from './read-unicode-ranges.js';

/** One `@font-face` of a stylesheet. */
export interface FontFaceSource {
  /** Its `unicode-range` (undefined = every code point). */
  ranges: CodeRanges | undefined;
  /** Absolute path of its font file (the `.woff` when there is one: its cmap is the cheapest to read). */
  file: string | undefined;
}

/** An `@fontsource` stylesheet, read once per process. */
export interface FontSource {
  /** Package-relative href, e.g. `@fontsource/noto-serif-jp/400.css`. */
  href: string;
  /** The CSS family its faces declare, e.g. `Noto Serif JP`. */
  family: string;
  faces: FontFaceSource[];
  /** Every face's range as `[from, to, face index]`, sorted by `from`, for a binary search. */
  index: Array<[number, number, number]>;
  /** `maxEnd[i]`: the largest `to` of `index[0..i]`, to stop a backwards scan early. */
  maxEnd: number[];
  /** Faces without `unicode-range` (they apply to every code point). */
  unbounded: number[];
}

/** The fonts one script (or symbols, emoji) uses in a theme: a key and the stylesheets of one package (one family). */
export interface ScriptFonts {
  /**
   * ISO 15924 code: a script (`Arab`, `Hebr`, `Deva`, `Thai`), a Han variant (`Jpan`, `Kore`, `Hans`, `Hant`),
   * `Latn` (Latin, Greek and Cyrillic beyond the main fonts), `Zsym` (symbols), `Zmth` (math), `Zsye` (emoji);
   * `fallback` for a theme's legacy `fallbackFonts`.
   */
  script: string;
  /** Package-relative hrefs of the family's stylesheets (weights, styles), linked together; the first one's coverage counts. */
  hrefs: string[];
}

/** What a theme's fonts cover, set when the theme loads; the stylesheets themselves are read on first need. */
export interface FontCoverage {
  /** Package-relative hrefs of the main (`fonts`) stylesheets, one per family (they cover the same characters in every weight). */
  main: string[];
  /** Script fonts in the theme's order, then its `fallbackFonts`. */
  scripts: ScriptFonts[];
}
