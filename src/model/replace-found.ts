// Rebuilds a string with some of its ranges replaced: the replace step of the scanners that stand in for global patterns.

/**
 * `s` with each `[start, end)` of `ranges` (in order, not overlapping) replaced by what `rewrite` returns for it,
 * as `s.replace(globalPattern, rewrite)` does for the matches a scanner found.
 */
export function replaceFound<T extends { start: number; end: number }>(s: string, ranges: Iterable<T>, rewrite: (found: T) => string): string {
  let out = '';
  let last = 0;
  for (const r of ranges) {
    out += s.slice(last, r.start) + rewrite(r);
    last = r.end;
  }
  return out + s.slice(last);
}
