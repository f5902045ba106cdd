// Splits a text at a separator wherever the separator lies outside round brackets.

/** `text` cut at each match of `sep` (a global pattern) that lies outside brackets. */
export function splitOutsideBrackets(text: string, sep: RegExp): string[] {
  if (!/[(（]/.test(text)) return text.split(sep);
  let masked = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    // (one masking character per code unit, so indices stay those of the text)
    masked += depth > 0 ? '\u0001'.repeat(ch.length) : ch;
  }
  const out: string[] = [];
  let from = 0;
  for (const m of masked.matchAll(sep)) {
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}
