// Trims characters of a set from both ends of a string without regular expressions (no backtracking on long runs).

/** `s` without leading and trailing characters that are in `chars`. */
export function trimChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a]!)) a++;
  while (b > a && chars.includes(s[b - 1]!)) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}
