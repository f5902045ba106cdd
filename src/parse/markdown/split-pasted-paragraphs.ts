// Pass: a CV pasted from Word as one paragraph (no blank line anywhere) is cut where a person sees its parts: at a section's name in capitals and at a line of dates alone.
import { dateOnly } from './date-only.js';
import { findExactHeading } from './find-exact-heading.js';
import { isCaps } from './is-caps.js';
import type { Line, ParseState } from './parse-types.js';

/** Fewest lines of a paragraph that is a pasted document rather than an entry's lines. */
const MIN_LINES = 12;
/** Most words of a section's name. */
const MAX_HEADING_WORDS = 4;

/** A letter of a script without capitals (Han, kana, Hangul…): no line of them is in capitals. */
const UNCASED_LETTER = /[^\P{L}\p{Lu}\p{Ll}\p{Lt}]/u;

/** "BERUFSERFAHRUNG", "WORK EXPERIENCE": a line in capitals that is a section's whole name. */
function capsHeading(state: ParseState, l: Line): boolean {
  return l.plain.split(/\s+/).length <= MAX_HEADING_WORDS && isCaps(l.plain) && !UNCASED_LETTER.test(l.plain) && findExactHeading(state, l.plain) !== undefined;
}

/** Whether a paragraph's lines are a pasted document: many plain lines, two or more of them dates alone or section names. */
function pastedParagraph(state: ParseState, para: readonly Line[]): boolean {
  if (para.length < MIN_LINES || !para.every((l) => l.kind === 'text' && l.depth === 0)) return false;
  let cuts = 0;
  for (let k = 1; k < para.length && cuts < 2; k++) if (dateOnly(state, para[k]!) || capsHeading(state, para[k]!)) cuts++;
  return cuts >= 2;
}

/** The paragraph's lines, each from a cut on in a paragraph of its own (block numbers between the paragraph's and the next one's). */
function cutParagraph(state: ParseState, para: readonly Line[]): void {
  const base = para[0]!.block;
  let part = 0;
  para.forEach((l, k) => {
    const heading = capsHeading(state, l);
    if (k > 0 && (heading || dateOnly(state, l) || capsHeading(state, para[k - 1]!))) part++;
    l.block = base + part / 10_000;
  });
}

/**
 * Pass: in a paragraph of twelve plain lines or more (a CV pasted from Word, every line a soft break: "PERSÖNLICHE DATEN" /
 * "Nadiia Kamenska" / … / "BERUFSERFAHRUNG" / "02.2022-11.2023" / "Qualitätssicherungsingenieurin / ISB" / "Mindable GmbH, Berlin" / …),
 * a line in capitals that names a section is a paragraph of its own, and a line of dates alone opens one, as a blank line would.
 */
export function splitPastedParagraphs(state: ParseState): void {
  const lines = state.lines;
  let from = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.block === lines[from]!.block) continue;
    const para = lines.slice(from, i);
    if (pastedParagraph(state, para)) cutParagraph(state, para);
    from = i;
  }
}
