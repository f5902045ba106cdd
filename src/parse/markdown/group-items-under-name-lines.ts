// Post-step of entry segmentation: a one-line paragraph naming something, undated, right over dated list items that are entries ("[현대자동차](…)" / "* 2022-2022 : 관리도구 개발 - …") is their group.
import { countWords } from './count-words.js';
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';
import type { Segmented } from './segment-entries.js';

/** A name line is at most this many words. */
const MAX_WORDS = 6;

/** A top-level paragraph of one line, a few words, undated, no sentence and no label: a name ("[Com2uS](…)", "Acme Corp"). */
function nameLine(state: ParseState, lines: readonly Line[], i: number): boolean {
  const l = lines[i]!;
  if (l.kind !== 'text' || l.depth !== 0 || lines[i - 1]?.block === l.block || lines[i + 1]?.block === l.block) return false;
  return countWords(l.plain) <= MAX_WORDS && !/[.:：!?。]$/u.test(l.plain) && lineDates(state, l).length === 0;
}

/** Takes `l` out of the section's intro and out of every entry's body (it is a group now). */
function takeOut(out: Segmented, l: Line): void {
  const at = out.intro.indexOf(l);
  if (at >= 0) out.intro.splice(at, 1);
  for (const e of out.entries) {
    const k = e.body.indexOf(l);
    if (k >= 0) e.body.splice(k, 1);
  }
}

/**
 * Post-step of entry segmentation, for entries that are dated list items: each one-line name paragraph right over such
 * items becomes the group of the items up to the next line outside them (an organisation over its projects or roles,
 * as a heading is). Two or more name lines are needed: one alone may be the section's own note.
 */
export function groupItemsUnderNameLines(state: ParseState, lines: readonly Line[], out: Segmented): void {
  if (!out.styles.includes('item')) return;
  const byHead = new Map<Line, EntryBlock>();
  for (const e of out.entries) if (e.head.length === 1 && e.head[0]!.kind === 'item' && e.group.length === 0 && lineDates(state, e.head[0]!).length > 0) byHead.set(e.head[0]!, e);
  const names = lines.flatMap((l, i) => (nameLine(state, lines, i) && byHead.has(lines[i + 1]!) ? [i] : []));
  if (names.length < 2) return;
  for (const i of names) {
    const name = lines[i]!;
    takeOut(out, name);
    for (let k = i + 1; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.kind !== 'item' && l.depth === 0) break;
      byHead.get(l)?.group.push(name);
    }
  }
}
