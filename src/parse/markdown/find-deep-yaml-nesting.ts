// Finds where a YAML text nests deeper than a limit, before the yaml package reads it (its time grows faster than the depth).

/**
 * The 1-based line (within `text`) where YAML nesting first goes deeper than `limit`: flow brackets
 * (`[`, `{`, outside quotes and comments) plus block indentation levels (each `- ` counts as one),
 * or -1 when it never does. One pass, no regular expression.
 * @param text - YAML text
 * @param limit - deepest nesting allowed (cvpress uses 64, as for JSON Resume files)
 */
export function findDeepYamlNesting(text: string, limit: number): number {
  const indents: number[] = [];
  let flow = 0;
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // block indentation of this line: spaces, then any number of "- " markers
    let col = 0;
    while (text.charCodeAt(i + col) === 32) col++;
    const first = text.charCodeAt(i + col);
    if (flow === 0 && first !== 10 && first !== 35 && !Number.isNaN(first)) {
      while (indents.length && indents[indents.length - 1]! >= col) indents.pop();
      indents.push(col);
      while (text.charCodeAt(i + col) === 45 && text.charCodeAt(i + col + 1) === 32) {
        col += 2;
        while (text.charCodeAt(i + col) === 32) col++;
        indents.push(col);
      }
      if (indents.length > limit) return line;
    }
    // the rest of the line: flow brackets outside quotes and comments
    let j = i + col;
    let quote = 0;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 10) break;
      if (quote) {
        if (c === 92 && quote === 34) j++;
        else if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 35 && (j === i || text.charCodeAt(j - 1) === 32)) {
        while (j < n && text.charCodeAt(j) !== 10) j++;
        break;
      } else if (c === 91 || c === 123) {
        if (++flow + indents.length > limit) return line;
      } else if ((c === 93 || c === 125) && flow > 0) flow--;
    }
    i = j + 1;
    line++;
  }
  return -1;
}
