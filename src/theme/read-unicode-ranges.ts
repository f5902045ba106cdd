// Reads the code points a font stylesheet's @font-face rules cover (their unicode-range descriptors).

/** Sorted, merged, inclusive code point ranges. */
export type CodeRanges = Array<[number, number]>;

/** Each `@font-face { … }` rule of a stylesheet (as `css.match(/@font-face\s*\{[^}]*\}/gi)`), in one linear pass. */
function fontFaces(css: string): string[] {
  const at = /@font-face/gi;
  const faces: string[] = [];
  for (let m = at.exec(css); m; m = at.exec(css)) {
    let b = m.index + m[0].length;
    while (b < css.length && /\s/.test(css[b]!)) b++;
    if (css[b] !== '{') continue;
    const end = css.indexOf('}', b + 1);
    if (end === -1) break;
    faces.push(css.slice(m.index, end + 1));
    at.lastIndex = end + 1;
  }
  return faces;
}

/**
 * The union of the `unicode-range` descriptors of every `@font-face` in `css`, sorted and merged.
 * A face without `unicode-range` covers every code point, and so does the stylesheet then.
 * @param css - the text of a font stylesheet (e.g. an `@fontsource` CSS file)
 * @returns the covered ranges, or undefined when the stylesheet covers everything (or has no `@font-face`)
 */
export function readUnicodeRanges(css: string): CodeRanges | undefined {
  const faces = fontFaces(css);
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
