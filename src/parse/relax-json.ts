// Blanks out what hand-written JSON often holds and JSON.parse refuses: trailing commas and // or /* */ comments.

/** What {@link relaxJson} blanked out: each trailing comma and comment, by its character offset. */
export interface RelaxedJson {
  /** The text with each trailing comma and comment replaced by spaces (line breaks kept: offsets and lines stay). */
  text: string;
  /** Offsets of the trailing commas blanked out. */
  commas: number[];
  /** Offsets of the comments blanked out. */
  comments: number[];
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** The text with `[from, to)` replaced by spaces, its line breaks kept. */
function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

/** Blanks comments outside strings; returns their offsets. */
function blankComments(chars: string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '"') {
      for (i++; i < chars.length && chars[i] !== '"' && chars[i] !== '\n'; i++) if (chars[i] === '\\') i++;
    } else if (c === '/' && chars[i + 1] === '/') {
      let end = i;
      while (end < chars.length && chars[end] !== '\n') end++;
      found.push(i);
      blank(chars, i, end);
      i = end;
    } else if (c === '/' && chars[i + 1] === '*') {
      let end = i + 2;
      while (end < chars.length && !(chars[end] === '*' && chars[end + 1] === '/')) end++;
      if (end >= chars.length) break; // an unclosed comment: left for JSON.parse to report
      found.push(i);
      blank(chars, i, end + 2);
      i = end + 1;
    }
  }
  return found;
}

/** Blanks each comma outside strings that only white space separates from a closing `]` or `}`; returns their offsets. */
function blankTrailingCommas(chars: string[]): number[] {
  const found: number[] = [];
  let lastComma = -1;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (isSpace(c)) continue;
    if (c === '"') {
      for (i++; i < chars.length && chars[i] !== '"' && chars[i] !== '\n'; i++) if (chars[i] === '\\') i++;
    } else if ((c === ']' || c === '}') && lastComma >= 0) {
      found.push(lastComma);
      chars[lastComma] = ' ';
    }
    lastComma = c === ',' ? i : -1;
  }
  return found;
}

/**
 * Reads past the two things hand-written JSON Resume files most often hold that JSON forbids: a comma after
 * the last item of a list or object (`[1, 2,]`) and JavaScript comments (`// …`, `/* … *\/`). Each is replaced
 * by spaces, so character offsets and line numbers of the rest are unchanged; strings are left alone. One pass
 * each, linear in the text.
 * @param text - the JSON text that JSON.parse refused
 * @returns the blanked text and where each comma and comment was
 */
export function relaxJson(text: string): RelaxedJson {
  // split('') cuts by UTF-16 code unit, so offsets match JSON.parse's and the line counter's
  const chars = text.split('');
  const comments = blankComments(chars);
  const commas = blankTrailingCommas(chars);
  return { text: chars.join(''), commas, comments };
}
