// Pass: a CV pasted as one paragraph (no blank line anywhere) is cut where a person sees its parts: at a section's name in capitals and at each line of dates alone that opens an entry.
import { dateOnly } from './date-only.js';
import { findExactHeading } from './find-exact-heading.js';
import { countWords } from './count-words.js';
import { isCaps, UNCASED_LETTER } from './is-caps.js';
import type { Line, ParseState } from './parse-types.js';

/** Fewest lines of a paragraph that is a pasted document rather than an entry's lines. */
const MIN_LINES = 12;
/** Most words of a section's name. */
const MAX_HEADING_WORDS = 4;

/** "BERUFSERFAHRUNG", "WORK EXPERIENCE": a line in capitals that is a section's whole name. */
function capsHeading(state: ParseState, l: Line): boolean {
  return countWords(l.plain) <= MAX_HEADING_WORDS && isCaps(l.plain) && !UNCASED_LETTER.test(l.plain) && findExactHeading(state, l.plain) !== undefined;
}

/**
 * Where a paragraph is cut: before each line in capitals that names a section (a paragraph of twelve lines or more), and
 * before each line of dates alone where such lines open its entries ("08/18 - 06/21" / "**Deutsches Gymnasium:** Hochschulreife" /
 * "08/18 - 02/21" / …: the first of them opens the paragraph, or follows a section's name, and none is its last line).
 */
function cutsOf(state: ParseState, para: readonly Line[]): Set<number> {
  const cuts = new Set<number>();
  if (!para.every((l) => l.kind === 'text' && l.depth === 0)) return cuts;
  const headings = para.length >= MIN_LINES ? para.flatMap((l, k) => (capsHeading(state, l) ? [k] : [])) : [];
  const dates = para.flatMap((l, k) => (dateOnly(state, l) ? [k] : []));
  const first = dates[0];
  const datesFirst = first !== undefined && (first === 0 || headings.includes(first - 1));
  const opening = datesFirst && dates.length >= 2 && !dates.includes(para.length - 1) && dates.every((k) => !dateOnly(state, para[k + 1]!));
  if (headings.length + (opening ? dates.length : 0) < 2) return cuts;
  for (const k of headings) cuts.add(k).add(k + 1);
  if (opening) for (const k of dates) cuts.add(k);
  cuts.delete(0);
  return cuts;
}

/** The paragraph's lines, each from a cut on in a paragraph of its own (block numbers between the paragraph's and the next one's). */
function cutParagraph(para: readonly Line[], cuts: ReadonlySet<number>): void {
  const base = para[0]!.block;
  let part = 0;
  para.forEach((l, k) => {
    if (cuts.has(k)) part++;
    l.block = base + part / 10_000;
  });
}

/**
 * Pass: in a paragraph of plain lines (a CV pasted from Word, every line a soft break: "PERSÖNLICHE DATEN" / "Nadiia Kamenska" /
 * … / "BERUFSERFAHRUNG" / "02.2022-11.2023" / "Qualitätssicherungsingenieurin / ISB" / "Mindable GmbH, Berlin" / …), a line in
 * capitals that names a section is a paragraph of its own, and a line of dates alone that opens an entry opens one, as a blank line would.
 */
export function splitPastedParagraphs(state: ParseState): void {
  const lines = state.lines;
  let from = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.block === lines[from]!.block) continue;
    const para = lines.slice(from, i);
    const cuts = para.length > 1 ? cutsOf(state, para) : undefined;
    if (cuts?.size) cutParagraph(para, cuts);
    from = i;
  }
}
