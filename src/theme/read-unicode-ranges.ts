// Reads the code points a font stylesheet's @font-face rules cover (their unicode-range descriptors).

/** Sorted, merged, inclusive code point ranges. */
export type CodeRanges = Array<[number, number]>;

/**
 * The union of the `unicode-range` descriptors of every `@font-face` in `css`, sorted and merged.
 * A face without `unicode-range` covers every code point, and so does the stylesheet then.
 * @param css - the text of a font stylesheet (e.g. an `@fontsource` CSS file)
 * @returns the covered ranges, or undefined when the stylesheet covers everything (or has no `@font-face`)
 */
export function readUnicodeRanges(css: string): CodeRanges | undefined {
  const faces = css.match(/@font-face\s*\{[^}]*\}/gi) ?? [];
  if (faces.length === 0) return undefined;
  const ranges: CodeRanges = [];
  for (const face of faces) {
    const m = /unicode-range\s*:\s*([^;}]*)/i.exec(face);
    if (!m) return undefined;
    for (const part of m[1]!.split(',')) {
      const r = /^\s*U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part);
      if (!r) continue;
      const a = r[1]!;
      if (a.includes('?')) ranges.push([parseInt(a.replace(/\?/g, '0'), 16), parseInt(a.replace(/\?/g, 'f'), 16)]);
      else ranges.push([parseInt(a, 16), r[2] ? parseInt(r[2], 16) : parseInt(a, 16)]);
    }
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: CodeRanges = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
