// Moves a list item's opening line into the head of the entry whose date line continues that item.
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';

/** The longest opening line that is taken (a school or an organisation with its place, not a sentence). */
const MAX_OPENER = 120;

/** The line above entry `k`'s head: the last of the entry before (its body, else its head), or of the intro for the first. */
function lineAbove(entries: readonly EntryBlock[], intro: readonly Line[], k: number): Line | undefined {
  const prev = entries[k - 1];
  return prev ? prev.body[prev.body.length - 1] ?? (prev.head.length > 1 ? prev.head[prev.head.length - 1] : undefined) : intro[intro.length - 1];
}

/** `above` opens the list item that the entry's date line continues, and names no date of its own. */
function opensItem(state: ParseState, above: Line | undefined, head: Line): above is Line {
  // (the continuation's source line right under the opening one: a hard break, "…*  " or "<br/>", not a paragraph of its own)
  return above !== undefined && above.kind === 'item' && head.kind === 'text' && head.depth === above.depth + 1 && head.line === above.endLine + 1 && above.plain.length <= MAX_OPENER && lineDates(state, above).length === 0 && !/[.!?。]$/.test(above.plain);
}

/**
 * "- *Nanyang Technological University, Singapore*" / "**Ph.D., Aug 2023 – Present**" / "◦ Supervised by …": where every entry
 * (all but one, of three or more) starts at a dated line that continues a list item whose opening line is undated, that opening
 * line is the entry's head, not the end of the entry before nor the section's intro.
 */
export function pullItemOpeners(state: ParseState, entries: EntryBlock[], intro: Line[], firstEntry: number, firstIntro: number): void {
  const mine = entries.slice(firstEntry);
  const ownIntro = intro.slice(firstIntro);
  const opened = mine.map((e, k) => opensItem(state, lineAbove(mine, ownIntro, k), e.head[0]!));
  if (mine.length === 0 || opened.filter(Boolean).length < (mine.length >= 3 ? mine.length - 1 : mine.length)) return;
  // from the last entry up, so that each entry keeps its own date line first when the next takes its last line
  for (let k = mine.length - 1; k >= 0; k--) {
    if (!opened[k]) continue;
    const prev = mine[k - 1];
    const taken = prev ? (prev.body.length > 0 ? prev.body.pop()! : prev.head.pop()!) : intro.pop()!;
    mine[k]!.head.unshift(taken);
  }
}
