// Skips a run of white space, for the linear stylesheet scanners (what `\s*` matches at one place).

const SPACE = /\s/;

/**
 * The end of the white space that starts at `i` (`i` itself when there is none).
 * @param s - the text
 * @param i - where the run starts
 */
export function skipSpace(s: string, i: number): number {
  while (i < s.length && SPACE.test(s[i]!)) i++;
  return i;
}
