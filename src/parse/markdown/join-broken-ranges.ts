// Pass: a date alone and, on the very next source line, the rest of its range ("## 2020.07" / "~현재", "2019" / "– 2021") are one line.
import { makeLine } from './build-lines.js';
import { dateOnly } from './date-only.js';
import type { Line, ParseState } from './parse-types.js';

/** A line that continues a range: a range mark, then a short rest ("~현재", "– 2021", "~ 2021.05"). */
const RANGE_REST = /^[~〜～–—-]\s*\S/u;

/** Whether `b` is the rest of the range `a` opens: right under it, a range mark and a date or a present word. */
function restOfRange(state: ParseState, a: Line, b: Line | undefined): b is Line {
  if (!b || b.kind !== 'text' || b.line !== a.endLine + 1 || b.plain.length > 30 || !RANGE_REST.test(b.plain)) return false;
  if ((a.kind !== 'heading' && a.kind !== 'text') || !dateOnly(state, a)) return false;
  const joined = makeLine(a.kind, `${a.md} ${b.md}`, { line: a.line, endLine: b.endLine, block: a.block, level: a.level, depth: a.depth, html: a.html });
  return dateOnly(state, joined);
}

/**
 * Pass: joins a line that is a date alone with the next source line when that line is the rest of its range
 * ("## 2020.07" then "~현재", as a Notion export writes a date property): the two are one date line, the
 * heading's (or the first line's) kind and place kept.
 */
export function joinBrokenRanges(state: ParseState): void {
  const lines = state.lines;
  if (!lines.some((l) => l.kind === 'text' && RANGE_REST.test(l.plain))) return;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1];
    if (!restOfRange(state, a, b)) {
      out.push(a);
      continue;
    }
    out.push(makeLine(a.kind, `${a.md} ${b.md}`, { line: a.line, endLine: b.endLine, block: a.block, level: a.level, depth: a.depth, html: a.html }));
    i++;
  }
  state.lines = out;
}
