// Chooses the fallback font stylesheets a document needs: those covering characters the main fonts do not.
import type { CodeRanges } from './read-unicode-ranges.js';

/** What a theme's font stylesheets cover, read when the theme loads. */
export interface FontCoverage {
  /** Union of the main (`fonts`) stylesheets' ranges; undefined when they cover everything. */
  main: CodeRanges | undefined;
  /** The `fallbackFonts` stylesheets: URL and ranges (undefined = everything). */
  fallbacks: Array<{ href: string; ranges: CodeRanges | undefined }>;
}

function covers(ranges: CodeRanges, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (cp < r[0]) hi = mid - 1;
    else if (cp > r[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The fallback stylesheets `text` needs: each one that covers some character of `text` that no main
 * stylesheet covers. That is when the browser would fall back to it (font-family lists the main family
 * first), so a document without such characters never loads the (large) fallback stylesheets.
 * @param text - everything the page can show: the rendered HTML and the theme's own CSS
 * @param coverage - from the theme
 * @returns the hrefs of the fallback stylesheets to link, in the theme's order
 */
export function selectFallbackFonts(text: string, coverage: FontCoverage): string[] {
  const { main, fallbacks } = coverage;
  if (main === undefined || fallbacks.length === 0) return [];
  // Below this code point the main fonts cover everything (all of Latin-1 for @fontsource Latin fonts).
  let coveredBelow = 0;
  for (const [a, b] of main) {
    if (a > coveredBelow) break;
    coveredBelow = b + 1;
  }
  const needed = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < coveredBelow) continue;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (covers(main, cp)) continue;
    for (let f = 0; f < fallbacks.length; f++) {
      const ranges = fallbacks[f]!.ranges;
      if (!needed.has(f) && (ranges === undefined || covers(ranges, cp))) needed.add(f);
    }
    if (needed.size === fallbacks.length) break;
  }
  return fallbacks.filter((_, f) => needed.has(f)).map((fb) => fb.href);
}
