// Collapses runs of white space to one space (as `s.replace(/\s+/g, ' ')`), skipping the regular expression when there is nothing to collapse.

/** Whether a UTF-16 code unit is white space as `\s` reads it. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `s` has two white-space characters in a row or one that is not a plain space (what collapsing would change). */
function needsCollapse(s: string): boolean {
  let prev = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c < 0x80 && c > 0x0d) {
      prev = false;
      continue;
    }
    const space = isSpace(c);
    if (space && (prev || c !== 0x20)) return true;
    prev = space;
  }
  return false;
}

/**
 * `s` with every run of white space as one space: exactly `s.replace(/\s+/g, ' ')`, returned as it is
 * when no run needs collapsing (most lines), in one scan.
 */
export function collapseSpaces(s: string): string {
  return needsCollapse(s) ? s.replace(/\s+/g, ' ') : s;
}
