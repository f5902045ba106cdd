// Finds the inline code spans of one line (`code`, ``co`de``), which the cleaning passes leave as written.

/**
 * The code spans of a line as `[start, end)` offset pairs, backticks included: a run of N backticks up to
 * the next run of exactly N (CommonMark); a backslash-escaped backtick opens nothing. Spans are found
 * within the line only. Linear: a run length that found no closer is not searched for again.
 * @param line - one line of Markdown
 * @returns flat list of start, end offsets, in order
 */
export function findCodeSpans(line: string): number[] {
  const out: number[] = [];
  let i = line.indexOf('`');
  if (i < 0) return out;
  const noCloserAfter = new Map<number, number>();
  while (i >= 0) {
    let k = i;
    while (line.charCodeAt(k) === 96) k++;
    const len = k - i;
    if (isEscaped(line, i)) {
      i = line.indexOf('`', i + 1);
      continue;
    }
    const close = (noCloserAfter.get(len) ?? Infinity) <= k ? -1 : findRun(line, k, len);
    if (close < 0) {
      noCloserAfter.set(len, Math.min(noCloserAfter.get(len) ?? Infinity, k));
      i = line.indexOf('`', k);
      continue;
    }
    out.push(i, close + len);
    i = line.indexOf('`', close + len);
  }
  return out;
}

/** Offset of the next run of exactly `len` backticks from `from` on, or -1. */
function findRun(line: string, from: number, len: number): number {
  for (let j = line.indexOf('`', from); j >= 0; ) {
    let k = j;
    while (line.charCodeAt(k) === 96) k++;
    if (k - j === len) return j;
    j = line.indexOf('`', k);
  }
  return -1;
}

/** The character at `i` follows an odd number of backslashes. */
function isEscaped(line: string, i: number): boolean {
  let b = 0;
  while (i - b - 1 >= 0 && line.charCodeAt(i - b - 1) === 92) b++;
  return b % 2 === 1;
}
