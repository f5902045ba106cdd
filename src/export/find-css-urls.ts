// Finds the url() references of a stylesheet by scanning, in linear time (the pattern it replaces backtracked on white space and rescanned unclosed strings).

/** One `url()` of a stylesheet: `[start, end)` and its argument, unquoted and unescaped as written. */
export interface CssUrl {
  start: number;
  end: number;
  /** The argument: the text between the quotes, or the bare text (possibly ''). */
  ref: string;
}

const SPACE = /\s/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const HEAD = /url\(/iy;
/** Characters a bare argument cannot hold. */
const BARE_STOP = /[)'"\s]/;

/**
 * Each match, in order, of `/url\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)'"\s]*))\s*\)/gi`, with the
 * captured argument as `ref`: after `url(` and its white space a quoted string (a backslash escapes any character
 * but a line break) or a bare run, then white space and `)`. A string or bare run that did not close is not
 * scanned again from inside it (every start inside it ends the same way).
 */
export function* findCssUrls(css: string): Generator<CssUrl> {
  const failedUntil: Record<string, number> = { '"': -1, "'": -1, bare: -1 };
  const spaceEnd = (i: number): number => {
    while (i < css.length && SPACE.test(css[i]!)) i++;
    return i;
  };
  for (let i = 0; i < css.length; i++) {
    HEAD.lastIndex = i;
    if (!HEAD.test(css)) continue;
    const p = spaceEnd(i + 4);
    const q = css[p];
    let close = -1;
    let ref = '';
    if (q === '"' || q === "'") {
      if (p < failedUntil[q]!) continue;
      let j = p + 1;
      for (; j < css.length && css[j] !== q; j++) if (css[j] === '\\' && (j + 1 >= css.length || LINE_BREAK.test(css[++j]!))) break;
      if (j >= css.length || css[j] !== q) {
        failedUntil[q] = j;
        continue;
      }
      ref = css.slice(p + 1, j);
      close = spaceEnd(j + 1);
    } else {
      if (p < failedUntil.bare!) continue;
      let b = p;
      while (b < css.length && !BARE_STOP.test(css[b]!)) b++;
      ref = css.slice(p, b);
      close = spaceEnd(b);
      if (css[close] !== ')') failedUntil.bare = b;
    }
    if (css[close] !== ')') continue;
    yield { start: i, end: close + 1, ref };
    i = close;
  }
}
