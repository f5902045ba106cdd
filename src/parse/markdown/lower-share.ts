// The share of a text's words that open with a small letter: prose runs high, names and heads low.

/**
 * The share (0–1) of the words of `t` that open with a letter and open with a small one; 0 when none opens with a
 * letter. A script without case counts as no small letters.
 */
export function lowerShare(t: string): number {
  const ws = t.split(/\s+/).filter((x) => /^\p{L}/u.test(x));
  return ws.length ? ws.filter((x) => /^\p{Ll}/u.test(x)).length / ws.length : 0;
}
