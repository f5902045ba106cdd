// Marks the lines of fenced code blocks (``` or ~~~), which the cleaning passes leave exactly as written.

/**
 * Which lines belong to a fenced code block, its fence lines included (CommonMark rules: three or more
 * backticks or tildes; a backtick fence's info string has no backtick; the closing fence uses the same
 * character, at least as many, and nothing else). Any indentation is accepted, so that fences inside list
 * items count too; an unclosed fence runs to the end, as in CommonMark.
 * @param lines - the document's lines
 * @returns one flag per line: 1 inside a fenced block, else 0
 */
export function findCodeFences(lines: readonly string[]): Uint8Array {
  const out = new Uint8Array(lines.length);
  let fenceChar = 0;
  let fenceLen = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    let p = 0;
    while (l.charCodeAt(p) === 32 || l.charCodeAt(p) === 9) p++;
    const c = l.charCodeAt(p);
    let q = p;
    while (l.charCodeAt(q) === c) q++;
    if (fenceLen === 0) {
      if ((c !== 96 && c !== 126) || q - p < 3) continue;
      if (c === 96 && l.indexOf('`', q) >= 0) continue;
      fenceChar = c;
      fenceLen = q - p;
      out[i] = 1;
      continue;
    }
    out[i] = 1;
    if (c === fenceChar && q - p >= fenceLen && l.slice(q).trim() === '') fenceLen = 0;
  }
  return out;
}
