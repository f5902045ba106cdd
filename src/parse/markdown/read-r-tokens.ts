// Reads R code as tokens (string literals, column specs, words, operators), each with the line it starts on; comments are dropped.

/** A token of R code: a string literal, a column spec ("~ Year"), a bare word (names, numbers, `a::b`, `x$y`), or a mark. */
export interface RToken {
  kind: 'string' | 'column' | 'word' | 'mark';
  text: string;
  /** The 0-based line of the code it starts on. */
  line: number;
}

/** The operators read as one mark (longest first); a single character is a mark of its own. */
const OPERATORS = ['<<-', '|>', '<-', '->', '==', '!=', '<=', '>=', '&&', '||'];

/** Reads an R string literal opening at `code[i]` (quote `q`): its value (escapes undone) and the index after it. */
function readString(code: string, i: number, q: string): { value: string; end: number } {
  let value = '';
  let k = i + 1;
  while (k < code.length && code[k] !== q) {
    if (code[k] === '\\' && k + 1 < code.length) {
      const e = code[k + 1]!;
      value += e === 'n' || e === 't' ? ' ' : e;
      k += 2;
    } else value += code[k++];
  }
  return { value, end: k + 1 };
}

/** The mark at `code[i]`: an infix operator "%…%", one of OPERATORS, or the character. */
function readMark(code: string, i: number): string {
  if (code[i] === '%') {
    const end = code.indexOf('%', i + 1);
    const nl = code.indexOf('\n', i + 1);
    if (end > i && end - i < 12 && (nl < 0 || end < nl)) return code.slice(i, end + 1);
  }
  return OPERATORS.find((o) => code.startsWith(o, i)) ?? code[i]!;
}

/**
 * The tokens of a chunk of R code, each with its line (comments dropped): string literals (their values), column
 * specs of `tribble` ("~ Year", "~`Start date`"), words (names, numbers, `dplyr::tribble`, `UDP$Details`, backquoted
 * names) and marks (`(`, `,`, `=`, `%>%`, `|>`, `<-`, `==` …).
 * @param code - the chunk's lines joined with "\n"
 */
export function readRTokens(code: string): RToken[] {
  const out: RToken[] = [];
  let line = 0;
  let i = 0;
  while (i < code.length) {
    const c = code[i]!;
    if (c === '\n') line++;
    if (/\s/.test(c)) i++;
    else if (c === '#') while (i < code.length && code[i] !== '\n') i++;
    else if (c === '"' || c === "'") {
      const s = readString(code, i, c);
      out.push({ kind: 'string', text: s.value, line });
      line += code.slice(i, s.end).split('\n').length - 1;
      i = s.end;
    } else if (c === '`') {
      const end = code.indexOf('`', i + 1);
      const name = end > i ? code.slice(i + 1, end) : '';
      out.push({ kind: name && !name.includes('\n') ? 'word' : 'mark', text: name && !name.includes('\n') ? name : c, line });
      i = name && !name.includes('\n') ? end + 1 : i + 1;
    } else if (c === '~') {
      const m = /^~\s*(?:`([^`\n]+)`|([\p{L}\p{N}_.]+))/u.exec(code.slice(i, i + 120));
      out.push(m ? { kind: 'column', text: (m[1] ?? m[2])!, line } : { kind: 'mark', text: c, line });
      i += m ? m[0].length : 1;
    } else {
      const m = /^[\p{L}\p{N}_.:$]+/u.exec(code.slice(i, i + 200));
      const text = m ? m[0] : readMark(code, i);
      out.push({ kind: m ? 'word' : 'mark', text, line });
      i += text.length;
    }
  }
  return out;
}
