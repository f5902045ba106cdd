// Counts the parts `s.split(/\s+/)` would cut a text into, without splitting it.

/** Whether a UTF-16 code unit is white space as `\s` reads it. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `s.split(/\s+/).length`: one more than the number of runs of white space (a run at either end makes an
 * empty part), counted in one scan without building the parts.
 */
export function countSplitWords(s: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (space && !inRun) runs++;
    inRun = space;
  }
  return runs + 1;
}
