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
  const first = appended[0]!.from;
  for (const e of state.explain) {
    if (e.line < first) continue;
    const a = [...appended].reverse().find((x) => x.from <= e.line)!;
    const why = `from the front matter's "${a.key}" Markdown, its line ${e.line - a.from}`;
    e.line = e.endLine = keyLine(fm.raw, fm.line, a.key);
    e.why = [...(e.why ?? []), why];
  }
}
