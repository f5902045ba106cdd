// Moves the short lines above each entry's date line (its organisation, its role) from the entry before into the entry's head.
import { dateOnly } from './date-only.js';
import { lineDates } from './line-dates.js';
import { nameLine } from './name-line.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';
import { scorePlaceIn } from './score-place-in.js';
import { trimChars } from './trim-chars.js';

/** At most this many lines above a date line make its head (a logo, an organisation, a role). */
const MAX_ABOVE = 3;

/** A date line that names nothing else, or only a place, after at most one word ("July 2023 - Present | Morgantown, WV", "Expected August 2026"). */
function bareDateLine(state: ParseState, l: Line): boolean {
  if (dateOnly(state, l)) return true;
  const d = lineDates(state, l)[0];
  if (!d || /\s/.test(l.plain.slice(0, d.index).trim()) || d.index > 12) return false;
  const rest = trimChars(l.plain.slice(d.index + d.length), ' \t|,·•–—-');
  return rest === '' || scorePlaceIn(state, rest) >= 2;
}

/** A paragraph of one {@link nameLine}: a name or a role. */
function headAbove(state: ParseState, l: Line, below: Line | undefined): boolean {
  return nameLine(state, l) && (below === undefined || below.block !== l.block);
}

/** Whether a date line opens the paragraph of `above[at]` before it ("`2566`" / "degree," / "**school**"): the line is that date's. */
function afterOwnDate(state: ParseState, above: readonly Line[], at: number, dateLine: Line | undefined): boolean {
  const block = above[at]!.block;
  let i = at - 1;
  for (; i >= 0 && above[i]!.block === block; i--) if (bareDateLine(state, above[i]!)) return true;
  // (up to the entry before's own date line, which `above` leaves out)
  return i < 0 && dateLine?.block === block;
}

/** How many lines at the end of `above` may head the entry `e` (its first head line right below them). */
function runAbove(state: ParseState, above: readonly Line[], e: EntryBlock, dateLine: Line | undefined): number {
  let n = 0;
  while (n < MAX_ABOVE && n < above.length && headAbove(state, above[above.length - 1 - n]!, n === 0 ? e.head[0] : above[above.length - n]) && !afterOwnDate(state, above, above.length - 1 - n, dateLine)) n++;
  return n;
}

/** The lines above entry `k`: the intro for the first, else the entry before less its date line (its head may have taken them). */
function linesAbove(entries: readonly EntryBlock[], intro: readonly Line[], k: number): Line[] {
  const prev = entries[k - 1];
  return prev ? [...prev.head.slice(1), ...prev.body] : [...intro];
}

/** Takes the last `n` lines of the entry before (its body first, then its head) or of the intro. */
function takeAbove(entries: readonly EntryBlock[], intro: Line[], k: number, n: number): Line[] {
  const prev = entries[k - 1];
  if (!prev) return intro.splice(intro.length - n, n);
  const fromBody = Math.min(n, prev.body.length);
  const tail = prev.body.splice(prev.body.length - fromBody, fromBody);
  return [...prev.head.splice(prev.head.length - (n - fromBody), n - fromBody), ...tail];
}

/**
 * "[US Department of Energy - Office of Legacy Management](…)" / "IT Cybersecurity Specialist" / "July 2023 -
 * Present | Morgantown, WV" / description / bullets, each a paragraph of its own: where entries start at date lines
 * that name no organisation or role, and above each of them (all but one, of three or more) stand one to three
 * short undated lines, those lines are that entry's head, not the end of the entry before nor the section's intro.
 */
export function pullHeadsAboveDates(state: ParseState, entries: EntryBlock[], intro: Line[], firstEntry: number, firstIntro: number): void {
  const mine = entries.slice(firstEntry);
  if (mine.length === 0 || !mine.every((e) => bareDateLine(state, e.head[0]!))) return;
  const ownIntro = intro.slice(firstIntro);
  const runs = mine.map((e, k) => runAbove(state, linesAbove(mine, ownIntro, k), e, mine[k - 1]?.head[0]));
  if (runs.filter((n) => n > 0).length < (mine.length >= 3 ? mine.length - 1 : mine.length)) return;
  // from the last entry up, so that each entry's head still holds its date line first when the next takes its lines
  for (let k = mine.length - 1; k >= 0; k--) {
    const n = runs[k]!;
    if (n === 0) continue;
    mine[k]!.head.unshift(...takeAbove(mine, intro, k, n));
  }
}
