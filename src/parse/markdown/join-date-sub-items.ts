// Pass: a list item whose first nested item is only its dates ("* Data Scientist" / "  * Oct 2021 - Jul 2023") is one dated item.
import { makeLine } from './build-lines.js';
import { dateOnly } from './date-only.js';
import type { Line, ParseState } from './parse-types.js';
import { trimChars } from './trim-chars.js';

/** Whether `b` is the first nested item of the item `a` and holds only a date or a range. */
function datesOfItem(state: ParseState, a: Line, b: Line | undefined): b is Line {
  if (a.kind !== 'item' || b?.kind !== 'item' || b.depth !== a.depth + 1 || b.line > a.endLine + 2) return false;
  if (a.plain.length > 150 || dateOnly(state, a) || !/\p{L}/u.test(a.plain)) return false;
  return dateOnly(state, b);
}

/**
 * Pass: joins a list item and its first nested item when that nested item holds only dates ("* Product Owner -
 * Ontology Team" / "  * Jan 2025 - Present", as a Quarto or Notion page nests a role's dates): the item reads
 * "Product Owner - Ontology Team, Jan 2025 - Present" on its own line, its later nested items stay under it.
 * Needs two such pairs in the CV (one is as likely a note under an item). First drops the colon closing an item of
 * dates alone over nested items (see `dropDateItemColons`).
 */
export function joinDateSubItems(state: ParseState): void {
  dropDateItemColons(state);
  const lines = state.lines;
  let pairs = 0;
  for (let i = 0; i + 1 < lines.length && pairs < 2; i++) if (datesOfItem(state, lines[i]!, lines[i + 1])) pairs++;
  if (pairs < 2) return;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1];
    if (!datesOfItem(state, a, b)) {
      out.push(a);
      continue;
    }
    const md = `${trimChars(a.md, ' \t,;:')}, ${b.md.trim()}`;
    out.push(makeLine('item', md, { line: a.line, endLine: b.endLine, block: a.block, level: a.level, depth: a.depth, ordered: a.ordered, html: a.html }));
    i++;
  }
  state.lines = out;
}

/**
 * "* October 2023 - present:" / "  * Ecologist and data analyst, CSIRO (…)": the colon after an item of dates alone over
 * nested items introduces them as a label would, but the item is an entry's dates, not a caption: it is dropped.
 */
function dropDateItemColons(state: ParseState): void {
  const lines = state.lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    const md = a.md.trimEnd();
    if (a.kind !== 'item' || b.kind !== 'item' || b.depth <= a.depth || !/[:：]$/.test(md) || !dateOnly(state, a)) continue;
    lines[i] = makeLine('item', md.slice(0, -1).trimEnd(), { line: a.line, endLine: a.endLine, block: a.block, level: a.level, depth: a.depth, ordered: a.ordered, html: a.html });
  }
}
