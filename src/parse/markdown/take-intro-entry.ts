// Makes a section's text before its first heading entry an entry of its own when it has the shape of the heading entries: a name, then a date line.
import { dateOnly } from './date-only.js';
import { nameLine } from './name-line.js';
import type { ParseState } from './parse-types.js';
import type { Segmented } from './segment-entries.js';

/**
 * "# Education" / "San Diego State University" / "1994 - 1998" / items, then "## University of Southern Maine" /
 * "1996 - 1996" / items: where every entry is a heading with a date line right under it, and the section's
 * text opens with a name line and a date line of its own, that text is the first entry (the writer forgot
 * its heading marks), not the section's intro.
 */
export function takeIntroEntry(state: ParseState, out: Segmented): void {
  const [name, date] = out.intro;
  if (out.entries.length < 2 || out.intro.length < 2 || !nameLine(state, name) || !dateOnly(state, date!) || date!.block === name!.block) return;
  const shaped = out.entries.every((e) => e.head[0]?.kind === 'heading' && e.group.length === 0 && e.head.some((h) => h !== e.head[0] && dateOnly(state, h)));
  if (!shaped) return;
  const lines = out.intro.splice(0, out.intro.length);
  out.entries.unshift({ group: [], head: [lines[0]!, lines[1]!], body: lines.slice(2) });
}
