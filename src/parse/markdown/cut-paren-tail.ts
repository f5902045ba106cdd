// Reads "text (note)" at the end of a string by scanning, in linear time (the pattern it replaces backtracked on runs of brackets).

const OPEN = new Set(['(', '（']);
const BRACKETS = new Set(['(', ')', '（', '）']);
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * The same as `/^(.*\S)\s*[(（]([^()（）]{min,max})[)）]$/u.exec(text)?.slice(1)`: text ending in a closing
 * bracket whose matching opener is the last bracket before it, with `min` to `max` characters (code points)
 * between them; the text before the opener, less its trailing white space, must not be empty nor hold a
 * line break.
 * @returns the text before and the text inside the brackets, or undefined
 */
export function cutParenTail(text: string, min: number, max: number): [string, string] | undefined {
  const last = text[text.length - 1];
  if (last !== ')' && last !== '）') return undefined;
  let open = text.length - 2;
  while (open >= 0 && !BRACKETS.has(text[open]!)) open--;
  if (open < 0 || !OPEN.has(text[open]!)) return undefined;
  const inner = text.slice(open + 1, -1);
  const length = [...inner].length;
  if (length < min || length > max) return undefined;
  const before = text.slice(0, open).trimEnd();
  if (before === '' || LINE_BREAK.test(before)) return undefined;
  return [before, inner];
}
