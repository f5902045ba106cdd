// Tells whether an offset of a line falls inside one of its code spans (binary search over findCodeSpans' pairs).

/**
 * True when `pos` is inside a span of `spans` (`[start, end)` pairs in order, as {@link findCodeSpans} gives).
 * Logarithmic, so that scanning every brace or backslash of a long line stays linear.
 * @param spans - flat start/end offsets
 * @param pos - offset in the line
 */
export function isInCodeSpan(spans: readonly number[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < spans[2 * mid]!) hi = mid - 1;
    else if (pos >= spans[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}
