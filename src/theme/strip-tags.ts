// Removes HTML tags from a string in one linear pass (what `/<[^>]+>/g` does, without its quadratic worst case).

/**
 * Removes every `<…>` span, as `s.replace(/<[^>]+>/g, '')` would (or `/<[^>]*>/g` with `empty`: `<>` too),
 * in time linear in `s`: a `<` with no `>` after it ends the scan instead of being retried at every later `<`.
 * @param s - HTML (or text with tags)
 * @param empty - also remove `<>`
 */
export function stripTags(s: string, empty = false): string {
  let out = '';
  let from = 0;
  let i = s.indexOf('<');
  while (i !== -1) {
    const close = s.indexOf('>', i + 1);
    if (close === -1) break;
    if (close === i + 1 && !empty) {
      // `<>` is no tag: the next try starts after this `<`.
      i = s.indexOf('<', i + 1);
      continue;
    }
    out += s.slice(from, i);
    from = close + 1;
    i = s.indexOf('<', from);
  }
  return out + s.slice(from);
}
