// Tells whether a font stylesheet really draws a code point: inside a face's unicode-range and in that face's cmap.
import { readFileSync } from 'node:fs';
import type { FontSource } from './font-source-types.js';
import { readFontCmap } from './read-font-cmap.js';
import type { CodeRanges } from './read-unicode-ranges.js';

/** The cmap of each font file read so far (null: unreadable, trusted to cover its range). */
const cmaps = new Map<string, CodeRanges | null>();
/** Answers so far, per stylesheet and code point (a batch asks about the same characters again and again). */
const answers = new WeakMap<FontSource, Map<number, boolean>>();

function inRanges(ranges: CodeRanges, cp: number): boolean {
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

/** Whether the face's font file maps `cp` to a glyph; the file's cmap is read on first need and kept. */
function fileHas(file: string | undefined, cp: number): boolean {
  if (!file) return true;
  let cmap = cmaps.get(file);
  if (cmap === undefined) {
    try {
      cmap = readFontCmap(readFileSync(file)) ?? null;
    } catch {
      cmap = null;
    }
    cmaps.set(file, cmap);
  }
  return cmap === null || inRanges(cmap, cp);
}

/**
 * Whether the stylesheet `source` draws `cp`: as Chromium does, a face applies when `cp` is in its
 * `unicode-range`, and draws it when its font file's cmap maps it to a glyph (a range is only a promise:
 * `@fontsource` slices claim all of Latin-1 for symbol fonts that have none of it). Font files are read only
 * when a code point falls in their range, once per process.
 */
export function fontCovers(source: FontSource, cp: number): boolean {
  let memo = answers.get(source);
  if (!memo) answers.set(source, (memo = new Map()));
  let hit = memo.get(cp);
  if (hit === undefined) {
    hit = lookUp(source, cp);
    if (memo.size < 100_000) memo.set(cp, hit);
  }
  return hit;
}

function lookUp(source: FontSource, cp: number): boolean {
  for (const f of source.unbounded) if (fileHas(source.faces[f]!.file, cp)) return true;
  const index = source.index;
  // The last range starting at or before cp; ranges of different faces overlap, so scan back while one may reach cp.
  let lo = 0;
  let hi = index.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid]![0] <= cp) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let i = hi; i >= 0 && source.maxEnd[i]! >= cp; i--) {
    const [, b, face] = index[i]!;
    if (cp <= b && fileHas(source.faces[face]!.file, cp)) return true;
  }
  return false;
}
