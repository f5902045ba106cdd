// Pass: points the explanations of lines appended from front-matter Markdown (past the file's end) back at their key's line in the front matter.
import type { ParseState } from './parse-types.js';

/** The 1-based file line of a top-level key in the front matter (its first line when not found). */
function keyLine(raw: string, first: number, key: string): number {
  const at = raw.split('\n').findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`${key} =`));
  return at < 0 ? first : first + 1 + at;
}

/**
 * Pass: a field read from Markdown that the front matter held as a value (`sections:` / `- text: "## Work Experience …"`,
 * appended to the body past the file's last line) is explained at the line of that key, with the line of the value's
 * own text it came from, so `--explain` names a line the user can find.
 */
export function pointAppendedLines(state: ParseState): void {
  const fm = state.source.frontMatter;
  const appended = fm?.appended;
  if (!fm || !appended?.length) return;
  // (each key's line looked up once, not once per field)
  const at = appended.map((a) => keyLine(fm.raw, fm.line, a.key));
  for (const e of state.explain) {
    let k = appended.length - 1;
    while (k >= 0 && appended[k]!.from > e.line) k--;
    if (k < 0) continue;
    const a = appended[k]!;
    e.why = [...(e.why ?? []), `from the front matter's "${a.key}" Markdown, its line ${e.line - a.from}`];
    e.line = e.endLine = at[k]!;
  }
}
