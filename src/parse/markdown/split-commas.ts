// Splits a text at ", " or "，" outside brackets: "MSc (LEIC, FEUP), 2007" → "MSc (LEIC, FEUP)", "2007".

/** The parts of `text` between commas (", ", a fullwidth "，" or an Arabic "،") that are not inside (), [] or （）. */
export function splitCommas(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '（') depth++;
    else if ((c === ')' || c === ']' || c === '）') && depth > 0) depth--;
    else if (depth === 0 && ((c === ',' && (text[i + 1] === ' ' || text[i + 1] === undefined)) || c === '，' || c === '،')) {
      out.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(text.slice(from).trim());
  return out.filter(Boolean);
}
