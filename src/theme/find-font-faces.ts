// Finds the @font-face rules of a stylesheet by scanning, in linear time (the pattern it stands for rescanned an unclosed rule from every "@font-face").

const FONT_FACE_AT = /@font-face\s*\{/iy;

/**
 * Each `@font-face` rule of `css`, as `/@font-face\s*\{([^}]*)\}/gi` finds them: `[start, end)` the whole rule,
 * `bodyStart` where its body (group 1) starts; the body ends at `end - 1`. A rule with no "}" after it ends
 * the search (no later rule closes either).
 */
export function* findFontFaces(css: string): Generator<{ start: number; end: number; bodyStart: number }> {
  for (let i = css.indexOf('@'); i >= 0; i = css.indexOf('@', i + 1)) {
    FONT_FACE_AT.lastIndex = i;
    if (!FONT_FACE_AT.test(css)) continue;
    const bodyStart = FONT_FACE_AT.lastIndex;
    const close = css.indexOf('}', bodyStart);
    if (close < 0) return;
    yield { start: i, end: close + 1, bodyStart };
    i = close;
  }
}
