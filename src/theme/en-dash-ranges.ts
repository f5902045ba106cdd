// Turns the dashes of a date range into en dashes, in one linear pass over the text.

const DASHES = new Set(['-', '–', '—']);
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * Replaces each dash of a date range (`---`, `--`, `-`, `–` or `—` with any spaces around it, followed by a
 * non-digit or a four-digit year) by an en dash, thin-spaced when the original had spaces:
 * `"2024.03 - onward"` → `"2024.03 – onward"`, `"2019-2021"` → `"2019–2021"`, while `"2019-05"` keeps its
 * hyphen. The same result as `text.replace(/\s*(?:---|--|[-–—])\s*(?=\D|\d{4})/g, …)`, in linear time (that
 * pattern retried every position of a long run of spaces).
 */
export function enDashRanges(text: string): string {
  const n = text.length;
  // A dash followed (after spaces) by a non-digit or four digits.
  const ahead = (t: number): boolean => t < n && (!isDigit(text[t]) || (isDigit(text[t + 1]) && isDigit(text[t + 2]) && isDigit(text[t + 3])));
  // Where a dash of `len` characters at `j` ends its match (its trailing spaces taken as far as the look-ahead allows), or -1.
  const endOf = (j: number, len: number): number => {
    let t = j + len;
    while (t < n && isSpace(text[t])) t++;
    if (t > j + len) return ahead(t) ? t : t - 1;
    return ahead(t) ? t : -1;
  };
  let out = '';
  let from = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && isSpace(text[j])) j++;
    if (j >= n) break;
    if (!DASHES.has(text[j]!)) {
      // No match can start anywhere in these spaces, nor at this character.
      i = j + 1;
      continue;
    }
    // ("October 2019 --- Current": pandoc's em dash, three hyphens, is one dash too)
    const run = text[j] === '-' && text[j + 1] === '-' ? (text[j + 2] === '-' ? 3 : 2) : 0;
    let end = -1;
    for (let len = Math.max(run, 1); len >= 1 && end === -1; len--) end = endOf(j, len);
    if (end === -1) {
      i = j + 1;
      continue;
    }
    const m = text.slice(i, end);
    out += text.slice(from, i) + (/\s/.test(m) ? '\u2009\u2013\u2009' : '\u2013');
    from = end;
    i = end;
  }
  return out + text.slice(from);
}
